package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Changes people, so it gets a database of its own; each test works on different demo people. */
@JoinedUpTest
@DirtiesContext
@RecordApplicationEvents
class PersonAdministrationTest {

    @Autowired
    PersonAdministration administration;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    PersonRepository people;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signIn() {
        SignedInAs.demo(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void roles_setting_and_organisation_change_together_and_each_change_is_audited_newest_first() {
        long gp = id("gp");
        PersonAccount before = administration.account(gp).orElseThrow();
        long northgate = organisation("Northgate Hospitals NHS Foundation Trust");

        PersonAccount after = administration.changeAccess(gp,
                new AccountChange(before.version(), Set.of(Role.CLINICIAN, Role.QI_LEAD), CareSetting.SECONDARY, northgate));

        assertThat(after.roles()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.QI_LEAD);
        assertThat(after.careSetting()).isEqualTo(CareSetting.SECONDARY);
        assertThat(after.organisationName()).isEqualTo("Northgate Hospitals NHS Foundation Trust");
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(administration.account(gp).orElseThrow()).isEqualTo(after);
        List<AuditRecord> history = audit.history(PersonAdministration.AUDIT_SUBJECT, gp, 0, 10);
        assertThat(history).extracting(AuditRecord::details).containsExactly(
                "Organisation changed from \u201cRiverside Medical Practice\u201d to "
                        + "\u201cNorthgate Hospitals NHS Foundation Trust\u201d",
                "Care setting changed from Primary care to Secondary care",
                "Roles changed from Clinician to Clinician, QI lead");
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.actorName()).isEqualTo("Alex Morgan");
            assertThat(entry.actorId()).isEqualTo(id("admin"));
        });
        assertThat(events.stream(SessionsEnded.class)).as("adding a role keeps the person signed in").isEmpty();
    }

    @Test
    void taking_a_role_away_ends_the_persons_sessions() {
        long qiLead = id("qilead");
        PersonAccount before = administration.account(qiLead).orElseThrow();

        administration.changeAccess(qiLead,
                new AccountChange(before.version(), Set.of(Role.CLINICIAN), before.careSetting(), before.organisationId()));

        assertThat(events.stream(SessionsEnded.class)).containsExactly(new SessionsEnded(qiLead));
        assertThat(audit.history(PersonAdministration.AUDIT_SUBJECT, qiLead, 0, 10)).extracting(AuditRecord::details)
                .containsExactly("Roles changed from Clinician, QI lead to Clinician");
    }

    @Test
    void moving_a_person_to_another_organisation_is_found_by_the_new_one_in_the_index_and_the_database() {
        long pharmacist = id("pharmacist");
        long board = organisation("Eastshire ICB, East Place");
        long network = organisation("East Place Primary Care Network");
        PersonAccount before = administration.account(pharmacist).orElseThrow();

        administration.changeAccess(pharmacist,
                new AccountChange(before.version(), before.roles(), before.careSetting(), board));

        assertThat(names(new PeopleFilter("daniel", board, null, null, null))).containsExactly("Daniel Hughes");
        assertThat(names(new PeopleFilter("daniel", network, null, null, null))).isEmpty();
        assertThat(names(new PeopleFilter("", board, null, null, null)))
                .containsExactly("Alex Morgan", "Daniel Hughes", "Lucy Evans");
        assertThat(directory.count(new PeopleFilter("", network, null, null, null))).isZero();
    }

    @Test
    void a_clinician_needs_a_care_setting_and_everyone_needs_a_role_and_nothing_is_half_saved() {
        long nurse = id("mentalhealth");
        PersonAccount before = administration.account(nurse).orElseThrow();
        long otherOrganisation = organisation("Eastshire County Council");

        assertThatThrownBy(() -> administration.changeAccess(nurse,
                new AccountChange(before.version(), Set.of(Role.CLINICIAN), null, otherOrganisation)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("careSetting");
                    assertThat(e.getMessage()).isEqualTo("Choose the care setting this clinician works in");
                });
        assertThatThrownBy(() -> administration.changeAccess(nurse,
                new AccountChange(before.version(), Set.of(), CareSetting.MENTAL_HEALTH, otherOrganisation)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("roles"));
        assertThatThrownBy(() -> administration.changeAccess(nurse,
                new AccountChange(before.version(), Set.of(Role.CLINICIAN), CareSetting.MENTAL_HEALTH, 999_999L)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("organisation"));

        assertThat(administration.account(nurse).orElseThrow()).isEqualTo(before);
        assertThat(audit.historySize(PersonAdministration.AUDIT_SUBJECT, nurse)).isZero();
    }

    @Test
    void an_administrator_can_neither_give_up_their_own_administrator_role_nor_deactivate_themselves() {
        long admin = id("admin");
        PersonAccount before = administration.account(admin).orElseThrow();
        long entriesBefore = audit.historySize(PersonAdministration.AUDIT_SUBJECT, admin);

        assertThatThrownBy(() -> administration.changeAccess(admin,
                new AccountChange(before.version(), Set.of(Role.MODERATOR), null, before.organisationId())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("roles");
                    assertThat(e.getMessage()).startsWith("You cannot remove your own Administrator role");
                });
        assertThatThrownBy(() -> administration.deactivate(admin, before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("status");
                    assertThat(e.getMessage()).startsWith("You cannot deactivate your own account");
                });

        PersonAccount after = administration.account(admin).orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(after.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(audit.historySize(PersonAdministration.AUDIT_SUBJECT, admin)).isEqualTo(entriesBefore);
    }

    @Test
    void an_administrator_may_add_roles_to_themselves_and_stays_signed_in() {
        long admin = id("admin");
        PersonAccount before = administration.account(admin).orElseThrow();

        PersonAccount after = administration.changeAccess(admin,
                new AccountChange(before.version(), Set.of(Role.ADMIN, Role.MODERATOR), null, before.organisationId()));

        assertThat(after.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MODERATOR);
        assertThat(events.stream(SessionsEnded.class)).isEmpty();
    }

    @Test
    void deactivation_ends_sessions_and_stops_sign_in_until_reactivated_and_both_are_audited() {
        long nurse = id("nurse");
        PersonAccount active = administration.account(nurse).orElseThrow();

        PersonAccount deactivated = administration.deactivate(nurse, active.version());

        assertThat(deactivated.status()).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(((PortalUser) users.loadUserByUsername("nurse@demo.joinedup.example")).status())
                .isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(events.stream(SessionsEnded.class)).containsExactly(new SessionsEnded(nurse));
        assertThat(names(new PeopleFilter("", null, null, null, AccountStatus.DEACTIVATED))).containsExactly("Jo Williams");
        assertThat(names(new PeopleFilter("jo", null, null, null, AccountStatus.DEACTIVATED))).containsExactly("Jo Williams");
        assertThat(directory.count(new PeopleFilter("jo", null, null, null, AccountStatus.ACTIVE))).isZero();
        assertThatThrownBy(() -> administration.deactivate(nurse, deactivated.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Only an active account can be deactivated."));

        PersonAccount reactivated = administration.reactivate(nurse, deactivated.version());

        assertThat(reactivated.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(audit.history(PersonAdministration.AUDIT_SUBJECT, nurse, 0, 10)).extracting(AuditRecord::action)
                .containsExactly("person.reactivated", "person.deactivated");
        assertThatThrownBy(() -> administration.reactivate(nurse, reactivated.version()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_change_made_on_an_out_of_date_page_is_refused_and_the_earlier_change_is_kept() {
        long socialWorker = id("socialcare");
        PersonAccount seenByBoth = administration.account(socialWorker).orElseThrow();
        administration.changeAccess(socialWorker, new AccountChange(seenByBoth.version(),
                Set.of(Role.CLINICIAN, Role.ROUND_FACILITATOR), CareSetting.SOCIAL_CARE, seenByBoth.organisationId()));

        assertThatThrownBy(() -> administration.changeAccess(socialWorker, new AccountChange(seenByBoth.version(),
                Set.of(Role.CLINICIAN, Role.QI_LEAD), CareSetting.SOCIAL_CARE, seenByBoth.organisationId())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> administration.deactivate(socialWorker, seenByBoth.version()))
                .isInstanceOf(ConcurrentChangeException.class);

        PersonAccount now = administration.account(socialWorker).orElseThrow();
        assertThat(now.roles()).containsExactlyInAnyOrder(Role.CLINICIAN, Role.ROUND_FACILITATOR);
        assertThat(now.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(audit.historySize(PersonAdministration.AUDIT_SUBJECT, socialWorker)).isEqualTo(1);
    }

    @Test
    void a_closed_account_cannot_be_changed() {
        long patient = id("patient");
        closeAccountOf(patient);
        PersonAccount closed = administration.account(patient).orElseThrow();

        assertThatThrownBy(() -> administration.changeAccess(patient,
                new AccountChange(closed.version(), Set.of(Role.PATIENT_PARTNER, Role.MODERATOR), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThatThrownBy(() -> administration.reactivate(patient, closed.version()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void people_who_are_not_administrators_are_refused() {
        long gp = id("lnc");
        SignedInAs.demo(users, "moderator");

        assertThatThrownBy(() -> administration.account(gp)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changeAccess(gp,
                new AccountChange(0, Set.of(Role.ADMIN), null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.deactivate(gp, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.reactivate(gp, 0)).isInstanceOf(AccessDeniedException.class);

        SignedInAs.demo(users, "admin");
        assertThat(administration.account(gp).orElseThrow().roles()).containsExactly(Role.CLINICIAN);
    }

    @Test
    void the_last_active_administrator_can_be_neither_deactivated_nor_demoted() {
        long admin = id("admin");
        // A session that still carries an Administrator role its holder has since lost, as after a race.
        var gp = users.loadUserByUsername("gp@demo.joinedup.example");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gp,
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        PersonAccount account = administration.account(admin).orElseThrow();

        assertThatThrownBy(() -> administration.deactivate(admin, account.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.getMessage()).contains("only active administrator"));
        assertThatThrownBy(() -> administration.changeAccess(admin, new AccountChange(account.version(),
                Set.of(Role.MODERATOR), null, account.organisationId())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(administration.account(admin).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void an_administrator_adds_a_staff_account_that_can_sign_in_and_is_audited() {
        long organisation = organisation("Riverside Medical Practice");

        PersonAccount created = administration.createAccount(new NewAccount(" Dr Nia Evans ", "Nia.Evans@Example.NHS.uk",
                "Salaried GP", Set.of(Role.CLINICIAN), CareSetting.PRIMARY, organisation, "quiet river stones"));

        assertThat(created.displayName()).isEqualTo("Dr Nia Evans");
        assertThat(created.email()).isEqualTo("nia.evans@example.nhs.uk");
        assertThat(created.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(users.loadUserByUsername("nia.evans@example.nhs.uk").getAuthorities())
                .extracting(Object::toString).contains("ROLE_CLINICIAN");
        assertThat(audit.history("person", created.id(), 0, 5)).extracting(AuditRecord::action)
                .containsExactly("account.created");
    }

    @Test
    void adding_an_account_refuses_a_taken_address_a_weak_password_and_a_clinician_without_a_setting() {
        long before = people.count();

        assertThatThrownBy(() -> administration.createAccount(new NewAccount("Someone", "gp@demo.joinedup.example",
                null, Set.of(Role.MODERATOR), null, null, "quiet river stones")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> administration.createAccount(new NewAccount("Someone", "someone@example.org",
                null, Set.of(Role.MODERATOR), null, null, "password1234")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("firstPassword"));
        assertThatThrownBy(() -> administration.createAccount(new NewAccount("Someone", "someone@example.org",
                null, Set.of(Role.CLINICIAN), null, null, "quiet river stones")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("careSetting"));
        assertThatThrownBy(() -> administration.createAccount(new NewAccount("", "not an address",
                null, Set.of(Role.MODERATOR), null, null, "quiet river stones")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.messages()).containsKeys("displayName", "email"));

        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void only_administrators_add_accounts() {
        SignedInAs.demo(users, "moderator");

        assertThatThrownBy(() -> administration.createAccount(new NewAccount("Someone", "someone@example.org",
                null, Set.of(Role.MODERATOR), null, null, "quiet river stones")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void closeAccountOf(long personId) {
        Person person = people.findById(personId).orElseThrow();
        person.erase("closed-" + personId + "@closed.invalid");
        people.save(person);
    }

    private List<String> names(PeopleFilter filter) {
        return directory.find(filter, 0, 20).stream().map(PersonDetails::displayName).toList();
    }

    private long id(String demoLocalPart) {
        return people.findByEmail(demoLocalPart + "@demo.joinedup.example").orElseThrow().id();
    }

    private long organisation(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }
}
