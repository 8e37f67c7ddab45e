package org.joinedup.forums.interfaceissues;

/** A pathway workspace an issue may concern: one the signed-in person may read. */
public record PathwayChoice(long workspaceId, String title) {
}
