package org.joinedup.forums.interfaceissues;

import org.joinedup.platform.validation.InvalidInputException;

/** The issue cannot move from its status to the one asked for; the message says where it can go. */
public class ImpossibleTransitionException extends InvalidInputException {

    public ImpossibleTransitionException(String message) {
        super("status", message);
    }
}
