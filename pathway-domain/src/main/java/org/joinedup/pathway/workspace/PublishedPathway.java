package org.joinedup.pathway.workspace;

/** A published version with its whole content, for reading, printing and export. */
public record PublishedPathway(long workspaceId, String title, String condition, String locality,
        VersionSummary version, PathwaySnapshot content) {
}
