package org.joinedup.forums.threads;

/**
 * A reply refused because the thread was locked or hidden, perhaps while it was being
 * written. The message says so; the form keeps the text.
 */
public class ThreadClosedException extends RuntimeException {

    public ThreadClosedException(String message) {
        super(message);
    }
}
