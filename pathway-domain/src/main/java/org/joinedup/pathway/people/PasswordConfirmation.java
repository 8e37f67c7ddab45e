package org.joinedup.pathway.people;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks "is this really you?" before a change that would let a borrowed or stolen session
 * keep the account, such as replacing the authenticator app. Not a service: other
 * features' services call it for the signed-in person, never a view.
 */
@Component
public class PasswordConfirmation {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    PasswordConfirmation(PersonRepository people, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    /** @throws InvalidInputException (field {@code currentPassword}) when the password is not the person's own */
    @Transactional(readOnly = true)
    public void require(long personId, String password) {
        String hash = people.findById(personId).map(Person::passwordHash).orElse(null);
        if (password == null || password.isEmpty() || hash == null || !passwordEncoder.matches(password, hash)) {
            throw new InvalidInputException("currentPassword", "That is not your current password");
        }
    }
}
