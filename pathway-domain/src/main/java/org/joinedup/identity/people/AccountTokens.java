package org.joinedup.identity.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Single-use links' secrets: 256 random bits, URL-safe, of which only a digest is stored.
 * Issuing a link ends the person's earlier links of the same purpose, so only the newest
 * e-mail works. Links that expired a week ago are deleted as new ones are issued.
 */
@Component
class AccountTokens {

    private static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(7);
    /** Longest token accepted for a look-up; real ones are 43 characters. */
    private static final int TOKEN_MAX = 100;

    private final AccountTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new link's secret, to put in the e-mail; call inside the caller's transaction. */
    String issue(Person person, AccountToken.Purpose purpose, Duration validFor) {
        Instant now = clock.instant();
        tokens.deleteExpiredBefore(now.minus(KEPT_AFTER_EXPIRY));
        tokens.useAll(person.id(), purpose, now);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new AccountToken(digest(token), purpose, person.id(), now, now.plus(validFor)));
        return token;
    }

    LinkState stateOf(String token, AccountToken.Purpose purpose) {
        return find(token, purpose, false).map(found -> found.stateAt(clock.instant())).orElse(LinkState.UNKNOWN);
    }

    /** The link, locked for its use until the transaction ends; empty for an unknown one. */
    Optional<AccountToken> forUse(String token, AccountToken.Purpose purpose) {
        return find(token, purpose, true);
    }

    void useAll(long personId, AccountToken.Purpose purpose) {
        tokens.useAll(personId, purpose, clock.instant());
    }

    private Optional<AccountToken> find(String token, AccountToken.Purpose purpose, boolean forUse) {
        if (token == null || token.isBlank() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        String digest = digest(token.strip());
        return (forUse ? tokens.findForUse(digest) : tokens.findById(digest))
                .filter(found -> found.purpose() == purpose);
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
