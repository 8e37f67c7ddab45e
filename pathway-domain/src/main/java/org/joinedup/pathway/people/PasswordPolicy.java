package org.joinedup.pathway.people;

import java.util.Optional;

/**
 * Length is what makes a password strong: at least {@value PeopleLimits#PASSWORD_MIN}
 * characters, passphrases welcome, no composition rules and no forced rotation.
 */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    /** Why the candidate is not acceptable, or empty when it is. */
    public static Optional<String> problemWith(String candidate) {
        if (candidate == null || candidate.length() < PeopleLimits.PASSWORD_MIN) {
            return Optional.of("Use at least " + PeopleLimits.PASSWORD_MIN
                    + " characters; a few unrelated words make a strong, memorable password");
        }
        if (candidate.length() > PeopleLimits.PASSWORD_MAX) {
            return Optional.of("Use at most " + PeopleLimits.PASSWORD_MAX + " characters");
        }
        if (candidate.isBlank()) {
            return Optional.of("A password cannot be only spaces");
        }
        return Optional.empty();
    }
}
