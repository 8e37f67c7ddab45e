package org.joinedup.portal.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a sign-in failed, as far as the person may be told. The code travels in the
 * sign-in page's {@code error} parameter; the page shows the matching message.
 */
enum SignInProblem {
    /** Unknown e-mail or wrong password: deliberately the same message for both. */
    BAD_CREDENTIALS("", "That e-mail address and password do not match an active account",
            "Check them and try again."),
    PENDING_APPROVAL("pending", "Your account is waiting for approval",
            "A moderator will look at your registration soon. You can sign in once it is approved."),
    DEACTIVATED("deactivated", "Your account has been deactivated",
            "If you think this is a mistake, ask an administrator of your organisation."),
    LOCKED("locked", "Too many failed attempts",
            "For your safety sign-in is paused for this account. Try again later, or ask an administrator to unlock it."),
    /** The second step ended without success: too many refused codes, or it could no longer finish. */
    SECOND_STEP("two-step", "Your sign-in was not finished",
            "Too many codes were refused, or the sign-in could not be completed. Please sign in again.");

    private final String code;
    private final String title;
    private final String message;

    SignInProblem(String code, String title, String message) {
        this.code = code;
        this.title = title;
        this.message = message;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    String message() {
        return message;
    }

    static Optional<SignInProblem> fromCode(String code) {
        return Arrays.stream(values()).filter(problem -> problem.code.equals(code)).findFirst();
    }
}
