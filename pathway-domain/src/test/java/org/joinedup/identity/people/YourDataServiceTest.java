package org.joinedup.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.platform.yourdata.ErasureRefusedException;
import org.joinedup.testing.JoinedUpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Closes accounts and writes audit entries, so it gets a database of its own. */
@JoinedUpTest
@DirtiesContext
class YourDataServiceTest {

    private static final String DOMAIN = "@demo.joinedup.example";

    @Autowired
    YourDataService yourData;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    AuditTrail audit;
    @Autowired
    PortalUserDetailsService users;
    @Autowired
    PersonRepository people;
    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DemoPeople demo;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        SignedInAs.nobody();
    }

    @Test
    void the_download_holds_the_persons_profile_roles_organisation_and_change_history() {
        long qiLead = idOf("qilead");
        SignedInAs.demo(users, "admin");
        record("role.granted", qiLead, "Granted QI lead");
        SignedInAs.demo(users, "qilead");
        record("profile.updated", qiLead, "Changed profession");

        DataExport export = yourData.exportMyData();
        JsonNode file = json.readTree(export.content());

        assertThat(file.path("portal").asString()).isEqualTo("JoinedUp");
        Instant generatedAt = Instant.parse(file.path("generatedAt").asString());
        assertThat(export.fileName())
                .isEqualTo("joinedup-my-data-" + LocalDate.ofInstant(generatedAt, PortalTime.ZONE) + ".json");
        JsonNode account = section(file, "account");
        assertThat(account.path("email").asString()).isEqualTo("qilead" + DOMAIN);
        assertThat(account.path("displayName").asString()).isEqualTo("Helen Brooks");
        assertThat(account.path("organisation").path("name").asString())
                .isEqualTo("Northgate Hospitals NHS Foundation Trust");
        assertThat(account.path("organisation").path("kind").asString()).isEqualTo("Acute trust");
        assertThat(account.path("careSetting").asString()).isEqualTo("Secondary care");
        assertThat(account.path("roles").valueStream().map(JsonNode::asString)).containsExactly("Clinician", "QI lead");
        assertThat(account.path("accountStatus").asString()).isEqualTo("Active");
        assertThat(account.has("joinedAt")).isTrue();
        List<JsonNode> history = section(file, "changeHistory").path("entries").valueStream().toList();
        assertThat(history).extracting(entry -> entry.path("details").asString())
                .containsExactly("Granted QI lead", "Changed profession");
        assertThat(history).extracting(entry -> entry.path("by").asString()).containsExactly("Alex Morgan", "you");
        assertThat(history).extracting(entry -> entry.path("about").asString()).containsOnly("your account");
    }

    @Test
    void the_download_holds_nothing_secret_and_nothing_about_anyone_else() {
        SignedInAs.demo(users, "admin");
        record("role.granted", idOf("nurse"), "Granted clinician to the community nurse");
        String passwordHash = users.loadUserByUsername("gp" + DOMAIN).getPassword();
        SignedInAs.demo(users, "gp");

        byte[] content = yourData.exportMyData().content();
        String file = new String(content, StandardCharsets.UTF_8);

        assertThat(file).contains("gp" + DOMAIN, "Dr Priya Shah")
                .doesNotContain(passwordHash, "{bcrypt}", demo.password())
                .doesNotContain("community nurse");
        assertThat(fieldNames(json.readTree(content))).isNotEmpty()
                .noneMatch(name -> name.matches("(?i).*(password|hash|secret|recovery|totp).*"));
        demo.accounts().stream().filter(account -> !account.email().equals("gp" + DOMAIN)).forEach(other ->
                assertThat(file).doesNotContain(other.email(), other.displayName()));
    }

    @Test
    void closing_erases_the_account_and_the_person_can_no_longer_sign_in_or_be_found() {
        long id = idOf("patient");
        SignedInAs.demo(users, "patient");

        yourData.closeMyAccount(demo.password());

        Person closed = people.findById(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(closed.displayName()).isEqualTo("Former member");
        assertThat(closed.email()).isEqualTo("closed-" + id + "@closed.invalid");
        assertThat(closed.realName()).isNull();
        assertThat(closed.passwordHash()).isNull();
        assertThat(closed.lastSignInAt()).isNull();
        assertThatThrownBy(() -> yourData.exportMyData()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("patient" + DOMAIN, demo.password())))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> users.loadUserByUsername(closed.email()))
                .isInstanceOf(UsernameNotFoundException.class);

        SignedInAs.demo(users, "admin");
        assertThat(directory.find(PeopleFilter.byText("Margaret"), 0, 10)).isEmpty();
        assertThat(directory.find(PeopleFilter.byText("Hill"), 0, 10)).isEmpty();
        assertThat(directory.find(PeopleFilter.byText("patient" + DOMAIN), 0, 10)).isEmpty();
        AuditRecord entry = audit.history("person", id, 0, 1).getFirst();
        assertThat(entry.action()).isEqualTo("account.closed");
        assertThat(entry.actorId()).isEqualTo(id);
        assertThat(entry.actorName()).isEqualTo("Former member");
        assertThat(entry.details()).doesNotContain("Margaret", "Hill");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_wrong_or_missing_password_closes_nothing() {
        SignedInAs.demo(users, "pharmacist");

        assertThatThrownBy(() -> yourData.closeMyAccount("not my password"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> yourData.closeMyAccount(null)).isInstanceOf(InvalidInputException.class);

        Person person = people.findByEmail("pharmacist" + DOMAIN).orElseThrow();
        assertThat(person.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(person.displayName()).isEqualTo("Daniel Hughes");
    }

    @Test
    void the_last_active_administrator_cannot_close_their_account_but_one_of_two_can() {
        long adminId = idOf("admin");
        SignedInAs.demo(users, "admin");

        assertThatThrownBy(() -> yourData.closeMyAccount(demo.password()))
                .isInstanceOf(ErasureRefusedException.class)
                .hasMessageStartingWith("You are the only active administrator");
        assertThat(people.findById(adminId).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(audit.history("person", adminId, 0, 10)).extracting(AuditRecord::action)
                .doesNotContain("account.closed");

        transactions.executeWithoutResult(status -> people.findByEmail("moderator" + DOMAIN).orElseThrow()
                .changeRoles(Set.of(Role.MODERATOR, Role.ADMIN), null));
        long secondAdminId = idOf("moderator");
        SignedInAs.demo(users, "moderator");
        yourData.closeMyAccount(demo.password());

        assertThat(people.findById(secondAdminId).orElseThrow().status()).isEqualTo(AccountStatus.CLOSED);
        SignedInAs.demo(users, "admin");
        assertThatThrownBy(() -> yourData.closeMyAccount(demo.password()))
                .isInstanceOf(ErasureRefusedException.class);
    }

    @Test
    void nobody_downloads_or_closes_without_signing_in() {
        assertThatThrownBy(() -> yourData.exportMyData())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> yourData.closeMyAccount(demo.password()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void staff_see_that_two_step_sign_in_is_set_up_and_closing_removes_its_secret_and_codes() {
        long nurse = idOf("nurse");
        SignedInAs.demo(users, "nurse");

        JsonNode twoStep = section(json.readTree(yourData.exportMyData().content()), "twoStepSignIn");
        yourData.closeMyAccount(demo.password());

        assertThat(twoStep.get("setUp").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from second_factor where person_id = ?", Integer.class, nurse))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where person_id = ?", Integer.class, nurse))
                .isZero();
    }

    private long idOf(String localPart) {
        return people.findByEmail(localPart + DOMAIN).orElseThrow().id();
    }

    private void record(String action, long personId, String details) {
        transactions.executeWithoutResult(status -> audit.record(action, "person", personId, details));
    }

    private static List<String> fieldNames(JsonNode node) {
        return Stream.concat(
                node.propertyStream().flatMap(field -> Stream.concat(Stream.of(field.getKey()),
                        fieldNames(field.getValue()).stream())),
                node.isArray() ? node.valueStream().flatMap(item -> fieldNames(item).stream()) : Stream.empty())
                .toList();
    }

    private static JsonNode section(JsonNode file, String name) {
        return file.path("sections").valueStream()
                .filter(section -> section.path("name").asString().equals(name))
                .findFirst().orElseThrow().path("data");
    }
}
