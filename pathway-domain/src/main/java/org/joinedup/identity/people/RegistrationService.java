package org.joinedup.identity.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.throttle.AnonymousRequestThrottle;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Patient partners registering themselves. Both methods are open to visitors who are not
 * signed in: registering is how a patient partner gets an account. Staff accounts are
 * never created here. A new account waits for a moderator or administrator
 * ({@link RegistrationApprovals}) and cannot sign in until then.
 */
@Service
@Validated
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final AnonymousRequestThrottle throttle;
    private final ConfirmationLinks confirmationLinks;
    private final AccountMail mail;
    private final Clock clock;

    RegistrationService(PersonRepository people, OrganisationRepository organisations,
            PasswordEncoder passwordEncoder, AuditTrail audit, TransactionTemplate transactions,
            AnonymousRequestThrottle throttle, ConfirmationLinks confirmationLinks, AccountMail mail, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.transactions = transactions;
        this.throttle = throttle;
        this.confirmationLinks = confirmationLinks;
        this.mail = mail;
        this.clock = clock;
    }

    /** Open to visitors: the registration form offers these, and patient groups' names are public. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PatientGroup> patientGroups() {
        return organisations.findByKindOrderByName(OrganisationKind.PATIENT_GROUP).stream()
                .map(PatientGroup::of).toList();
    }

    /**
     * Open to visitors. Creates a patient partner's account waiting for approval, and e-mails
     * a link to confirm the address; it cannot be approved until that link is used. When the
     * e-mail address already has an account, nothing is created and the caller sees exactly
     * what a new registration sees, so the form cannot be used to find out who has an account;
     * the address's owner is e-mailed that they already have one.
     *
     * @throws InvalidInputException    on field {@code password} or {@code patientGroup}
     * @throws TooManyRequestsException when too many registrations came from the caller's network, or
     *                                  from everywhere, just now; refused before the slow password hash
     */
    @PreAuthorize("permitAll()")
    public void register(@Valid Registration registration) {
        throttle.admit("registration");
        PasswordPolicy.problemWith(registration.password()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        // Hashed whether or not an account exists, so a known address is answered no faster than a new one.
        String passwordHash = passwordEncoder.encode(registration.password());
        // A programmatic transaction, so a lost race on the unique e-mail key can be answered after its rollback.
        try {
            transactions.executeWithoutResult(status -> create(registration, passwordHash));
        } catch (DataIntegrityViolationException e) {
            Optional<Person> winner = people.findByEmail(registration.email());
            if (winner.isEmpty()) {
                throw e;
            }
            log.info("A registration arrived at the same moment as one for the same e-mail address (person {}); "
                    + "no second account created, the visitor was shown the usual confirmation", winner.get().id());
        }
    }

    private void create(Registration registration, String passwordHash) {
        // Input is judged before the address is looked up, so refusals never depend on whether it is known.
        Organisation group = patientGroup(registration.patientGroupId());
        Optional<Person> existing = people.findByEmail(registration.email());
        if (existing.isPresent()) {
            log.info("A registration gave the e-mail address of existing person {}; no account created, "
                    + "the visitor was shown the usual confirmation and the address's owner told by e-mail",
                    existing.get().id());
            mail.alreadyRegistered(existing.get());
            return;
        }
        Instant now = clock.instant();
        Person person = new Person(registration.email(), registration.displayName(), passwordHash, group,
                Set.of(Role.PATIENT_PARTNER), null, null, now, AccountStatus.PENDING_APPROVAL);
        person.recordRealName(registration.realName());
        person.acceptGuidelines(now);
        people.save(person);
        audit.record("registration.submitted", "person", person.id(),
                "Registered as a patient partner named \"" + person.displayName() + "\", "
                        + (group == null ? "in no patient group" : "in patient group \"" + group.name() + "\"")
                        + "; agreed to the community guidelines; waiting for the e-mail address to be confirmed "
                        + "and for approval");
        confirmationLinks.send(person);
        log.info("Registration received from person {}; waiting for approval", person.id());
    }

    private Organisation patientGroup(Long id) {
        if (id == null) {
            return null;
        }
        return organisations.findById(id)
                .filter(organisation -> organisation.kind() == OrganisationKind.PATIENT_GROUP)
                .orElseThrow(() -> new InvalidInputException("patientGroup",
                        "That patient group is no longer listed; choose another, or none"));
    }
}
