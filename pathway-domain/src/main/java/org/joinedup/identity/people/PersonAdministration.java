package org.joinedup.identity.people;

import java.time.Clock;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * What administrators change about other people's accounts: roles, care setting,
 * organisation and whether the account may sign in. Every change is written to the
 * audit trail in the same transaction. An administrator cannot lock themselves out: they
 * can neither deactivate their own account nor give up their own administrator role,
 * which also means the portal always keeps at least one administrator.
 */
@Service
@Validated
@PreAuthorize("hasRole('ADMIN')")
public class PersonAdministration {

    /** Subject type of people in the audit trail. */
    public static final String AUDIT_SUBJECT = "person";

    private static final Logger log = LoggerFactory.getLogger(PersonAdministration.class);

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    PersonAdministration(PersonRepository people, OrganisationRepository organisations, AuditTrail audit,
            ApplicationEventPublisher events, PasswordEncoder passwordEncoder, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates an active staff account (patient partners register themselves). Refusals name
     * the field they concern; nothing is saved unless everything is right.
     */
    @Transactional
    public PersonAccount createAccount(@Valid NewAccount account) {
        if (people.findByEmail(account.email()).isPresent()) {
            throw new InvalidInputException("email", "Someone already has an account with this e-mail address");
        }
        PasswordPolicy.problemWith(account.firstPassword(), account.email(), account.displayName())
                .ifPresent(problem -> {
                    throw new InvalidInputException("firstPassword", problem);
                });
        Organisation organisation = account.organisationId() == null ? null
                : organisations.findById(account.organisationId()).orElseThrow(() -> new InvalidInputException(
                        "organisation", "That organisation no longer exists. Choose another one."));
        Person person = people.save(new Person(account.email(), account.displayName(),
                passwordEncoder.encode(account.firstPassword()), organisation, account.roles(),
                account.careSetting(), account.profession(), clock.instant()));
        audit.record("account.created", AUDIT_SUBJECT, person.id(), "Account created by an administrator with roles "
                + account.roles().stream().sorted().map(Role::label).toList()
                + (organisation == null ? "" : ", organisation " + organisation.name()));
        log.info("Administrator {} created person {}", CurrentPerson.id(), person.id());
        return PersonAccount.of(person);
    }

    @Transactional(readOnly = true)
    public Optional<PersonAccount> account(long personId) {
        return people.findWithOrganisationById(personId).map(PersonAccount::of);
    }

    /**
     * Changes roles, care setting and organisation together. Taking a role away from
     * someone else ends their sessions, so the loss applies at once; added roles apply
     * from their next sign-in.
     */
    @Transactional
    public PersonAccount changeAccess(long personId, @Valid AccountChange change) {
        Person person = current(personId, change.expectedVersion());
        Set<Role> roles = EnumSet.copyOf(change.roles());
        if (personId == CurrentPerson.id() && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "You cannot remove your own Administrator role. "
                    + "If it really has to go, ask another administrator to remove it.");
        }
        Organisation organisation = change.organisationId() == null ? null
                : organisations.findById(change.organisationId()).orElseThrow(() -> new InvalidInputException(
                        "organisation", "That organisation no longer exists. Choose another one."));

        Set<Role> rolesBefore = person.roles();
        if (rolesBefore.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            keepAnActiveAdministratorBesides(person, "roles");
        }
        CareSetting settingBefore = person.careSetting();
        Organisation organisationBefore = person.organisation();
        if (!rolesBefore.equals(roles) || settingBefore != change.careSetting()) {
            person.changeRoles(roles, change.careSetting());
        }
        if (!rolesBefore.equals(roles)) {
            audit.record("person.roles-changed", AUDIT_SUBJECT, personId,
                    "Roles changed from " + labels(rolesBefore) + " to " + labels(roles));
        }
        if (settingBefore != change.careSetting()) {
            audit.record("person.care-setting-changed", AUDIT_SUBJECT, personId,
                    "Care setting changed from " + label(settingBefore) + " to " + label(change.careSetting()));
        }
        if (!Objects.equals(idOf(organisationBefore), idOf(organisation))) {
            person.moveTo(organisation);
            audit.record("person.organisation-changed", AUDIT_SUBJECT, personId,
                    "Organisation changed from " + name(organisationBefore) + " to " + name(organisation));
        }
        people.flush();
        if (settingBefore != change.careSetting()) {
            events.publishEvent(new CareSettingChanged(personId, settingBefore, change.careSetting()));
        }
        if (personId != CurrentPerson.id() && !roles.containsAll(rolesBefore)) {
            events.publishEvent(new SessionsEnded(personId));
        }
        log.info("Administrator {} changed the access of person {}", CurrentPerson.id(), personId);
        return PersonAccount.of(person);
    }

