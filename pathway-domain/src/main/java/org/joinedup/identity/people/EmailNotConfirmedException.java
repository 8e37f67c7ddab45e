package org.joinedup.identity.people;

/**
 * A registration cannot be approved before the person has confirmed their e-mail address
 * with the link sent to it: otherwise someone could register an address that is not theirs.
 */
public class EmailNotConfirmedException extends RuntimeException {

    public EmailNotConfirmedException() {
        super("This person has not yet confirmed their e-mail address with the link we sent them, so the "
                + "registration cannot be approved yet. It can be approved once they have.");
    }
}
