package org.joinedup.identity.people;

import java.util.Optional;

/**
 * Length is what makes a password strong: at least {@value PeopleLimits#PASSWORD_MIN}
 * characters, passphrases welcome, no composition rules and no forced rotation. What is
 * refused is what attackers try first (NCSC and NIST SP 800-63B): the most common
 * passwords, a common word or keyboard run dressed up with digits and symbols, the
 * portal's own name, and the person's own name or e-mail address.
 */
public final class PasswordPolicy {

    static final String TOO_SHORT = "Use at least " + PeopleLimits.PASSWORD_MIN
            + " characters; a few unrelated words make a strong, memorable password";
    static final String TOO_LONG = "Use at most " + PeopleLimits.PASSWORD_MAX + " characters";
    static final String BLANK = "A password cannot be only spaces";
    static final String PORTAL_NAME = "Leave the portal's name out of your password: it is one of the first "
            + "things an attacker would try";
    static final String PERSONAL = "Leave your name and e-mail address out of your password: they are among "
            + "the first things an attacker would try";
    static final String COMMON = "This is one of the most common passwords, so attackers try it first. "
            + "Choose something less predictable, such as three or four unrelated words";
    static final String PREDICTABLE = "This is a common word or keyboard pattern with a few numbers or symbols "
            + "added, which attackers try early. Choose something less predictable, such as three or four "
            + "unrelated words";
    static final String REPEATED = "Repeating a word or a few characters does not make a password harder to "
            + "guess. Choose something less predictable, such as three or four unrelated words";

    private static final String PORTAL = "joinedup";

    private PasswordPolicy() {
    }

    /**
     * Why the candidate is not acceptable, or empty when it is.
     *
     * @param aboutThePerson what the portal knows about the person choosing it: their e-mail
     *                       address, display name, real name (nulls are skipped). A password
     *                       that contains them is refused.
     */
    public static Optional<String> problemWith(String candidate, String... aboutThePerson) {
        int length = candidate == null ? 0 : candidate.codePointCount(0, candidate.length());
        if (length < PeopleLimits.PASSWORD_MIN) {
            return Optional.of(TOO_SHORT);
        }
        if (length > PeopleLimits.PASSWORD_MAX) {
            return Optional.of(TOO_LONG);
        }
        if (candidate.isBlank()) {
            return Optional.of(BLANK);
        }
        String compact = PasswordText.compact(candidate);
        String letters = PasswordText.lettersAndDigits(compact);
        if (letters.contains(PORTAL)) {
            return Optional.of(PORTAL_NAME);
        }
        PersonalWords personal = PersonalWords.of(aboutThePerson);
        if (personal.containedIn(letters)) {
            return Optional.of(PERSONAL);
        }
        CommonPasswords common = CommonPasswords.get();
        if (common.isCommon(compact)) {
            return Optional.of(COMMON);
        }
        if (PasswordText.isRepetition(compact)) {
            return Optional.of(REPEATED);
        }
        if (common.isBuiltFromCommonParts(compact, personal.words())) {
            return Optional.of(personal.wordIn(letters) ? PERSONAL : PREDICTABLE);
        }
        return Optional.empty();
    }
}
