package org.joinedup.pathway.workspace;

/** A workspace as an administrator picks it for an exception: its number and title only. */
public record WorkspaceChoice(long id, String title) {
}
