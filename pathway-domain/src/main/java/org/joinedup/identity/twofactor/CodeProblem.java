package org.joinedup.identity.twofactor;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a code was refused, as the person may be told. The code travels in the two-step
 * page's {@code error} parameter; never the typed code itself.
 */
public enum CodeProblem {
    MISSING("missing", "Enter the six-digit code from your authenticator app."),
    WRONG("wrong", "That code is not right. Check the six digits your authenticator app shows for JoinedUp, "
            + "or enter one of your recovery codes."),
    EXPIRED("expired", "That code has expired. Enter the code your app shows now."),
    ALREADY_USED("used", "That code has already been used. Wait for your app to show a new one, then enter it."),
    /** Too many refused codes: the account is paused, and the sign-in ends. */
    PAUSED("paused", "After several codes that were not right, your account is paused for your safety."),
    /** The sign-in can no longer be completed: it starts again from the first step. */
    SIGN_IN_AGAIN("again", "Please sign in again from the start.");

    private final String code;
    private final String message;

    CodeProblem(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public static Optional<CodeProblem> fromCode(String code) {
        return Arrays.stream(values()).filter(problem -> problem.code.equals(code)).findFirst();
    }
}
