package org.joinedup.identity.people;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in with a pause after repeated failures. A paused address is refused
 * before its password is checked, so the right password does not get through; the
 * failure that reaches the limit is answered with the pause straight away. An account
 * paused by refused codes is refused only after the right password, so the refusal tells
 * nothing to someone who does not know it.
 */
final class LockingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInLockout lockout;

    LockingAuthenticationProvider(AuthenticationProvider passwords, SignInLockout lockout) {
        this.passwords = passwords;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        lockout.lockedUntil(username).ifPresent(until -> {
            throw new AccountLockedException(until);
        });
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            Optional<Instant> paused = lockout.recordFailure(username);
            if (paused.isPresent()) {
                throw new AccountLockedException(paused.get());
            }
            throw wrong;
        }
        if (result != null && result.getPrincipal() instanceof PortalUser user) {
            lockout.codesPausedUntil(user.personId()).ifPresent(until -> {
                throw new CodesPausedException(until);
            });
        }
        if (result != null) {
            lockout.recordSuccess(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
