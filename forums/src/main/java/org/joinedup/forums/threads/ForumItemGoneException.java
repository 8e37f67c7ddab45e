package org.joinedup.forums.threads;

/** The forum, thread or post asked for does not exist (or no longer shows to this person). */
public class ForumItemGoneException extends RuntimeException {

    public ForumItemGoneException(String message) {
        super(message);
    }
}
