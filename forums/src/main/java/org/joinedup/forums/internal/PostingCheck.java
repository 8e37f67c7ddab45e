package org.joinedup.forums.internal;

import java.util.Optional;

/**
 * One rule every post passes before it is written. Beans implementing it are applied in
 * {@link org.springframework.core.annotation.Order} order: all may refuse; the first hold wins.
 */
public interface PostingCheck {

    /** Throws to refuse the post outright (a suspended account, too many posts too fast). */
    default void refuseIfNeeded(PostAttempt attempt) {
    }

    /** A reason to hold the post for a moderator, or empty to let it through. */
    default Optional<Hold> holdIfNeeded(PostAttempt attempt) {
        return Optional.empty();
    }
}
