package org.joinedup.portal.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a sign-in failed, as far as the person may be told. The code travels in the
 * sign-in page's {@code error} parameter; the page shows the matching message.
 */
enum SignInProblem {
    /** Unknown e-mail or wrong password: deliberately the same message for both. */
    BAD_CREDENTIALS("", "That e-mail address and password do not match an active account",
            "Check them and try again."),
    PENDING_APPROVAL("pending", "Your account is waiting for approval",
            "A moderator or administrator will look at it soon. You can sign in once it is approved."),
    DEACTIVATED("deactivated", "Your account has been deactivated",
            "If you think this is a mistake, ask an administrator of your organisation."),
    /** Shown for unknown addresses too, so it confirms no account. */
    LOCKED("locked", "Sign-in is paused",
            "After several attempts with a wrong password, sign-in to this account is paused for your safety. "
                    + "Try again later, or ask an administrator to unlock it."),
    /** Told only after the right password, so it confirms the account to nobody who does not know it. */
    CODES_PAUSED("codes-paused", "Sign-in is paused",
            "After several codes that were not right, sign-in to this account is paused for your safety. "
                    + "Try again later, or ask an administrator to unlock it. If you did not try those codes, someone "
                    + "may know your password: change it as soon as you are back in."),
    SLOW_DOWN("busy", "Please wait a moment",
            "Many sign-ins from your network have failed in the last few minutes, so we are slowing them down. "
                    + "Wait a minute, then try again."),
    /** A provider's token was refused: a required claim missing, the wrong audience, a bad signature. */
    PROVIDER("provider", "We could not sign you in through that provider",
            "It did not send everything JoinedUp needs, or what it sent could not be checked. Please try again; "
                    + "if it keeps happening, tell an administrator."),
    UNVERIFIED_EMAIL("unverified", "Your e-mail address is not confirmed with that provider",
            "JoinedUp needs an e-mail address the provider has confirmed is yours. Confirm it with the provider, "
                    + "then try again."),
    /**
     * A provider's verified address belongs to an account here that has not connected that
     * provider. Its owner connects it from their profile; nothing is linked by address.
     */
    ACCOUNT_EXISTS("exists", "An account with this address already exists",
            "Sign in with your password first, then connect the provider from your profile."),
    /** The account holds a role the provider is not configured to sign in (e.g. staff through NHS login). */
    NOT_FOR_PROVIDER("not-for-provider", "Your account cannot sign in through that provider",
            "That provider is for other kinds of account. Sign in with your password, or through the provider "
                    + "your organisation uses."),
    /** A first sign-in through a provider created the account; it is not an error, but sign-in stops here. */
    REQUESTED("requested", "Thank you: your account is waiting for approval",
            "We have set up your account from the details your provider shared. A moderator or administrator "
                    + "will look at it soon, and you can sign in once it is approved."),
    /**
     * A sign-in form was posted without the token its page carries: a page left open until its session
     * ended, or a form on another site trying to sign the visitor in to an account of its choosing.
     */
    STALE_FORM("stale", "Please sign in again",
            "The sign-in page had been open too long to be used. Enter your e-mail address and password again."),
    /** The second step ended without success: too many refused codes, or it could no longer finish. */
    SECOND_STEP("two-step", "Your sign-in was not finished",
            "Too many codes were refused, or the sign-in could not be completed. Please sign in again.");

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

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

    /**
     * The message, naming the provider when there is one to name. The name is the
     * configured provider's, looked up by the caller, never text from the address bar.
     */
    String message(String until, String providerName) {
        if (this == ACCOUNT_EXISTS && providerName != null) {
            return "Sign in with your password first, then connect " + providerName + " from your profile.";
        }
        if (this == NOT_FOR_PROVIDER && providerName != null) {
            return providerName + " is for other kinds of account. Sign in with your password, or through the "
                    + "provider your organisation uses.";
        }
        return message(until);
    }

    /** Whether the sign-in page names the provider the person came from, which it looks up by registration id. */
    boolean namesProvider() {
        return this == ACCOUNT_EXISTS || this == NOT_FOR_PROVIDER;
    }

    /**
     * The message, naming the time sign-in opens again for a pause when it is known. The
     * time comes from the address bar, so anything but a plain "HH:mm" is ignored.
     */
    String message(String until) {
        if (until == null || !TIME.matcher(until).matches()) {
            return message;
        }
        return switch (this) {
            case LOCKED -> "After several attempts with a wrong password, sign-in to this account is paused for your "
                    + "safety. You can try again after " + until + ", or ask an administrator to unlock it.";
            case CODES_PAUSED -> "After several codes that were not right, sign-in to this account is paused for your "
                    + "safety. You can try again after " + until + ", or ask an administrator to unlock it. If you did "
                    + "not try those codes, someone may know your password: change it as soon as you are back in.";
            default -> message;
        };
    }

    static Optional<SignInProblem> fromCode(String code) {
        return Arrays.stream(values()).filter(problem -> problem.code.equals(code)).findFirst();
    }
}
