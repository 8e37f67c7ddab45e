package org.joinedup.identity.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.platform.yourdata.PersonalDataSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Your data": a signed-in person downloads everything the portal holds about them, or
 * closes their account. Every module takes part through its
 * {@link PersonalDataContributor}. It is always the signed-in person's own data, never
 * that of an id sent by the browser.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class YourDataService {

    private static final Logger log = LoggerFactory.getLogger(YourDataService.class);
    private static final String PORTAL = "JoinedUp";
    private static final String ABOUT = "Everything JoinedUp holds about you, in one section for each part of "
            + "the portal. Times are in UTC (ISO 8601). Passwords and sign-in secrets are never included: "
            + "JoinedUp does not keep them in a form anyone can read.";

    /** The file as it is written; records keep the order of the fields. */
    private record Document(String portal, Instant generatedAt, String about, List<PersonalDataSection> sections) {
    }

    private final PersonRepository people;
    private final List<PersonalDataContributor> contributors;
    private final PasswordConfirmation passwordConfirmation;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    // Built here rather than taken from the web layer, so the file's format never changes with its settings.
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    YourDataService(PersonRepository people, List<PersonalDataContributor> contributors,
            PasswordConfirmation passwordConfirmation, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events) {
        this.people = people;
        this.contributors = contributors;
        this.passwordConfirmation = passwordConfirmation;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public DataExport exportMyData() {
        long id = me().id();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<PersonalDataSection> sections = contributors.stream().map(contributor -> contributor.export(id)).toList();
        byte[] content = json.writeValueAsBytes(new Document(PORTAL, now, ABOUT, sections));
        log.info("Person {} downloaded their data", id);
        return new DataExport("joinedup-my-data-" + LocalDate.ofInstant(now, PortalTime.ZONE) + ".json", content);
    }

    /**
     * Closes the signed-in person's account once they have confirmed it with their password
     * (or, for someone who signs in only through a provider, their account's e-mail address):
     * every module erases its part in this one transaction.
     *
     * @throws InvalidInputException   the password is wrong (field {@code currentPassword}), or the account is
     *                                 paused after repeated wrong passwords or codes
     * @throws ErasureRefusedException a module cannot let the account close yet
     */
    @Transactional
    public void closeMyAccount(String currentPassword) {
        Person person = me();
        long id = person.id();
        if (person.passwordHash() == null) {
            // Signs in only through a provider: typing the account's own address confirms the intent.
            if (currentPassword == null || !currentPassword.strip().equalsIgnoreCase(person.email())) {
                log.info("Person {} typed a different e-mail address when closing their account", id);
                throw new InvalidInputException("currentPassword", "That is not the e-mail address of your account");
            }
        } else {
            passwordConfirmation.require(person, currentPassword);
        }
        contributors.forEach(contributor -> contributor.erase(id));
        // The name is erased by now: the entry keeps the id and the name the portal now shows, "Former member".
        audit.recordUnderName(person.displayName(), "account.closed", "person", id,
                "Closed their own account; personal details erased");
        // The account's other tabs and devices are signed out too, once the closure has committed.
        events.publishEvent(new SessionsEnded(id));
        events.publishEvent(new AccountEnded(id, AccountStatus.CLOSED));
        log.info("Person {} closed their account", id);
    }

    private Person me() {
        Person person = people.findWithOrganisationById(CurrentPerson.id())
                .orElseThrow(() -> new AccessDeniedException("Your account no longer exists"));
        if (person.status() != AccountStatus.ACTIVE) {
            throw new AccessDeniedException("Your account is not active");
        }
        return person;
    }
}
