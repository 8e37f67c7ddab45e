package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.joinedup.identity.people.ExternalSignInRefusedException.Reason;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/** Creates people and connects identities, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class ExternalSignInTest {

    private static final String ISSUER = "https://provider.example";
    private static final Set<Role> ALL = EnumSet.allOf(Role.class);

    @Autowired
    ExternalSignIn externalSignIn;
    @Autowired
    ProfileService profiles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    YourDataService yourData;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    DemoPeople demo;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void an_address_that_has_an_account_here_is_refused_and_never_linked_staff_or_not() {
        long gp = personId("gp@demo.joinedup.example");
        long patient = personId("patient@demo.joinedup.example");

        assertThatThrownBy(() -> externalSignIn.signIn(claims("gp-subject", "GP@demo.joinedup.example", true), ALL))
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.ACCOUNT_EXISTS));
        assertThatThrownBy(() -> externalSignIn.signIn(claims("patient-subject", "patient@demo.joinedup.example",
                true), Set.of(Role.PATIENT_PARTNER)))
                .as("a patient partner's address, perhaps registered by someone else first, is not taken over either")
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.ACCOUNT_EXISTS));

        assertThat(count("select count(*) from external_identity where person_id in (" + gp + ", " + patient + ")"))
                .isZero();
        assertThat(count("select count(*) from audit_entry where subject_id in (" + gp + ", " + patient + ")"))
                .isZero();
    }

    @Test
    void a_connected_identity_signs_in_and_later_sign_ins_follow_it_not_the_address() {
        long socialWorker = personId("socialcare@demo.joinedup.example");
        connect(socialWorker, "maria-costa-subject");

        ExternalAccount account = externalSignIn.signIn(claims("maria-costa-subject", "maria.costa@elsewhere.example",
                false), ALL);

        assertThat(account.personId()).isEqualTo(socialWorker);
        assertThat(account.email()).isEqualTo("socialcare@demo.joinedup.example");
        assertThat(account.created()).isFalse();
        assertThat(account.roles()).containsExactly(Role.CLINICIAN);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(count("select count(*) from person where email like 'maria.costa@%'")).isZero();
    }

    @Test
    void a_provider_signs_in_only_the_roles_it_allows_and_creates_no_others() {
        long consultant = personId("consultant@demo.joinedup.example");
        connect(consultant, "consultant-subject");
        long before = count("select count(*) from person");

        assertThatThrownBy(() -> externalSignIn.signIn(claims("consultant-subject", null, true),
                Set.of(Role.PATIENT_PARTNER)))
                .as("a clinician through a provider for patient partners")
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED));
        assertThatThrownBy(() -> externalSignIn.signIn(new ExternalIdentityClaims("nhs-login", ISSUER, "new-clinician",
                "new.clinician@nhs.example", true, null, null, Set.of(Role.CLINICIAN), null, CareSetting.PRIMARY),
                Set.of(Role.PATIENT_PARTNER)))
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED));

        assertThat(count("select count(*) from person")).isEqualTo(before);
        assertThat(externalSignIn.signIn(claims("consultant-subject", null, true), Set.of(Role.CLINICIAN)).personId())
                .as("the same identity through a provider for clinicians").isEqualTo(consultant);
    }

    @Test
    void an_unconfirmed_address_never_links_to_an_existing_account() {
        long nurse = personId("nurse@demo.joinedup.example");

        assertThatThrownBy(() -> externalSignIn.signIn(claims("nurse-subject", "nurse@demo.joinedup.example", false), ALL))
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.UNVERIFIED_EMAIL));

        assertThat(count("select count(*) from external_identity where person_id = " + nurse)).isZero();
    }

    @Test
    void an_unconfirmed_address_creates_no_account_either_so_the_answer_reveals_nothing() {
        long before = count("select count(*) from person");

        assertThatThrownBy(() -> externalSignIn.signIn(new ExternalIdentityClaims("nhs-login", ISSUER,
                "unconfirmed-subject", "someone.new@example.org", false, null, null, Set.of(Role.PATIENT_PARTNER),
                null, null), ALL))
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.UNVERIFIED_EMAIL));

        assertThat(count("select count(*) from person")).isEqualTo(before);
    }

    @Test
    void a_new_person_gets_an_account_waiting_for_approval_with_the_mapped_roles_organisation_and_setting() {
        ExternalAccount account = externalSignIn.signIn(new ExternalIdentityClaims("cis2", ISSUER, "new-subject",
                "Kemi.Adeyemi@nhs.example", true, "Kemi Adeyemi", "Oluwakemi Adeyemi", Set.of(Role.CLINICIAN),
                "Riverside Medical Practice", CareSetting.PRIMARY), ALL);
        ExternalAccount again = externalSignIn.signIn(claims("new-subject", "kemi.adeyemi@nhs.example", true), ALL);

        assertThat(account.created()).isTrue();
        assertThat(account.status()).isEqualTo(AccountStatus.PENDING_APPROVAL);
        assertThat(again.created()).isFalse();
        assertThat(again.personId()).isEqualTo(account.personId());
        var row = jdbc.queryForMap("select p.email, p.display_name, p.real_name, p.status, p.care_setting, "
                + "p.password_hash, o.name organisation from person p join organisation o on o.id = p.organisation_id "
                + "where p.id = ?", account.personId());
        assertThat(row).containsEntry("email", "kemi.adeyemi@nhs.example")
                .containsEntry("display_name", "Kemi Adeyemi")
                .containsEntry("real_name", "Oluwakemi Adeyemi")
                .containsEntry("status", "PENDING_APPROVAL")
                .containsEntry("care_setting", "PRIMARY")
                .containsEntry("organisation", "Riverside Medical Practice")
                .containsEntry("password_hash", null);
        assertThat(jdbc.queryForList("select role from person_role where person_id = ?", String.class,
                account.personId())).containsExactly("CLINICIAN");
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = ?", String.class,
                account.personId())).containsExactly("account.requested");
    }

    @Test
    void a_new_person_without_a_name_or_a_known_organisation_is_named_from_the_address() {
        ExternalAccount account = externalSignIn.signIn(new ExternalIdentityClaims("nhs-login", ISSUER,
                "nameless", "r.jones@patients.example", true, null, null, Set.of(Role.PATIENT_PARTNER),
                "No Such Patient Group", null), ALL);

        assertThat(account.displayName()).isEqualTo("r.jones");
        assertThat(jdbc.queryForObject("select organisation_id from person where id = ?", Long.class,
                account.personId())).isNull();
    }

    @Test
    void claims_that_cannot_make_an_account_are_refused_and_nothing_is_saved() {
        long before = count("select count(*) from person");

        assertThatThrownBy(() -> externalSignIn.signIn(claims("no-role", "someone@example.org", true), ALL))
                .extracting("reason").isEqualTo(Reason.NO_ROLE);
        assertThatThrownBy(() -> externalSignIn.signIn(new ExternalIdentityClaims("cis2", ISSUER, "no-setting",
                "clinician@example.org", true, "A Clinician", null, Set.of(Role.CLINICIAN), null, null), ALL))
                .extracting("reason").isEqualTo(Reason.NO_CARE_SETTING);
        assertThatThrownBy(() -> externalSignIn.signIn(claims("no-email", null, true), ALL))
                .extracting("reason").isEqualTo(Reason.NO_EMAIL);
        assertThatThrownBy(() -> externalSignIn.signIn(claims("", "someone@example.org", true), ALL))
                .extracting("reason").isEqualTo(Reason.NO_SUBJECT);

        assertThat(count("select count(*) from person")).isEqualTo(before);
        assertThat(count("select count(*) from external_identity where subject in ('no-role', 'no-setting')")).isZero();
    }

    @Test
    void a_deactivated_account_is_found_but_reported_as_deactivated() {
        connect(personId("lnc@demo.joinedup.example"), "lnc-subject");
        jdbc.update("update person set status = 'DEACTIVATED' where email = 'lnc@demo.joinedup.example'");

        ExternalAccount account = externalSignIn.signIn(claims("lnc-subject", "lnc@demo.joinedup.example", true), ALL);

        assertThat(account.status()).isEqualTo(AccountStatus.DEACTIVATED);
    }

    @Test
    void a_person_signed_in_through_a_provider_is_me_to_the_services() {
        long moderator = personId("moderator@demo.joinedup.example");
        SignedInPerson principal = () -> moderator;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, AuthorityUtils.createAuthorityList("ROLE_MODERATOR")));

        assertThat(profiles.myProfile().displayName()).isEqualTo("Lucy Evans");
    }

    @Test
    void a_linked_identity_is_in_the_data_download_and_is_removed_when_the_account_closes() {
        long pharmacist = personId("pharmacist@demo.joinedup.example");
        connect(pharmacist, "pharmacist-subject");
        SignedInAs.demo(users, "pharmacist");

        String export = new String(yourData.exportMyData().content(), java.nio.charset.StandardCharsets.UTF_8);
        yourData.closeMyAccount(demo.password());

        assertThat(export).contains(ISSUER).contains("pharmacist-subject");
        assertThat(count("select count(*) from external_identity where person_id = " + pharmacist)).isZero();
        assertThatThrownBy(() -> externalSignIn.signIn(
                claims("pharmacist-subject", "pharmacist@demo.joinedup.example", true), ALL))
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_ROLE));
        assertThat(count("select count(*) from person where status = 'CLOSED' and id = " + pharmacist)).isEqualTo(1);
    }

    @Test
    void someone_without_a_password_here_closes_their_account_by_typing_its_address() {
        ExternalAccount created = externalSignIn.signIn(new ExternalIdentityClaims("nhs-login", ISSUER,
                "closing-subject", "closing.person@example.org", true, "Sam Closer", null,
                Set.of(Role.PATIENT_PARTNER), null, null), ALL);
        jdbc.update("update person set status = 'ACTIVE' where id = ?", created.personId());
        SignedInPerson principal = created::personId;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, AuthorityUtils.createAuthorityList("ROLE_PATIENT_PARTNER")));

        assertThatThrownBy(() -> yourData.closeMyAccount("someone.else@example.org"))
                .isInstanceOf(InvalidInputException.class);
        yourData.closeMyAccount(" Closing.Person@example.org ");

        assertThat(count("select count(*) from person where status = 'CLOSED' and id = " + created.personId()))
                .isEqualTo(1);
    }

    /** An identity its owner connected from their profile (ConnectedProvidersTest covers how). */
    private void connect(long personId, String subject) {
        jdbc.update("insert into external_identity (person_id, issuer, subject, registration_id, linked_at) "
                + "values (?, ?, ?, 'test', current_timestamp(6))", personId, ISSUER, subject);
    }

    private static ExternalIdentityClaims claims(String subject, String email, boolean verified) {
        return new ExternalIdentityClaims("test", ISSUER, subject, email, verified, null, null, Set.of(), null, null);
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
