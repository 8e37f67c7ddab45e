package org.joinedup.pathway.changes;

import java.util.List;

/**
 * One pathway's versions published since a date, each split for the reader's care setting.
 *
 * @param member whether the reader is a member of its workspace (and may open it)
 */
public record PathwayChanges(long workspaceId, String title, String condition, String locality, boolean member,
        List<VersionChanges> versions) {

    public PathwayChanges {
        versions = List.copyOf(versions);
    }
}