    /**
     * The portal always keeps one active administrator. The active administrators' rows are
     * locked, so two administrators demoting each other at the same moment cannot both succeed.
     */
    private void keepAnActiveAdministratorBesides(Person person, String field) {
        boolean noneBesides = people.lockHolders(Role.ADMIN, AccountStatus.ACTIVE).stream()
                .allMatch(admin -> admin.id().equals(person.id()));
        if (noneBesides) {
            throw new InvalidInputException(field, person.displayName() + " is the only active administrator. "
                    + "Make someone else an administrator first.");
        }
    }

    /** The person can no longer sign in, and their open sessions end at their next action. */
    @Transactional
    public PersonAccount deactivate(long personId, long expectedVersion) {
        if (personId == CurrentPerson.id()) {
            throw new InvalidInputException("status",
                    "You cannot deactivate your own account. Ask another administrator if it needs doing.");
        }
        Person person = current(personId, expectedVersion);
        if (person.status() != AccountStatus.ACTIVE) {
            throw new InvalidInputException("status", "Only an active account can be deactivated.");
        }
        if (person.roles().contains(Role.ADMIN)) {
            keepAnActiveAdministratorBesides(person, "status");
        }
        person.changeStatus(AccountStatus.DEACTIVATED);
        audit.record("person.deactivated", AUDIT_SUBJECT, personId, "Account deactivated and its sessions ended");
        people.flush();
        events.publishEvent(new SessionsEnded(personId));
        events.publishEvent(new AccountEnded(personId, AccountStatus.DEACTIVATED));
        log.info("Administrator {} deactivated person {}", CurrentPerson.id(), personId);
        return PersonAccount.of(person);
    }

    @Transactional
    public PersonAccount reactivate(long personId, long expectedVersion) {
        Person person = current(personId, expectedVersion);
        if (person.status() != AccountStatus.DEACTIVATED) {
            throw new InvalidInputException("status", "Only a deactivated account can be reactivated.");
        }
        person.changeStatus(AccountStatus.ACTIVE);
        audit.record("person.reactivated", AUDIT_SUBJECT, personId, "Account reactivated");
        people.flush();
        log.info("Administrator {} reactivated person {}", CurrentPerson.id(), personId);
        return PersonAccount.of(person);
    }

    /** The person as the page showed them, or a refusal if someone has changed them since. */
    private Person current(long personId, long expectedVersion) {
        Person person = people.findWithOrganisationById(personId)
                .orElseThrow(() -> new NoSuchElementException("No person " + personId));
        if (person.version() != expectedVersion) {
            log.info("Refused a change to person {} made on version {}; it is now at {}", personId,
                    expectedVersion, person.version());
            throw new ConcurrentChangeException("Person " + personId + " changed since the page was opened");
        }
        if (person.status() == AccountStatus.CLOSED) {
            throw new InvalidInputException("status", "This account has been closed and can no longer be changed.");
        }
        return person;
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    private static String label(CareSetting setting) {
        return setting == null ? "none" : setting.label();
    }

    private static Long idOf(Organisation organisation) {
        return organisation == null ? null : organisation.id();
    }

    private static String name(Organisation organisation) {
        return organisation == null ? "none" : "\u201c" + organisation.name() + "\u201d";
    }
}
