package org.joinedup.identity.twofactor;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.joinedup.identity.people.PortalUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Sign-ins for the tests, through the portal's own password provider as the sign-in form does it. */
final class SignIns {

    static final String DEMO_PASSWORD = "joinedup-demo";
    static final String DEMO_KEY = "JOINEDUPDEMOSECRETFORTRYINGITOUT";

    private SignIns() {
    }

    static Authentication password(AuthenticationProvider passwords, String demoLocalPart) {
        return passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                demoLocalPart + "@demo.joinedup.example", DEMO_PASSWORD));
    }

    static void as(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    static long personId(Authentication authentication) {
        return ((PortalUser) authentication.getPrincipal()).personId();
    }

    static String demoCode(long stepsFromNow) {
        long step = AuthenticatorCodes.stepAt(Instant.now()) + stepsFromNow;
        return AuthenticatorCodes.code(AuthenticatorCodes.fromBase32(DEMO_KEY), step);
    }

    static String codeFor(EnrolmentKey key) {
        return AuthenticatorCodes.code(key.key(), AuthenticatorCodes.stepAt(Instant.now()));
    }

    static String wrongCodeFor(EnrolmentKey key) {
        return wrongCodeFor(key.secret());
    }

    /** Six digits that are no code of this key now, lately or next, so they are refused as wrong for certain. */
    static String wrongCodeFor(String base32Key) {
        byte[] key = AuthenticatorCodes.fromBase32(base32Key);
        long now = AuthenticatorCodes.stepAt(Instant.now());
        Set<String> near = LongStream.rangeClosed(now - 25, now + 5)
                .mapToObj(step -> AuthenticatorCodes.code(key, step)).collect(Collectors.toSet());
        return IntStream.range(0, 1_000_000).mapToObj(n -> "%06d".formatted(n)).filter(code -> !near.contains(code))
                .findFirst().orElseThrow();
    }
}
