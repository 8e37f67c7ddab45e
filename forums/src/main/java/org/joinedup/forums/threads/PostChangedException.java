package org.joinedup.forums.threads;

/** Someone else changed the post since it was opened for editing; nothing was saved. */
public class PostChangedException extends RuntimeException {

    public static final String MESSAGE = "Someone else changed this post while you were editing it. Your text is still "
            + "in the form: copy it, reload the post, and make your change again.";

    public PostChangedException() {
        super(MESSAGE);
    }
}
