package org.joinedup.forums.moderation;

/** Another moderator decided on the post, or its author changed it, since this moderator opened it. */
public class PostModeratedElsewhereException extends RuntimeException {

    public static final String MESSAGE = "Someone else moderated this post, or its author changed it, while you "
            + "were looking at it. Nothing you did was saved: reload the queue to see it as it now stands, "
            + "then decide again.";

    public PostModeratedElsewhereException() {
        super(MESSAGE);
    }
}
