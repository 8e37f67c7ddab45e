package org.joinedup.platform.throttle;

/**
 * A costly request from a visitor was refused before any work was done, because too many
 * came from their network, or from everywhere, just now. Pages say so and suggest trying
 * again in a few minutes.
 */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}
