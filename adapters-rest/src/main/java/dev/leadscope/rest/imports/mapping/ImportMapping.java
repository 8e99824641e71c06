package dev.leadscope.rest.imports.mapping;

import dev.leadscope.domain.common.WorkspaceId;
import java.util.Comparator;
import java.util.List;

/** A whole mapping file: the workspace to import into and its sources. */
public record ImportMapping(WorkspaceId workspace, List<SourceMapping> sources) {
    public ImportMapping {
        sources = List.copyOf(sources);
    }

    /** The sources in dependency order: accounts, leads, intent, then events, notes and outcomes; file order within a kind. */
    public List<SourceMapping> inDependencyOrder() {
        return sources.stream().sorted(Comparator.comparing(SourceMapping::kind)).toList();
    }
}
