package org.joinedup.portal.security;

import org.joinedup.identity.people.SessionsEnded;
import org.joinedup.platform.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every registered session of a person once the decision to do so has committed.
 * Each session is marked, and the person signed out at that session's next request; its
 * open pages close at once.
 */
@Component
class SessionEnding {

    private static final Logger log = LoggerFactory.getLogger(SessionEnding.class);

    private final SignedInSessions sessions;

    SessionEnding(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void end(SessionsEnded event) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AuditActor person && person.auditActorId() == event.personId()) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    sessions.end(session);
                    ended++;
                }
            }
        }
        log.info("Ended {} session(s) of person {}", ended, event.personId());
    }
}
