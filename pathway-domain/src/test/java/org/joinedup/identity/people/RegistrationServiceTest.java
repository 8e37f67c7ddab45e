package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates and decides registrations, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class RegistrationServiceTest {

    private static final String PASSWORD = "tea with the renal team";

    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationApprovals approvals;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    @Qualifier("passwordAuthenticationProvider")
    AuthenticationProvider passwordSignIn;
    @Autowired
    AuditTrail audit;
    @Autowired
    PersonRepository people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DemoPeople demo;

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void a_visitor_registers_as_a_patient_partner_and_waits_for_approval() {
        long kidneyGroup = registrations.patientGroups().getFirst().id();

        registrations.register(new Registration(" Kim ", " Kim Adebayo ", "  Kim.Adebayo@Example.ORG ", PASSWORD,
                kidneyGroup, true));

        SignedInAs.demo(users, "moderator");
        PendingRegistration pending = waitingFor("kim.adebayo@example.org");
        assertThat(pending.displayName()).isEqualTo("Kim");
        assertThat(pending.realName()).isEqualTo("Kim Adebayo");
        assertThat(pending.patientGroupName()).isEqualTo("East Place Kidney Patients' Group");
        assertThat(pending.roles()).containsExactly(Role.PATIENT_PARTNER);
        assertThat(pending.registeredAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(jdbc.queryForObject("select guidelines_accepted_at from person where id = ?", Instant.class,
                pending.personId())).isEqualTo(pending.registeredAt());

        SignedInAs.demo(users, "admin");
        assertThat(audit.history("person", pending.personId(), 0, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("registration.submitted");
            assertThat(entry.actorName()).isEqualTo("system");
            assertThat(entry.details()).contains("\"Kim\"", "East Place Kidney Patients' Group")
                    .doesNotContain(PASSWORD, "Adebayo");
        });
    }

    @Test
    void only_patient_groups_are_offered_and_no_group_is_fine() {
        assertThat(registrations.patientGroups()).extracting(PatientGroup::name)
                .containsExactly("East Place Kidney Patients' Group");

        register("nogroup", null);

        SignedInAs.demo(users, "moderator");
        assertThat(waitingFor("nogroup@example.org").patientGroupName()).isNull();
    }

    @Test
    void an_account_waiting_for_approval_is_told_so_only_after_the_right_password() {
        register("waiting", null);

        assertThatThrownBy(() -> signIn("waiting@example.org", "a wrong guess at it"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("waiting@example.org", PASSWORD))
                .isInstanceOfSatisfying(InactiveAccountException.class,
                        e -> assertThat(e.status()).isEqualTo(AccountStatus.PENDING_APPROVAL));
    }

    @Test
    void approving_lets_the_person_sign_in_and_is_audited_with_the_approver() {
        register("approved", null);
        SignedInAs.demo(users, "moderator");
        PendingRegistration pending = waitingFor("approved@example.org");

        approvals.approve(pending.personId(), pending.version());

        assertThat(waitingEmails()).doesNotContain("approved@example.org");
        SignedInAs.nobody();
        Authentication signedIn = signIn("approved@example.org", PASSWORD);
        assertThat(((PortalUser) signedIn.getPrincipal()).displayName()).isEqualTo("approved");
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_PATIENT_PARTNER")
                .doesNotContain("ROLE_CLINICIAN", "ROLE_MODERATOR", "ROLE_ADMIN");
        SignedInAs.demo(users, "admin");
        assertThat(audit.history("person", pending.personId(), 0, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("registration.approved");
            assertThat(entry.actorName()).isEqualTo("Lucy Evans");
        });
    }

    @Test
    void declining_removes_the_account_keeps_the_reason_in_the_audit_and_frees_the_address() {
        register("declined", null);
        SignedInAs.demo(users, "admin");
        PendingRegistration pending = waitingFor("declined@example.org");

        approvals.decline(pending.personId(), pending.version(), "  Advertising a private clinic  ");

        assertThat(people.findById(pending.personId())).isEmpty();
        assertThat(audit.history("person", pending.personId(), 0, 10)).extracting(AuditRecord::action)
                .containsExactly("registration.declined", "registration.submitted");
        assertThat(audit.history("person", pending.personId(), 0, 1).getFirst().details())
                .endsWith("Reason: Advertising a private clinic");
        SignedInAs.nobody();
        assertThatThrownBy(() -> signIn("declined@example.org", PASSWORD)).isInstanceOf(BadCredentialsException.class);

        register("declined", null);
        SignedInAs.demo(users, "moderator");
        assertThat(waitingEmails()).contains("declined@example.org");
    }

    @Test
    void a_decline_reason_is_optional_but_not_endless() {
        register("reasons", null);
        SignedInAs.demo(users, "moderator");
        PendingRegistration pending = waitingFor("reasons@example.org");

        assertThatThrownBy(() -> approvals.decline(pending.personId(), pending.version(),
                "x".repeat(RegistrationApprovals.REASON_MAX + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(waitingEmails()).contains("reasons@example.org");

        approvals.decline(pending.personId(), pending.version(), "   ");

        SignedInAs.demo(users, "admin");
        assertThat(audit.history("person", pending.personId(), 0, 1).getFirst().details()).endsWith("No reason given.");
    }

    @Test
    void a_duplicate_address_looks_the_same_to_the_visitor_creates_nothing_and_is_logged(CapturedOutput log) {
        register("twice", null);

        assertThatCode(() -> registrations.register(new Registration("Someone else", "Someone Else",
                " TWICE@example.org", "a different passphrase", null, true))).doesNotThrowAnyException();
        assertThatCode(() -> registrations.register(new Registration("Not the GP", "Not The GP",
                "gp@demo.joinedup.example", "a different passphrase", null, true))).doesNotThrowAnyException();

        assertThat(jdbc.queryForObject("select count(*) from person where email = 'twice@example.org'", Long.class))
                .isEqualTo(1);
        SignedInAs.demo(users, "moderator");
        assertThat(waitingFor("twice@example.org").displayName()).isEqualTo("twice");
        assertThat(waitingEmails()).doesNotContain("gp@demo.joinedup.example");
        SignedInAs.nobody();
        assertThat(signIn("gp@demo.joinedup.example", demo.password()).isAuthenticated()).isTrue();
        assertThat(log.getOut()).contains("gave the e-mail address of existing person")
                .doesNotContain("a different passphrase");
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_created() {
        assertThat(violations(new Registration(" ", "Real Name", "ok@example.org", PASSWORD, null, true)))
                .containsExactly("displayName: Enter the name other people will see");
        assertThat(violations(new Registration("x".repeat(PeopleLimits.DISPLAY_NAME_MAX + 1),
                "y".repeat(PeopleLimits.DISPLAY_NAME_MAX + 1), "ok@example.org", PASSWORD, null, true)))
                .containsExactlyInAnyOrder("displayName: Use at most 100 characters",
                        "realName: Use at most 100 characters");
        assertThat(violations(new Registration("Name", "Real Name", "not an address", PASSWORD, null, true)))
                .containsExactly("email: Enter an e-mail address in the form name@example.com");
        assertThat(violations(new Registration("Name", "Real Name",
                "a".repeat(PeopleLimits.EMAIL_MAX) + "@example.org", PASSWORD, null, true)))
                .containsExactly("email: Use at most 254 characters");
        assertThat(violations(new Registration("Name", "Real Name", "ok@example.org", PASSWORD, null, false)))
                .containsExactly("guidelinesAccepted: Please agree to the community guidelines to join");
        assertThatThrownBy(() -> registrations.register(
                new Registration("Name", "Real Name", "ok@example.org", "too short", null, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        long gpPractice = jdbc.queryForObject("select id from organisation where kind = 'GP_PRACTICE'", Long.class);
        assertThatThrownBy(() -> registrations.register(
                new Registration("Name", "Real Name", "ok@example.org", PASSWORD, gpPractice, true)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("patientGroup"));

        assertThat(jdbc.queryForObject("select count(*) from person where email = 'ok@example.org'", Long.class))
                .isZero();
    }

    @Test
    void an_apostrophe_in_an_address_is_accepted() {
        register("o'brien", null);

        SignedInAs.demo(users, "moderator");
        assertThat(waitingEmails()).contains("o'brien@example.org");
    }

    @Test
    void the_queue_lists_the_oldest_registration_first_a_page_at_a_time() {
        register("first-in-line", null);
        register("second-in-line", null);

        SignedInAs.demo(users, "moderator");
        List<String> emails = waitingEmails();
        assertThat(emails.indexOf("first-in-line@example.org")).isLessThan(emails.indexOf("second-in-line@example.org"));
        assertThat(approvals.waiting(0, 1)).hasSize(1);
        assertThat(approvals.waitingCount()).isEqualTo(emails.size());
    }

    @Test
    void a_decision_on_a_registration_someone_else_has_decided_is_refused_plainly() {
        register("stale", null);
        SignedInAs.demo(users, "moderator");
        PendingRegistration seenByBoth = waitingFor("stale@example.org");

        approvals.approve(seenByBoth.personId(), seenByBoth.version());

        SignedInAs.demo(users, "admin");
        assertThatThrownBy(() -> approvals.decline(seenByBoth.personId(), seenByBoth.version(), "spam"))
                .isInstanceOf(RegistrationAlreadyDecidedException.class)
                .hasMessageStartingWith("Someone else has just dealt with this registration");
        assertThatThrownBy(() -> approvals.approve(seenByBoth.personId(), seenByBoth.version()))
                .isInstanceOf(RegistrationAlreadyDecidedException.class);
        assertThat(users.loadUserByUsername("stale@example.org")).extracting(u -> ((PortalUser) u).status())
                .isEqualTo(AccountStatus.ACTIVE);
        assertThat(audit.history("person", seenByBoth.personId(), 0, 10)).extracting(AuditRecord::action)
                .containsExactly("registration.approved", "registration.submitted");
    }

    @Test
    void two_decisions_at_the_same_moment_one_applies_and_the_other_is_refused() throws Exception {
        register("race", null);
        SignedInAs.demo(users, "moderator");
        PendingRegistration seen = waitingFor("race@example.org");
        Authentication moderator = SecurityContextHolder.getContext().getAuthentication();
        CountDownLatch approvedNotCommitted = new CountDownLatch(1);
        boolean[] declineWaited = new boolean[1];

        try (var threads = Executors.newFixedThreadPool(2)) {
            Future<?> approving = threads.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(moderator);
                transactions.executeWithoutResult(status -> {
                    approvals.approve(seen.personId(), seen.version());
                    approvedNotCommitted.countDown();
                    declineWaited[0] = declineIsWaitingForTheApproval();
                });
            });
            assertThat(approvedNotCommitted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> declining = threads.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(moderator);
                approvals.decline(seen.personId(), seen.version(), "spam");
            });

            approving.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> declining.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(RegistrationAlreadyDecidedException.class);
        }
        assertThat(declineWaited[0]).as("the decline reached the database while the approval was open").isTrue();
        assertThat(users.loadUserByUsername("race@example.org")).extracting(u -> ((PortalUser) u).status())
                .isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void a_moderator_neither_sees_nor_decides_a_staff_account_waiting_for_approval_but_an_administrator_does() {
        long id = transactions.execute(status -> {
            Person staff = new Person("newgp@example.org", "Dr New", null, null, java.util.Set.of(Role.CLINICIAN),
                    CareSetting.PRIMARY, null, Instant.now(), AccountStatus.PENDING_APPROVAL);
            staff.confirmEmail(Instant.now()); // as an identity provider's first sign-in does
            return people.save(staff).id();
        });

        SignedInAs.demo(users, "moderator");
        assertThat(waitingEmails()).doesNotContain("newgp@example.org");
        assertThatThrownBy(() -> approvals.approve(id, 0)).isInstanceOf(AccessDeniedException.class);

        SignedInAs.demo(users, "admin");
        assertThat(waitingFor("newgp@example.org").roles()).containsExactly(Role.CLINICIAN);
        approvals.approve(id, 0);
    }

    @Test
    void only_moderators_and_administrators_see_or_decide_registrations() {
        register("refusals", null);
        SignedInAs.demo(users, "moderator");
        PendingRegistration pending = waitingFor("refusals@example.org");

        for (String person : List.of("gp", "patient", "qilead")) {
            SignedInAs.demo(users, person);
            assertThatThrownBy(() -> approvals.waiting(0, 10)).as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> approvals.waitingCount()).as(person).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> approvals.approve(pending.personId(), pending.version())).as(person)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> approvals.decline(pending.personId(), pending.version(), null)).as(person)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignedInAs.nobody();
        assertThatThrownBy(() -> approvals.approve(pending.personId(), pending.version()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        SignedInAs.demo(users, "moderator");
        assertThat(waitingFor("refusals@example.org").version()).isEqualTo(pending.version());
    }

    /** Registers and confirms the address, as the person would with the e-mailed link (EmailConfirmationTest). */
    private void register(String localPart, Long patientGroupId) {
        registrations.register(new Registration(localPart, "Real " + localPart, localPart + "@example.org", PASSWORD,
                patientGroupId, true));
        jdbc.update("update person set email_confirmed_at = utc_timestamp(6) where email = ?", localPart + "@example.org");
    }

    private PendingRegistration waitingFor(String email) {
        return approvals.waiting(0, 100).stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
    }

    private List<String> waitingEmails() {
        return approvals.waiting(0, 100).stream().map(PendingRegistration::email).toList();
    }

    private Authentication signIn(String email, String password) {
        return passwordSignIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private List<String> violations(Registration registration) {
        try {
            registrations.register(registration);
        } catch (InvalidInputException e) {
            return e.messages().entrySet().stream().map(message -> message.getKey() + ": " + message.getValue())
                    .toList();
        }
        throw new AssertionError("expected a refusal for " + registration);
    }

    /** Polls the server until the decline's delete is under way, held by the approval's row lock; ten seconds at most. */
    private boolean declineIsWaitingForTheApproval() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Long waiting = jdbc.queryForObject("select count(*) from information_schema.processlist "
                    + "where id <> connection_id() and command = 'Query' and info like 'delete from person %'", Long.class);
            if (waiting != null && waiting > 0) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
