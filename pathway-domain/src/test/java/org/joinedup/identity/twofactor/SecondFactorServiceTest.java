package org.joinedup.identity.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.joinedup.identity.people.AccountLocks;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.PortalUser;
import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

/** Sets up, turns off and resets second factors of demo people, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class SecondFactorServiceTest {

    @Autowired
    SecondFactorService secondFactors;
    @Autowired
    TwoStepSignIn twoStep;
    @Autowired
    AuthenticationProvider passwords;
    @Autowired
    AuditTrail audit;
    @Autowired
    DemoPeople demo;
    @Autowired
    AccountLocks locks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_patient_partner_turns_two_step_sign_in_on_then_off_with_a_code() {
        signInFully("patient");
        EnrolmentKey key = secondFactors.newEnrolmentKey();

        assertThatThrownBy(() -> secondFactors.setUpMine(key, SignIns.codeFor(key), "not my password"))
                .as("a session left open cannot swap in another app")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> secondFactors.setUpMine(key, "123 456x", demo.password()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.getMessage()).startsWith("That code is not right");
                });
        assertThat(secondFactors.myStatus().setUp()).as("nothing half-saved").isFalse();

        String setUpCode = SignIns.codeFor(key);
        List<String> recoveryCodes = secondFactors.setUpMine(key, setUpCode, demo.password());

        assertThat(recoveryCodes).hasSize(10);
        assertThat(secondFactors.myStatus().setUp()).isTrue();
        assertThat(secondFactors.myStatus().recoveryCodesLeft()).isEqualTo(10);
        assertThat(twoStep.afterFirstStep(SignIns.password(passwords, "patient")))
                .as("from now on the patient partner is asked for a code").isPresent();

        assertThatThrownBy(() -> secondFactors.turnOffMine(setUpCode))
                .as("the code that set it up is used up").isInstanceOf(InvalidInputException.class);
        secondFactors.turnOffMine(recoveryCodes.getFirst());

        assertThat(secondFactors.myStatus().setUp()).isFalse();
        assertThat(twoStep.afterFirstStep(SignIns.password(passwords, "patient"))).isEmpty();
    }

    @Test
    void wrong_codes_when_turning_it_off_pause_the_account_at_the_fifth_until_an_administrator_lifts_it() {
        signInFully("patient");
        Authentication patientSession = SecurityContextHolder.getContext().getAuthentication();
        EnrolmentKey key = secondFactors.newEnrolmentKey();
        List<String> recoveryCodes = secondFactors.setUpMine(key, SignIns.codeFor(key), demo.password());
        String wrong = SignIns.wrongCodeFor(key);

        for (int attempt = 1; attempt < 5; attempt++) {
            assertThatThrownBy(() -> secondFactors.turnOffMine(wrong))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.getMessage()).startsWith("That code is not right"));
        }
        assertThatThrownBy(() -> secondFactors.turnOffMine(wrong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.getMessage()).contains("paused");
                });
        assertThatThrownBy(() -> secondFactors.turnOffMine(recoveryCodes.getFirst()))
                .as("while paused, even a right code is refused")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("paused"));
        assertThat(secondFactors.myStatus().setUp()).isTrue();
        assertThat(secondFactors.myStatus().recoveryCodesLeft()).as("the refused recovery code is not spent")
                .isEqualTo(10);

        PortalUser admin = (PortalUser) SignIns.password(passwords, "admin").getPrincipal();
        SignIns.as(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        assertThat(locks.unlock(SignIns.personId(patientSession))).isTrue();
        SignIns.as(patientSession);
        secondFactors.turnOffMine(recoveryCodes.getFirst());
        assertThat(secondFactors.myStatus().setUp()).isFalse();
    }

    @Test
    void staff_may_set_up_again_but_not_turn_it_off() {
        signInFully("socialcare");
        EnrolmentKey key = secondFactors.newEnrolmentKey();

        assertThat(secondFactors.myStatus().required()).isTrue();
        assertThat(secondFactors.setUpMine(key, SignIns.codeFor(key), demo.password())).hasSize(10);
        assertThatThrownBy(() -> secondFactors.turnOffMine(SignIns.codeFor(key)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(secondFactors.myStatus().setUp()).isTrue();
    }

    @Test
    void an_administrator_resets_a_second_factor_and_the_audit_trail_says_so() {
        long gp = SignIns.personId(SignIns.password(passwords, "gp"));
        signInFully("admin");

        assertThat(secondFactors.isSetUp(gp)).isTrue();
        assertThat(secondFactors.reset(gp)).isTrue();

        assertThat(secondFactors.isSetUp(gp)).isFalse();
        assertThat(secondFactors.reset(gp)).as("nothing left to reset").isFalse();
        List<AuditRecord> history = audit.history("person", gp, 0, 10);
        assertThat(history).extracting(AuditRecord::action).containsExactly("second-factor.reset");
        assertThat(history.getFirst().actorName()).isEqualTo("Alex Morgan");
        SecurityContextHolder.clearContext();
        assertThat(twoStep.afterFirstStep(SignIns.password(passwords, "gp")).orElseThrow().enrolling())
                .as("the GP sets up an authenticator at the next sign-in").isTrue();
    }

    @Test
    void only_administrators_may_reset_or_look_up_someone_else() {
        long gp = SignIns.personId(SignIns.password(passwords, "gp"));
        signInFully("moderator");

        assertThatThrownBy(() -> secondFactors.reset(gp)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> secondFactors.isSetUp(gp)).isInstanceOf(AccessDeniedException.class);
    }

    /** A complete sign-in: password, then the demo authenticator's code where one is needed. */
    private void signInFully(String demoLocalPart) {
        Authentication password = SignIns.password(passwords, demoLocalPart);
        var pending = twoStep.afterFirstStep(password);
        if (pending.isEmpty()) {
            SignIns.as(password);
            return;
        }
        SignIns.as(pending.get());
        SignIns.as(twoStep.complete(pending.get(), SignIns.demoCode(0)).authentication());
    }
}
