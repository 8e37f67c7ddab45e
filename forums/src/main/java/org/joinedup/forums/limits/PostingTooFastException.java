package org.joinedup.forums.limits;

import java.time.Instant;

import org.joinedup.platform.validation.InvalidInputException;

/**
 * A post refused because its author has written too many posts in the last hour or day.
 * The message says when they can post again (in UK time); their text stays in the form.
 */
public class PostingTooFastException extends InvalidInputException {

    private final Instant postAgainAt;

    public PostingTooFastException(String message, Instant postAgainAt) {
        super("body", message);
        this.postAgainAt = postAgainAt;
    }

    /** The first moment at which the author may post again. */
    public Instant postAgainAt() {
        return postAgainAt;
    }
}
