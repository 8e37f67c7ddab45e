package org.joinedup.pathway.workspace;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person may not do this in the workspace: they are not (or no longer) a
 * member, or their workspace role does not allow it. The message can be shown as it is.
 */
public class WorkspaceAccessDeniedException extends AccessDeniedException {

    public WorkspaceAccessDeniedException(String message) {
        super(message);
    }
}
