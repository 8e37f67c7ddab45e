package org.joinedup.pathway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.joinedup.pathway.people.ExternalSignInRefusedException.Reason;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/** Links and creates people, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class ExternalSignInTest {

    private static final String ISSUER = "https://provider.example";

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
    void a_verified_address_links_the_existing_account_and_later_sign_ins_follow_the_link_not_the_address() {
        long gp = personId("gp@demo.joinedup.example");

        ExternalAccount first = externalSignIn.signIn(claims("gp-subject", "GP@demo.joinedup.example", true));
        ExternalAccount later = externalSignIn.signIn(claims("gp-subject", "priya.shah@elsewhere.example", false));

        assertThat(first.personId()).isEqualTo(gp);
        assertThat(first.created()).isFalse();
        assertThat(first.roles()).containsExactly(Role.CLINICIAN);
        assertThat(first.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(later.personId()).isEqualTo(gp);
        assertThat(count("select count(*) from person where email like 'gp@%' or email like 'priya.shah@%'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from external_identity where person_id = " + gp)).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = " + gp, String.class))
                .containsExactly("identity.linked");
    }

    @Test
    void an_unconfirmed_address_never_links_to_an_existing_account() {
        long nurse = personId("nurse@demo.joinedup.example");

        assertThatThrownBy(() -> externalSignIn.signIn(claims("nurse-subject", "nurse@demo.joinedup.example", false)))
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.UNVERIFIED_EMAIL));

        assertThat(count("select count(*) from external_identity where person_id = " + nurse)).isZero();
    }

    @Test
    void an_unconfirmed_address_creates_no_account_either_so_the_answer_reveals_nothing() {
        long before = count("select count(*) from person");

        assertThatThrownBy(() -> externalSignIn.signIn(new ExternalIdentityClaims("nhs-login", ISSUER,
                "unconfirmed-subject", "someone.new@example.org", false, null, null, Set.of(Role.PATIENT_PARTNER),
                null, null)))
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.UNVERIFIED_EMAIL));

        assertThat(count("select count(*) from person")).isEqualTo(before);
    }

    @Test
    void a_new_person_gets_an_account_waiting_for_approval_with_the_mapped_roles_organisation_and_setting() {
        ExternalAccount account = externalSignIn.signIn(new ExternalIdentityClaims("cis2", ISSUER, "new-subject",
                "Kemi.Adeyemi@nhs.example", true, "Kemi Adeyemi", "Oluwakemi Adeyemi", Set.of(Role.CLINICIAN),
                "Riverside Medical Practice", CareSetting.PRIMARY));
        ExternalAccount again = externalSignIn.signIn(claims("new-subject", "kemi.adeyemi@nhs.example", true));

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
                "No Such Patient Group", null));

        assertThat(account.displayName()).isEqualTo("r.jones");
        assertThat(jdbc.queryForObject("select organisation_id from person where id = ?", Long.class,
                account.personId())).isNull();
    }

    @Test
    void claims_that_cannot_make_an_account_are_refused_and_nothing_is_saved() {
        long before = count("select count(*) from person");

        assertThatThrownBy(() -> externalSignIn.signIn(claims("no-role", "someone@example.org", true)))
                .extracting("reason").isEqualTo(Reason.NO_ROLE);
        assertThatThrownBy(() -> externalSignIn.signIn(new ExternalIdentityClaims("cis2", ISSUER, "no-setting",
                "clinician@example.org", true, "A Clinician", null, Set.of(Role.CLINICIAN), null, null)))
                .extracting("reason").isEqualTo(Reason.NO_CARE_SETTING);
        assertThatThrownBy(() -> externalSignIn.signIn(claims("no-email", null, true)))
                .extracting("reason").isEqualTo(Reason.NO_EMAIL);
        assertThatThrownBy(() -> externalSignIn.signIn(claims("", "someone@example.org", true)))
                .extracting("reason").isEqualTo(Reason.NO_SUBJECT);

        assertThat(count("select count(*) from person")).isEqualTo(before);
        assertThat(count("select count(*) from external_identity where subject in ('no-role', 'no-setting')")).isZero();
    }

    @Test
    void a_deactivated_account_is_linked_but_reported_as_deactivated() {
        jdbc.update("update person set status = 'DEACTIVATED' where email = 'lnc@demo.joinedup.example'");

        ExternalAccount account = externalSignIn.signIn(claims("lnc-subject", "lnc@demo.joinedup.example", true));

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
        externalSignIn.signIn(claims("pharmacist-subject", "pharmacist@demo.joinedup.example", true));
        SignedInAs.demo(users, "pharmacist");

        String export = new String(yourData.exportMyData().content(), java.nio.charset.StandardCharsets.UTF_8);
        yourData.closeMyAccount(demo.password());

        assertThat(export).contains(ISSUER).contains("pharmacist-subject");
        assertThat(count("select count(*) from external_identity where person_id = " + pharmacist)).isZero();
        assertThatThrownBy(() -> externalSignIn.signIn(
                claims("pharmacist-subject", "pharmacist@demo.joinedup.example", true)))
                .isInstanceOfSatisfying(ExternalSignInRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_ROLE));
        assertThat(count("select count(*) from person where status = 'CLOSED' and id = " + pharmacist)).isEqualTo(1);
    }

    @Test
    void someone_without_a_password_here_closes_their_account_by_typing_its_address() {
        ExternalAccount created = externalSignIn.signIn(new ExternalIdentityClaims("nhs-login", ISSUER,
                "closing-subject", "closing.person@example.org", true, "Sam Closer", null,
                Set.of(Role.PATIENT_PARTNER), null, null));
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
