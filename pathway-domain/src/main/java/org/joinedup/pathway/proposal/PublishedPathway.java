package org.joinedup.pathway.proposal;

import org.joinedup.pathway.draft.PathwaySnapshot;

/** A published version with its whole content, for reading, printing and export. */
public record PublishedPathway(long workspaceId, String title, String condition, String locality,
        VersionSummary version, PathwaySnapshot content) {
}
