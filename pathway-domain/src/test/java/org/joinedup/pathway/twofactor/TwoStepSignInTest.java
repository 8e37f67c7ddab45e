package org.joinedup.pathway.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.joinedup.pathway.people.PortalUser;
import org.joinedup.pathway.people.Role;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/** Uses up codes and recovery codes of demo people, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class TwoStepSignInTest {

    @Autowired
    TwoStepSignIn twoStep;
    @Autowired
    AuthenticationProvider passwords;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_staff_password_leads_to_the_code_step_without_any_of_their_roles() {
        Authentication password = SignIns.password(passwords, "admin");

        SecondFactorPending pending = twoStep.afterPassword(password).orElseThrow();

        assertThat(pending.enrolling()).as("demo staff already have the demo authenticator").isFalse();
        assertThat(pending.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_SECOND_FACTOR_PENDING", FactorGrantedAuthority.PASSWORD_AUTHORITY);
        assertThat(pending.user().personId()).isEqualTo(SignIns.personId(password));
    }

    @Test
    void a_patient_partner_without_two_step_sign_in_is_signed_in_by_the_password() {
        assertThat(twoStep.afterPassword(SignIns.password(passwords, "patient"))).isEmpty();
    }

    @Test
    void the_current_code_completes_the_sign_in_with_roles_and_both_factors_and_works_only_once() {
        SecondFactorPending pending = twoStep.afterPassword(SignIns.password(passwords, "qilead")).orElseThrow();
        String code = SignIns.demoCode(0);

        Authentication full = twoStep.complete(pending, code).authentication();

        assertThat(full.getPrincipal()).isInstanceOf(PortalUser.class);
        assertThat(full.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrder(
                Role.QI_LEAD.authority(), Role.CLINICIAN.authority(), FactorGrantedAuthority.PASSWORD_AUTHORITY,
                SecondFactorRule.AUTHORITY);
        assertThat(SecondFactorRule.applies(full)).isTrue();

        SecondFactorPending again = twoStep.afterPassword(SignIns.password(passwords, "qilead")).orElseThrow();
        assertThatThrownBy(() -> twoStep.complete(again, code))
                .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CodeProblem.ALREADY_USED));
    }

    @Test
    void an_expired_or_wrong_code_is_refused_and_says_which() {
        SecondFactorPending pending = twoStep.afterPassword(SignIns.password(passwords, "lmc")).orElseThrow();

        assertThatThrownBy(() -> twoStep.complete(pending, SignIns.demoCode(-4)))
                .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CodeProblem.EXPIRED));
        assertThatThrownBy(() -> twoStep.complete(pending, "000000x"))
                .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CodeProblem.WRONG));
        assertThatThrownBy(() -> twoStep.complete(pending, ""))
                .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CodeProblem.MISSING));
    }

    @Test
    void five_wrong_codes_end_the_sign_in() {
        SecondFactorPending pending = twoStep.afterPassword(SignIns.password(passwords, "nurse")).orElseThrow();

        for (int attempt = 1; attempt < TwoStepSignIn.MAX_WRONG_CODES; attempt++) {
            assertThatThrownBy(() -> twoStep.complete(pending, "abcdef"))
                    .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                            e -> assertThat(e.problem()).isEqualTo(CodeProblem.WRONG));
        }
        assertThatThrownBy(() -> twoStep.complete(pending, "abcdef"))
                .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CodeProblem.SIGN_IN_AGAIN));
    }

    @Test
    void staff_without_an_authenticator_set_one_up_with_its_first_code_and_get_ten_recovery_codes_once() {
        Authentication password = SignIns.password(passwords, "pharmacist");
        long id = SignIns.personId(password);
        jdbc.update("delete from second_factor where person_id = ?", id);

        SecondFactorPending pending = twoStep.afterPassword(password).orElseThrow();
        assertThat(pending.enrolling()).isTrue();
        EnrolmentKey key = pending.enrolmentKey().orElseThrow();
        assertThat(key.otpauthUri()).contains("pharmacist%40demo.joinedup.example").contains(key.secret());
        SignIns.as(pending);
        TwoStepSignIn.Completion done = twoStep.complete(pending, SignIns.codeFor(key));

        assertThat(done.newRecoveryCodes()).hasSize(10);
        assertThat(done.authentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(SecondFactorRule.AUTHORITY);
        String stored = jdbc.queryForObject("select secret_ciphertext from second_factor where person_id = ?",
                String.class, id);
        assertThat(stored).doesNotContain(key.secret());
        assertThat(jdbc.queryForList("select code_hash from recovery_code where person_id = ?", String.class, id))
                .hasSize(10).noneMatch(hash -> done.newRecoveryCodes().stream()
                        .anyMatch(code -> hash.contains(code.replace("-", ""))));
        assertThat(jdbc.queryForList("select actor_name from audit_entry where subject_id = ? and action = ?",
                String.class, id, "second-factor.enrolled")).containsExactly("Daniel Hughes");

        SecondFactorPending next = twoStep.afterPassword(SignIns.password(passwords, "pharmacist")).orElseThrow();
        assertThat(next.enrolling()).as("set up once, used from then on").isFalse();
    }

    @Test
    void a_recovery_code_stands_in_for_the_authenticator_once() {
        Authentication password = SignIns.password(passwords, "consultant");
        jdbc.update("delete from second_factor where person_id = ?", SignIns.personId(password));
        SecondFactorPending enrolling = twoStep.afterPassword(password).orElseThrow();
        List<String> recoveryCodes = twoStep
                .complete(enrolling, SignIns.codeFor(enrolling.enrolmentKey().orElseThrow())).newRecoveryCodes();
        String recoveryCode = recoveryCodes.get(3).toUpperCase();

        SecondFactorPending lostPhone = twoStep.afterPassword(SignIns.password(passwords, "consultant")).orElseThrow();
        SignIns.as(lostPhone);
        assertThat(twoStep.complete(lostPhone, recoveryCode).authentication().isAuthenticated()).isTrue();

        SecondFactorPending again = twoStep.afterPassword(SignIns.password(passwords, "consultant")).orElseThrow();
        assertThatThrownBy(() -> twoStep.complete(again, recoveryCode))
                .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CodeProblem.WRONG));
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where person_id = ? and used_at is null",
                Long.class, SignIns.personId(password))).isEqualTo(9);
        assertThat(jdbc.queryForList("select details from audit_entry where action = 'second-factor.recovery-code-used'",
                String.class)).containsExactly("Signed in with a recovery code; 9 left");
    }

    @Test
    void demo_staff_share_the_published_key_and_the_demo_patient_partner_has_none() {
        String withFactor = "select count(*) from second_factor f join person p on p.id = f.person_id where p.email in (%s)";

        assertThat(jdbc.queryForObject(withFactor.formatted("'gp@demo.joinedup.example', "
                + "'moderator@demo.joinedup.example', 'facilitator@demo.joinedup.example'"), Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject(withFactor.formatted("'patient@demo.joinedup.example'"), Long.class)).isZero();
        SecondFactorPending pending = twoStep.afterPassword(SignIns.password(passwords, "moderator")).orElseThrow();
        assertThat(twoStep.complete(pending, SignIns.demoCode(0)).authentication().isAuthenticated()).isTrue();
    }
}
