package org.joinedup.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.joinedup.platform.secretkey.PortalSecretKey;
import org.springframework.stereotype.Component;

/**
 * Seals each audit entry together with its predecessor's seal: HMAC-SHA-256 under a key
 * derived from the portal's secret key. Someone who can write to the database but does
 * not hold the key cannot compute a seal, so cannot make an edited entry, or a chain
 * rebuilt after one, look untouched.
 */
@Component
class ChainSeal {

    static final String GENESIS = "0".repeat(64);
    private static final String HMAC = "HmacSHA256";
    private static final String KEY_PURPOSE = "audit trail seal";

    private final SecretKeySpec key;

    ChainSeal(PortalSecretKey portalKey) {
        this.key = new SecretKeySpec(portalKey.derive(KEY_PURPOSE), HMAC);
    }

    /** The seal of an entry with these contents following an entry sealed {@code previousHash}. */
    String seal(String previousHash, Instant occurredAt, Long actorId, String actorName, String action,
            String subjectType, long subjectId, String details) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] canonical = canonical(previousHash, occurredAt, actorId, actorName, action, subjectType, subjectId,
                    details).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(mac.doFinal(canonical));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has HMAC-SHA-256", e);
        }
    }

    /** The fields of an entry in one string, separated by a character no field holds. */
    static String canonical(String previousHash, Instant occurredAt, Long actorId, String actorName, String action,
            String subjectType, long subjectId, String details) {
        return String.join("\u001f", previousHash, occurredAt.toString(), String.valueOf(actorId), actorName, action,
                subjectType, Long.toString(subjectId), details);
    }
}
