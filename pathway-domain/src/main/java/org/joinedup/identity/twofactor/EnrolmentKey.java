package org.joinedup.identity.twofactor;

import java.io.Serializable;

/**
 * A new authenticator secret waiting for its first code: Base32 for typing into an app,
 * and the {@code otpauth://} address a QR code carries. It is shown once, while setting
 * up, and never again; its text form hides it so it cannot reach a log.
 */
public record EnrolmentKey(String secret, String otpauthUri) implements Serializable {

    static EnrolmentKey generate(String account) {
        String secret = AuthenticatorCodes.toBase32(AuthenticatorCodes.newKey());
        return new EnrolmentKey(secret, AuthenticatorCodes.otpauthUri(account, secret));
    }

    /** The secret in groups of four, easier to copy by hand. */
    public String grouped() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    byte[] key() {
        return AuthenticatorCodes.fromBase32(secret);
    }

    @Override
    public String toString() {
        return "EnrolmentKey[hidden]";
    }
}
