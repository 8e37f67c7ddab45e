package org.joinedup.forums.threads;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in person may not read or write in this forum. */
public class ForumAccessDeniedException extends AccessDeniedException {

    public static final String MESSAGE = "You cannot open this forum. Workspace forums are open to those who can "
            + "read the workspace; Interface issues is for clinicians.";

    public ForumAccessDeniedException() {
        super(MESSAGE);
    }

    public ForumAccessDeniedException(String message) {
        super(message);
    }
}
