package org.joinedup.identity.people;

/**
 * Someone else approved, declined or changed a registration after the caller last saw
 * it, so the caller's decision was not applied.
 */
public class RegistrationAlreadyDecidedException extends RuntimeException {

    public RegistrationAlreadyDecidedException() {
        super("Someone else has just dealt with this registration, so your decision was not applied. "
                + "The list now shows what is still waiting.");
    }
}
