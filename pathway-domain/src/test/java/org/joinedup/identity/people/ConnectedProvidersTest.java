package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/** Connects and disconnects identities of demo people, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class ConnectedProvidersTest {

    private static final String ISSUER = "https://provider.example";
    private static final Set<Role> ALL = EnumSet.allOf(Role.class);

    @Autowired
    ConnectedProviders connections;
    @Autowired
    ExternalSignIn externalSignIn;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoPeople demo;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void a_signed_in_person_connects_a_provider_with_their_password_and_then_signs_in_through_it() {
        SignedInAs.demo(users, "gp");
        long gp = personId("gp@demo.joinedup.example");

        assertThatThrownBy(() -> connections.connectMine(identity("gp-subject"), ALL, "not my password"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThat(count("select count(*) from external_identity where person_id = " + gp)).isZero();
        assertThat(count("select failures from sign_in_failures")).as("the wrong password counted").isEqualTo(1);

        connections.connectMine(identity("gp-subject"), ALL, demo.password());

        assertThat(connections.mine()).singleElement().satisfies(connected -> {
            assertThat(connected.registrationId()).isEqualTo("test");
            assertThat(connected.connectedAt()).isNotNull();
        });
        assertThat(jdbc.queryForList("select details from audit_entry where action = 'identity.linked' "
                + "and subject_id = ?", String.class, gp)).singleElement().asString()
                .contains("test").contains("gp-subject").contains("from their profile");
        SignedInAs.nobody();
        assertThat(externalSignIn.signIn(identity("gp-subject"), ALL).personId()).isEqualTo(gp);
    }

    @Test
    void an_identity_connected_to_someone_else_stays_theirs() {
        SignedInAs.demo(users, "lmc");
        connections.connectMine(identity("shared-subject"), ALL, demo.password());
        SignedInAs.demo(users, "lnc");

        assertThatThrownBy(() -> connections.connectMine(identity("shared-subject"), ALL, demo.password()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("already connected to another JoinedUp account"));
        assertThat(count("select count(*) from external_identity where person_id = "
                + personId("lnc@demo.joinedup.example"))).isZero();
    }

    @Test
    void a_provider_for_other_roles_cannot_be_connected() {
        SignedInAs.demo(users, "consultant");

        assertThatThrownBy(() -> connections.connectMine(identity("consultant-subject"), Set.of(Role.PATIENT_PARTNER),
                demo.password()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("not for accounts with your roles"));
        assertThat(connections.mine()).isEmpty();
    }

    @Test
    void disconnecting_is_audited_but_never_leaves_someone_without_a_way_to_sign_in() {
        SignedInAs.demo(users, "nurse");
        connections.connectMine(identity("nurse-subject"), ALL, demo.password());
        long connection = connections.mine().getFirst().id();

        connections.disconnectMine(connection);

        assertThat(connections.mine()).isEmpty();
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = ?", String.class,
                personId("nurse@demo.joinedup.example"))).containsExactly("identity.linked", "identity.unlinked");

        ExternalAccount providerOnly = externalSignIn.signIn(new ExternalIdentityClaims("test", ISSUER, "only-way",
                "only.way@example.org", true, "Only Way", null, Set.of(Role.PATIENT_PARTNER), null, null), ALL);
        jdbc.update("update person set status = 'ACTIVE' where id = ?", providerOnly.personId());
        SignedInPerson principal = providerOnly::personId;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, AuthorityUtils.createAuthorityList("ROLE_PATIENT_PARTNER")));
        long onlyWay = connections.mine().getFirst().id();

        assertThatThrownBy(() -> connections.disconnectMine(onlyWay))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("only way you sign in"));
        assertThat(connections.mine()).hasSize(1);
    }

    @Test
    void nobody_can_disconnect_someone_elses_provider_or_act_without_signing_in() {
        SignedInAs.demo(users, "qilead");
        connections.connectMine(identity("qilead-subject"), ALL, demo.password());
        long theirs = connections.mine().getFirst().id();
        SignedInAs.demo(users, "facilitator");

        assertThatThrownBy(() -> connections.disconnectMine(theirs)).isInstanceOf(InvalidInputException.class);
        SignedInAs.nobody();
        assertThatThrownBy(() -> connections.connectMine(identity("anyone"), ALL, ""))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(count("select count(*) from external_identity where subject = 'qilead-subject'")).isEqualTo(1);
    }

    private static ExternalIdentityClaims identity(String subject) {
        return new ExternalIdentityClaims("test", ISSUER, subject, subject + "@provider.example", true, null, null,
                Set.of(), null, null);
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
