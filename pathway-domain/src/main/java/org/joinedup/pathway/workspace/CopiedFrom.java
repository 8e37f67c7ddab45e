package org.joinedup.pathway.workspace;

import java.time.Instant;

/** The published version of another workspace that a workspace was started from. */
public record CopiedFrom(long workspaceId, String title, int versionNumber, Instant copiedAt) {
}
