package org.joinedup.identity.people;

import java.util.Locale;

/** A password reset link that cannot be used: it was used already, has expired, or was never sent. */
public class ResetLinkRefusedException extends RuntimeException {

    private final LinkState state;

    public ResetLinkRefusedException(LinkState state) {
        super("The password reset link is " + state.name().toLowerCase(Locale.ROOT));
        this.state = state;
    }

    public LinkState state() {
        return state;
    }
}
