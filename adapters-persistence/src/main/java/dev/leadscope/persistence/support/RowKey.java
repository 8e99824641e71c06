package dev.leadscope.persistence.support;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key every table shares: the workspace and the record's id within it. */
@Embeddable
public record RowKey(@MappedProperty("workspace_id") String workspaceId, @MappedProperty("id") String id) {
}
