package org.joinedup.identity.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Authenticator-app codes as RFC 6238 defines them and the common apps expect: HMAC-SHA1,
 * 30-second time steps, six digits. A code is accepted one step either side of now, for
 * clocks that drift, and only for a step later than the last one accepted, so no code
 * works twice.
 */
final class AuthenticatorCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final String ISSUER = "JoinedUp";
    /** Steps either side of now whose codes are still accepted. */
    static final int WINDOW = 1;
    /** How far back a matching code is recognised as expired rather than wrong: ten minutes. */
    private static final int RECOGNISED_AS_EXPIRED = 20;
    /** 160 bits, the HMAC-SHA1 block the RFC recommends. */
    private static final int KEY_BYTES = 20;

    private static final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(
            STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    private static final SecureRandom random = new SecureRandom();
    private static final Base32 base32 = new Base32();

    /** What a typed code turned out to be. */
    record Check(CodeProblem problem, long step) {

        boolean accepted() {
            return problem == null;
        }
    }

    private AuthenticatorCodes() {
    }

    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    static String code(byte[] key, long step) {
        try {
            return generator.generateOneTimePasswordString(new SecretKeySpec(key, generator.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("An HMAC key of any length is valid", e);
        }
    }

    /**
     * Checks a typed code against the key at {@code now}. Steps are tried newest first, so
     * a code typed a second time is recognised as used rather than as wrong.
     *
     * @param lastUsedStep the newest step already accepted for this key, or null
     */
    static Check check(byte[] key, String typed, Instant now, Long lastUsedStep) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (code.isEmpty()) {
            return new Check(CodeProblem.MISSING, 0);
        }
        if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
            return new Check(CodeProblem.WRONG, 0);
        }
        long current = stepAt(now);
        for (long step = current + WINDOW; step >= current - RECOGNISED_AS_EXPIRED; step--) {
            if (MessageDigest.isEqual(code(key, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                if (step < current - WINDOW) {
                    return new Check(CodeProblem.EXPIRED, step);
                }
                if (lastUsedStep != null && step <= lastUsedStep) {
                    return new Check(CodeProblem.ALREADY_USED, step);
                }
                return new Check(null, step);
            }
        }
        return new Check(CodeProblem.WRONG, 0);
    }

    static String toBase32(byte[] key) {
        return base32.encodeToString(key);
    }

    static byte[] fromBase32(String text) {
        return base32.decode(text.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    }

    /** The address authenticator apps read from the QR code (the de facto "Key Uri Format"). */
    static String otpauthUri(String account, String base32Key) {
        String label = encode(ISSUER + ":" + account);
        return "otpauth://totp/" + label + "?secret=" + base32Key + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
