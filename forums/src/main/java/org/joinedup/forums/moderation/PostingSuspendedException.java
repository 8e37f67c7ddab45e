package org.joinedup.forums.moderation;

import org.joinedup.platform.validation.InvalidInputException;

/**
 * A post refused because a moderator suspended its author from posting. A refusal of the text
 * field, so a form shows it there and keeps what was written.
 */
public class PostingSuspendedException extends InvalidInputException {

    public PostingSuspendedException(String message) {
        super("body", message);
    }
}
