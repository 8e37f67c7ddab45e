package org.joinedup.identity.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.joinedup.identity.people.CodesPausedException;
import org.joinedup.identity.people.PortalUser;
import org.joinedup.identity.people.Role;
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

        SecondFactorPending pending = twoStep.afterFirstStep(password).orElseThrow();

        assertThat(pending.enrolling()).as("demo staff already have the demo authenticator").isFalse();
        assertThat(pending.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_SECOND_FACTOR_PENDING", FactorGrantedAuthority.PASSWORD_AUTHORITY);
        assertThat(pending.personId()).isEqualTo(SignIns.personId(password));
    }

    @Test
    void a_patient_partner_without_two_step_sign_in_is_signed_in_by_the_password() {
        assertThat(twoStep.afterFirstStep(SignIns.password(passwords, "patient"))).isEmpty();
    }

    @Test
    void the_current_code_completes_the_sign_in_with_roles_and_both_factors_and_works_only_once() {
        SecondFactorPending pending = twoStep.afterFirstStep(SignIns.password(passwords, "qilead")).orElseThrow();
        String code = SignIns.demoCode(0);

        Authentication full = twoStep.complete(pending, code).authentication();

        assertThat(full.getPrincipal()).isInstanceOf(PortalUser.class);
        assertThat(full.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrder(
                Role.QI_LEAD.authority(), Role.CLINICIAN.authority(), FactorGrantedAuthority.PASSWORD_AUTHORITY,
                SecondFactorRule.AUTHORITY);
        assertThat(SecondFactorRule.applies(full)).isTrue();

        SecondFactorPending again = twoStep.afterFirstStep(SignIns.password(passwords, "qilead")).orElseThrow();
        assertThatThrownBy(() -> twoStep.complete(again, code))
                .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CodeProblem.ALREADY_USED));
    }

    @Test
    void an_expired_or_wrong_code_is_refused_and_says_which() {
        SecondFactorPending pending = twoStep.afterFirstStep(SignIns.password(passwords, "lmc")).orElseThrow();

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
    void five_refused_codes_in_a_row_pause_the_account_even_across_sign_ins_and_a_right_code_starts_the_count_again() {
        Authentication password = SignIns.password(passwords, "nurse");
        String wrong = SignIns.wrongCodeFor(SignIns.DEMO_KEY);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> twoStep.complete(twoStep.afterFirstStep(password).orElseThrow(), wrong))
                    .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                            e -> assertThat(e.problem()).isEqualTo(CodeProblem.WRONG));
        }
        assertThat(twoStep.complete(twoStep.afterFirstStep(password).orElseThrow(), SignIns.demoCode(0))
                .authentication().isAuthenticated()).as("a right code forgives the four").isTrue();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> twoStep.complete(twoStep.afterFirstStep(password).orElseThrow(), ""))
                    .as("an empty code guesses nothing and is not counted")
                    .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                            e -> assertThat(e.problem()).isEqualTo(CodeProblem.MISSING));
        }
        SecondFactorPending pending = twoStep.afterFirstStep(password).orElseThrow();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> twoStep.complete(pending, wrong)).isInstanceOf(SecondFactorRefusedException.class);
        }
        assertThatThrownBy(() -> twoStep.complete(pending, wrong))
                .isInstanceOfSatisfying(SecondFactorRefusedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(CodeProblem.PAUSED);
                    assertThat(e.pausedUntil()).isPresent();
                });
        assertThatThrownBy(() -> twoStep.complete(twoStep.afterFirstStep(password).orElseThrow(), SignIns.demoCode(1)))
                .as("while paused, even the right code is refused")
                .isInstanceOfSatisfying(SecondFactorRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CodeProblem.PAUSED));
        assertThatThrownBy(() -> SignIns.password(passwords, "nurse"))
                .as("and so is the right password").isInstanceOf(CodesPausedException.class);
        assertThat(jdbc.queryForList("select details from audit_entry where action = 'account.locked' "
                + "and subject_id = ?", String.class, SignIns.personId(password)))
                .singleElement().asString().endsWith("after 5 refused codes");
    }

    @Test
    void staff_without_an_authenticator_set_one_up_with_its_first_code_and_get_ten_recovery_codes_once() {
        Authentication password = SignIns.password(passwords, "pharmacist");
        long id = SignIns.personId(password);
        jdbc.update("delete from second_factor where person_id = ?", id);

        SecondFactorPending pending = twoStep.afterFirstStep(password).orElseThrow();
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

        SecondFactorPending next = twoStep.afterFirstStep(SignIns.password(passwords, "pharmacist")).orElseThrow();
        assertThat(next.enrolling()).as("set up once, used from then on").isFalse();
    }

    @Test
    void a_recovery_code_stands_in_for_the_authenticator_once() {
        Authentication password = SignIns.password(passwords, "consultant");
        jdbc.update("delete from second_factor where person_id = ?", SignIns.personId(password));
        SecondFactorPending enrolling = twoStep.afterFirstStep(password).orElseThrow();
        List<String> recoveryCodes = twoStep
                .complete(enrolling, SignIns.codeFor(enrolling.enrolmentKey().orElseThrow())).newRecoveryCodes();
        String recoveryCode = recoveryCodes.get(3).toUpperCase();

        SecondFactorPending lostPhone = twoStep.afterFirstStep(SignIns.password(passwords, "consultant")).orElseThrow();
        SignIns.as(lostPhone);
        assertThat(twoStep.complete(lostPhone, recoveryCode).authentication().isAuthenticated()).isTrue();

        SecondFactorPending again = twoStep.afterFirstStep(SignIns.password(passwords, "consultant")).orElseThrow();
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
        SecondFactorPending pending = twoStep.afterFirstStep(SignIns.password(passwords, "moderator")).orElseThrow();
        assertThat(twoStep.complete(pending, SignIns.demoCode(0)).authentication().isAuthenticated()).isTrue();
    }
}
