package org.joinedup.identity.people;

import java.util.NoSuchElementException;

import org.joinedup.platform.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending sessions on purpose. The decision is audited here; the portal, which keeps the
 * sessions, ends them once the decision has committed ({@link SessionsEnded}), and each
 * open page of that person returns to sign-in at its next action.
 */
@Service
public class SessionControl {

    private static final Logger log = LoggerFactory.getLogger(SessionControl.class);

    private final PersonRepository people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SessionControl(PersonRepository people, AuditTrail audit, ApplicationEventPublisher events) {
        this.people = people;
        this.audit = audit;
        this.events = events;
    }

    /** An administrator signs someone out on every device, e.g. after a lost laptop. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void endSessionsOf(long personId) {
        if (!people.existsById(personId)) {
            throw new NoSuchElementException("No person " + personId);
        }
        audit.record("person.sessions-ended", PersonAdministration.AUDIT_SUBJECT, personId, "All sessions ended");
        events.publishEvent(new SessionsEnded(personId));
        log.info("Administrator {} ended the sessions of person {}", CurrentPerson.id(), personId);
    }

    /** The signed-in person signs themselves out on every device, this one included. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void signOutEverywhere() {
        long me = CurrentPerson.id();
        audit.record("person.signed-out-everywhere", PersonAdministration.AUDIT_SUBJECT, me,
                "Signed out on every device");
        events.publishEvent(new SessionsEnded(me));
        log.info("Person {} signed out on every device", me);
    }
}
