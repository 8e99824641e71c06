package dev.leadscope.domain.common;

/** The tenant every record belongs to; a single-tenant installation uses {@link #DEFAULT}. */
public record WorkspaceId(String value) {
    public static final WorkspaceId DEFAULT = new WorkspaceId("default");

    public WorkspaceId {
        Identifiers.require("workspace", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
