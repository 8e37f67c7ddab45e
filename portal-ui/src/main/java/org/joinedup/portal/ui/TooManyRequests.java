package org.joinedup.portal.ui;

/** What a visitor is told when a costly request (registering, asking for a password link) is refused for now. */
public final class TooManyRequests {

    public static final String MESSAGE = "Too many requests from your network just now; try again in a few minutes.";

    private TooManyRequests() {
    }
}
