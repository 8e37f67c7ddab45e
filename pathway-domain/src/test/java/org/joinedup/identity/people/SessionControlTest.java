package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Writes to the audit trail, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
@RecordApplicationEvents
class SessionControlTest {

    @Autowired
    SessionControl sessions;
    @Autowired
    AuditTrail audit;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    PersonRepository people;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void an_administrator_ends_someones_sessions_and_it_is_audited() {
        long consultant = id("consultant");
        SignedInAs.demo(users, "admin");

        sessions.endSessionsOf(consultant);

        assertThat(events.stream(SessionsEnded.class)).containsExactly(new SessionsEnded(consultant));
        AuditRecord entry = audit.history(PersonAdministration.AUDIT_SUBJECT, consultant, 0, 1).getFirst();
        assertThat(entry.action()).isEqualTo("person.sessions-ended");
        assertThat(entry.actorName()).isEqualTo("Alex Morgan");
    }

    @Test
    void anyone_signed_in_can_sign_themselves_out_everywhere_and_it_is_audited() {
        long patient = id("patient");
        SignedInAs.demo(users, "patient");

        sessions.signOutEverywhere();

        assertThat(events.stream(SessionsEnded.class)).containsExactly(new SessionsEnded(patient));
        SignedInAs.demo(users, "admin");
        AuditRecord entry = audit.history(PersonAdministration.AUDIT_SUBJECT, patient, 0, 1).getFirst();
        assertThat(entry.details()).isEqualTo("Signed out on every device");
        assertThat(entry.actorName()).isEqualTo("Margaret Hill");
    }

    @Test
    void only_administrators_end_other_peoples_sessions_and_nobody_signed_out_ends_any() {
        long gp = id("gp");
        SignedInAs.demo(users, "moderator");

        assertThatThrownBy(() -> sessions.endSessionsOf(gp)).isInstanceOf(AccessDeniedException.class);
        SignedInAs.nobody();
        assertThatThrownBy(() -> sessions.signOutEverywhere())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(events.stream(SessionsEnded.class)).isEmpty();
    }

    private long id(String demoLocalPart) {
        return people.findByEmail(demoLocalPart + "@demo.joinedup.example").orElseThrow().id();
    }
}
