package org.joinedup.identity.people;

import jakarta.validation.Valid;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** A signed-in person's own profile. Nobody can read or change another person's through it. */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    private static final Logger log = LoggerFactory.getLogger(ProfileService.class);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final PasswordConfirmation passwordConfirmation;
    private final AuditTrail audit;

    ProfileService(PersonRepository people, PasswordEncoder passwordEncoder, PasswordConfirmation passwordConfirmation,
            AuditTrail audit) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.passwordConfirmation = passwordConfirmation;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public PersonDetails myProfile() {
        return PersonDetails.of(me());
    }

    @Transactional
    public PersonDetails updateMyProfile(@Valid ProfileChange change) {
        Person person = me();
        person.rename(change.displayName().strip());
        String profession = change.profession() == null ? null : change.profession().strip();
        person.describeProfession(profession == null || profession.isEmpty() ? null : profession);
        audit.record("profile.updated", "person", person.id(), "Updated their own name or profession");
        log.info("Person {} updated their profile", person.id());
        return PersonDetails.of(person);
    }

    @Transactional
    public void changeMyPassword(@Valid PasswordChange change) {
        Person person = me();
        if (person.passwordHash() == null) {
            throw new InvalidInputException("currentPassword",
                    "You sign in through your organisation's or the NHS sign-in service, so there is no password here");
        }
        passwordConfirmation.require(person, change.currentPassword());
        PasswordPolicy.problemWith(change.newPassword(), person.email(), person.displayName(), person.realName())
                .ifPresent(problem -> {
                    throw new InvalidInputException("newPassword", problem);
                });
        if (change.newPassword().equals(change.currentPassword())) {
            throw new InvalidInputException("newPassword", "Choose a password different from your current one");
        }
        person.changePasswordHash(passwordEncoder.encode(change.newPassword()));
        audit.record("password.changed", "person", person.id(), "Changed their own password");
        log.info("Person {} changed their password", person.id());
    }

    private Person me() {
        Person person = people.findWithOrganisationById(CurrentPerson.id())
                .orElseThrow(() -> new AccessDeniedException("Your account no longer exists"));
        if (person.status() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Your account has been deactivated");
        }
        return person;
    }
}
