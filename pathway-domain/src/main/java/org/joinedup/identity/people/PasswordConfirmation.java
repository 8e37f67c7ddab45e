package org.joinedup.identity.people;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks "is this really you?" before a change that would let a borrowed or stolen session
 * keep the account, such as replacing the authenticator app, or that cannot be undone.
 * A wrong password counts as a failed sign-in does, and while the account is paused even
 * the right one is refused, so an open session is no way round the limit on guesses. Not a
 * service: services call it for the signed-in person, never a view.
 */
@Component
public class PasswordConfirmation {

    static final String FIELD = "currentPassword";
    private static final Logger log = LoggerFactory.getLogger(PasswordConfirmation.class);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final SignInLockout lockout;

    PasswordConfirmation(PersonRepository people, PasswordEncoder passwordEncoder, SignInLockout lockout) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
    }

    /**
     * Call it before the change writes anything: a wrong password is counted in a transaction
     * of its own.
     *
     * @throws AccountPausedException while the account is paused, and when this wrong password pauses it
     * @throws InvalidInputException  (field {@code currentPassword}) when the password is not the person's own
     */
    @Transactional
    public void require(long personId, String password) {
        require(people.findById(personId).orElseThrow(() -> new NoSuchElementException("No person " + personId)),
                password);
    }

    void require(Person person, String password) {
        lockout.pausedUntil(person).ifPresent(until -> {
            throw new AccountPausedException(FIELD, until);
        });
        String hash = person.passwordHash();
        // Nothing typed, or no password to guess: refused without counting.
        if (password == null || password.isEmpty() || hash == null) {
            throw new InvalidInputException(FIELD, "That is not your current password");
        }
        if (!passwordEncoder.matches(password, hash)) {
            log.info("Person {} gave a wrong current password to confirm a change", person.id());
            Optional<Instant> paused = lockout.recordFailure(person.email());
            if (paused.isPresent()) {
                throw new AccountPausedException(FIELD, paused.get());
            }
            throw new InvalidInputException(FIELD, "That is not your current password");
        }
        lockout.recordSuccess(person.email());
    }
}
