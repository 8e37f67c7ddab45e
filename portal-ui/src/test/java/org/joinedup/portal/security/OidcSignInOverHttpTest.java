package org.joinedup.portal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import kotlin.jvm.functions.Function0;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.twofactor.DemoSecondFactors;
import org.joinedup.testing.DemoSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a real OpenID provider, as a browser does it: the portal and Spring
 * Authorization Server each on a random port, one HTTP client with cookies following the
 * redirects between them through the provider's own sign-in form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class OidcSignInOverHttpTest {

    private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static TestOpenIdProvider provider;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Autowired
    DemoPeople demo;
    @Autowired
    DemoSecondFactors demoKey;

    /** One browser, which follows redirects; the same browser, with the same cookies, stopping at each. */
    private HttpClient browser;
    private HttpClient stepByStep;

    /**
     * The test provider, registered three times with different rules: "test" for staff and
     * patient partners, "nhs" for patient partners only, and "trusted", whose own multi-factor
     * sign-in is trusted. One identity there is the same identity through each.
     */
    @DynamicPropertySource
    static void portalTrustsTheTestProvider(DynamicPropertyRegistry properties) {
        provider = TestOpenIdProvider.start();
        register(properties, "test", "Test provider");
        String rules = "joinedup.oidc.test.";
        properties.add(rules + "allowed-roles", () -> "PATIENT_PARTNER,CLINICIAN,QI_LEAD");
        properties.add(rules + "roles-claim", () -> "groups");
        properties.add(rules + "role-mapping.clinicians", () -> "CLINICIAN");
        properties.add(rules + "role-mapping[QI Leads]", () -> "QI_LEAD");
        properties.add(rules + "default-role", () -> "PATIENT_PARTNER");
        properties.add(rules + "organisation-claim", () -> "ods");
        properties.add(rules + "organisation-mapping[A81001]", () -> "Riverside Medical Practice");
        properties.add(rules + "setting-claim", () -> "setting");
        register(properties, "nhs", "NHS login (test)");
        properties.add("joinedup.oidc.nhs.allowed-roles", () -> "PATIENT_PARTNER");
        properties.add("joinedup.oidc.nhs.default-role", () -> "PATIENT_PARTNER");
        register(properties, "trusted", "Trusted staff provider");
        properties.add("joinedup.oidc.trusted.allowed-roles", () -> "CLINICIAN,QI_LEAD");
        properties.add("joinedup.oidc.trusted.trusted-mfa", () -> "true");
    }

    private static void register(DynamicPropertyRegistry properties, String id, String name) {
        String registration = "spring.security.oauth2.client.registration." + id + ".";
        properties.add(registration + "client-id", () -> TestOpenIdProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> name);
        properties.add(registration + "scope", () -> "openid");
        properties.add("spring.security.oauth2.client.provider." + id + ".issuer-uri", provider::issuer);
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void newBrowser() {
        CookieManager cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        stepByStep = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void a_provider_sign_in_with_the_address_of_an_existing_account_is_refused_and_signs_nobody_in() throws Exception {
        provider.user("not-priya", Map.of("email", "gp@demo.joinedup.example", "email_verified", true,
                "name", "Priya Shah"));
        provider.user("not-margaret", Map.of("email", "patient@demo.joinedup.example", "email_verified", true));

        HttpResponse<String> refused = signInThroughProvider("test", "not-priya");

        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("error=exists&provider=test");
        assertThat(get("/").uri().getPath()).as("not signed in").isEqualTo("/login");
        newBrowser();
        assertThat(signInThroughProvider("nhs", "not-margaret").uri().getQuery())
                .as("a patient partner's account is not taken over either").isEqualTo("error=exists&provider=nhs");
        assertThat(get("/").uri().getPath()).isEqualTo("/login");
        assertThat(jdbc.queryForObject("select count(*) from external_identity where person_id in (?, ?)", Long.class,
                personId("gp@demo.joinedup.example"), personId("patient@demo.joinedup.example"))).isZero();
    }

    @Test
    void connecting_a_provider_needs_the_signed_in_session_and_a_confirmation_with_the_password() throws Exception {
        provider.user("margaret-at-nhs", Map.of("email", "margaret.hill@nhs-login.example", "email_verified", true));
        long patient = personId("patient@demo.joinedup.example");

        assertThat(post("/connect-provider/start", "provider=nhs").uri().getPath())
                .as("nobody is signed in: sent to sign in, nothing started").isEqualTo("/login");

        newBrowser();
        signInWithPassword("patient");
        HttpResponse<String> providerForm = post("/connect-provider/start", "provider=nhs");
        assertThat(providerForm.uri().toString()).startsWith(provider.issuer() + "/login");
        HttpResponse<String> confirmation = signInAtProvider(providerForm, "margaret-at-nhs");
        assertThat(confirmation.uri().getPath()).isEqualTo("/connect-provider");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(connections(patient)).as("nothing connected before the confirmation").isZero();
        assertThat(get("/").uri().getPath()).as("still signed in as before").isEqualTo("/");

        assertThat(post("/connect-provider", "decision=connect&password=not-my-password").uri().getPath())
                .isEqualTo("/connect-provider");
        assertThat(connections(patient)).isZero();
        assertThat(post("/connect-provider", "decision=connect&password=" + demo.password()).uri().getPath())
                .isEqualTo("/profile");
        assertThat(connections(patient)).isEqualTo(1);
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = ? and action like 'identity.%'",
                String.class, patient)).containsExactly("identity.linked");

        newBrowser();
        HttpResponse<String> landed = signInThroughProvider("nhs", "margaret-at-nhs");
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.statusCode()).isEqualTo(200);
    }

    @Test
    void a_signed_in_person_who_only_signs_in_at_the_provider_connects_nothing() throws Exception {
        provider.user("the-pharmacist", Map.of("email", "pharmacist@demo.joinedup.example", "email_verified", true));
        signInFully("pharmacist");

        // No "Connect" chosen on the profile: this is an ordinary sign-in, refused for an existing address.
        signInThroughProvider("test", "the-pharmacist");
        assertThat(post("/connect-provider", "decision=connect&password=" + demo.password()).uri().getPath())
                .as("no confirmation is waiting").isEqualTo("/connect-provider");

        assertThat(connections(personId("pharmacist@demo.joinedup.example"))).isZero();
    }

    @Test
    void staff_connect_only_once_their_code_is_given_and_still_give_it_after_the_provider() throws Exception {
        provider.user("dr-okafor", Map.of("email", "t.okafor@trust.example", "email_verified", true));
        long consultant = personId("consultant@demo.joinedup.example");
        HttpResponse<String> password = FormPosts.signIn(stepByStep, uri("/"), "consultant" + DemoSignIn.DOMAIN, demo.password());
        assertThat(SecondStep.location(password)).endsWith("/two-factor");

        assertThat(SecondStep.location(post(stepByStep, "/connect-provider/start", "provider=test")))
                .as("half-way through sign-in, nothing can be connected").contains("/two-factor");
        SecondStep.completeIfAsked(stepByStep, uri("/"), password, demoKey.authenticatorKey(), Instant.now());
        HttpResponse<String> confirmation = signInAtProvider(post("/connect-provider/start", "provider=test"),
                "dr-okafor");
        assertThat(confirmation.uri().getPath()).isEqualTo("/connect-provider");
        assertThat(post("/connect-provider", "decision=connect&password=" + demo.password()).uri().getPath())
                .isEqualTo("/profile");
        assertThat(connections(consultant)).isEqualTo(1);

        newBrowser();
        HttpResponse<String> afterProvider = signInThroughProvider("test", "dr-okafor");
        assertThat(afterProvider.uri().getPath()).as("the authenticator code is still asked").isEqualTo("/two-factor");
        assertThat(get("/").uri().getPath()).as("not signed in without it").isEqualTo("/two-factor");
        HttpResponse<String> code = SecondStep.postCurrentCode(stepByStep, uri("/"), demoKey.authenticatorKey(),
                Instant.now());
        assertThat(SecondStep.location(code)).doesNotContain("two-factor").doesNotContain("login");
        assertThat(get("/").uri().getPath()).isEqualTo("/");
    }

    @Test
    void a_trusted_provider_that_says_it_checked_several_factors_spares_staff_the_code_here() throws Exception {
        connect("nurse@demo.joinedup.example", "jo-at-the-trust");
        provider.user("jo-at-the-trust", Map.of("email", "jo.williams@trust.example", "email_verified", true,
                "amr", List.of("pwd", "mfa")));

        assertThat(signInThroughProvider("trusted", "jo-at-the-trust").uri().getPath()).isEqualTo("/");
        assertThat(get("/").statusCode()).isEqualTo(200);

        provider.user("jo-at-the-trust", Map.of("email", "jo.williams@trust.example", "email_verified", true,
                "amr", List.of("pwd")));
        newBrowser();
        assertThat(signInThroughProvider("trusted", "jo-at-the-trust").uri().getPath())
                .as("one factor there: the code here").isEqualTo("/two-factor");
        newBrowser();
        provider.user("jo-at-the-trust", Map.of("email", "jo.williams@trust.example", "email_verified", true,
                "amr", List.of("pwd", "mfa")));
        assertThat(signInThroughProvider("test", "jo-at-the-trust").uri().getPath())
                .as("a provider that is not trusted for it: the code here").isEqualTo("/two-factor");
    }

    @Test
    void a_provider_for_patient_partners_refuses_a_clinician_and_creates_only_patient_partners() throws Exception {
        connect("mentalhealth@demo.joinedup.example", "sam-reid");
        provider.user("sam-reid", Map.of("email", "sam.reid@nhs-login.example", "email_verified", true));
        provider.user("new-patient", Map.of("email", "new.patient@nhs-login.example", "email_verified", true,
                "groups", List.of("Clinicians")));

        HttpResponse<String> refused = signInThroughProvider("nhs", "sam-reid");
        assertThat(refused.uri().getQuery()).isEqualTo("error=not-for-provider&provider=nhs");
        assertThat(get("/").uri().getPath()).isEqualTo("/login");

        newBrowser();
        assertThat(signInThroughProvider("nhs", "new-patient").uri().getQuery()).isEqualTo("error=requested");
        assertThat(jdbc.queryForList("select role from person_role where person_id = ?", String.class,
                personId("new.patient@nhs-login.example"))).containsExactly("PATIENT_PARTNER");
    }

    @Test
    void a_new_person_waits_for_approval_then_lands_with_the_mapped_role() throws Exception {
        provider.user("kemi", Map.of("email", "kemi.adeyemi@nhs.example", "email_verified", true,
                "given_name", "Kemi", "family_name", "Adeyemi", "groups", List.of("Clinicians", "QI Leads", "Readers"),
                "ods", "A81001", "setting", "primary"));

        assertThat(signInThroughProvider("kemi").uri().getQuery()).isEqualTo("error=requested");
        assertThat(get("/").uri().getPath()).as("not signed in").isEqualTo("/login");
        long kemi = personId("kemi.adeyemi@nhs.example");
        assertThat(jdbc.queryForMap("select p.display_name, p.status, p.care_setting, o.name organisation "
                + "from person p join organisation o on o.id = p.organisation_id where p.id = ?", kemi))
                .containsEntry("display_name", "Kemi Adeyemi")
                .containsEntry("status", "PENDING_APPROVAL")
                .containsEntry("care_setting", "PRIMARY")
                .containsEntry("organisation", "Riverside Medical Practice");
        assertThat(jdbc.queryForList("select role from person_role where person_id = ?", String.class, kemi))
                .containsExactlyInAnyOrder("CLINICIAN", "QI_LEAD");

        newBrowser();
        assertThat(signInThroughProvider("kemi").uri().getQuery())
                .as("told again, as a password sign-in would be").isEqualTo("error=pending");

        jdbc.update("update person set status = 'ACTIVE' where id = ?", kemi);
        newBrowser();
        HttpResponse<String> landed = signInThroughProvider("kemi");
        assertThat(landed.uri().getPath()).as("staff set up an authenticator, as after a password")
                .isEqualTo("/two-factor/setup");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from person where email = 'kemi.adeyemi@nhs.example'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void a_person_with_no_mapped_group_gets_the_default_role() throws Exception {
        provider.user("margaret", Map.of("email", "m.hill@patients.example", "email_verified", true,
                "name", "Margaret H"));

        assertThat(signInThroughProvider("margaret").uri().getQuery()).isEqualTo("error=requested");

        assertThat(jdbc.queryForList("select role from person_role where person_id = ?", String.class,
                personId("m.hill@patients.example"))).containsExactly("PATIENT_PARTNER");
    }

    @Test
    void an_unconfirmed_address_of_an_existing_account_is_refused_and_nothing_is_linked() throws Exception {
        provider.user("not-the-nurse", Map.of("email", "nurse@demo.joinedup.example", "email_verified", false));

        HttpResponse<String> refused = signInThroughProvider("not-the-nurse");

        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("error=unverified");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from external_identity where person_id = ?", Long.class,
                personId("nurse@demo.joinedup.example"))).isZero();
    }

    @Test
    void a_token_for_another_audience_is_refused_with_the_clear_page() throws Exception {
        provider.user("elsewhere", Map.of("email", "someone@elsewhere.example", "email_verified", true,
                "aud", List.of("another-application")));

        HttpResponse<String> refused = signInThroughProvider("elsewhere");

        assertThat(refused.uri().getQuery()).isEqualTo("error=provider");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(get("/").uri().getPath()).isEqualTo("/login");
        assertThat(jdbc.queryForObject("select count(*) from person where email = 'someone@elsewhere.example'",
                Long.class)).isZero();
    }

    @Test
    void a_token_without_an_email_or_a_subject_is_refused_with_the_clear_page() throws Exception {
        provider.user("no-email", Map.of("name", "No Address"));
        provider.user("no-subject", Map.of("email", "nosub@example.org", "email_verified", true,
                "sub", TestOpenIdProvider.ABSENT));

        assertThat(signInThroughProvider("no-email").uri().getQuery()).isEqualTo("error=provider");
        newBrowser();
        assertThat(signInThroughProvider("no-subject").uri().getQuery()).isEqualTo("error=provider");
        assertThat(jdbc.queryForObject("select count(*) from person where email = 'nosub@example.org'", Long.class))
                .isZero();
    }

    @Test
    void the_sign_in_page_offers_each_configured_provider_beside_the_password_form() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("org.joinedup"), context,
                uiFactory));
        try {
            UI.getCurrent().navigate("login");

            assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
            Anchor link = _get(Anchor.class, spec -> spec.withText("Sign in with Test provider"));
            assertThat(link.getHref()).isEqualTo("oauth2/authorization/test");
            assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();

            UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "exists", "provider", "nhs")));
            assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                    .contains("An account with this address already exists")
                    .contains("Sign in with your password first, then connect NHS login (test) from your profile.");
        } finally {
            MockVaadin.tearDown();
        }
    }

    private HttpResponse<String> signInThroughProvider(String username) throws Exception {
        return signInThroughProvider("test", username);
    }

    /** Starts at the portal, signs in at the provider's own form, and returns the page the redirects end on. */
    private HttpResponse<String> signInThroughProvider(String registrationId, String username) throws Exception {
        return signInAtProvider(get("/oauth2/authorization/" + registrationId), username);
    }

    /** Signs in at the provider's form the browser was sent to, and returns the page the redirects end on. */
    private HttpResponse<String> signInAtProvider(HttpResponse<String> providerForm, String username) throws Exception {
        assertThat(providerForm.uri().toString()).startsWith(provider.issuer() + "/login");
        Matcher csrf = CSRF.matcher(providerForm.body());
        assertThat(csrf.find()).as("the provider's sign-in form").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TestOpenIdProvider.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(providerForm.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return post(browser, path, form);
    }

    /** Posts a form as the portal's pages do, with the CSRF token its pages carry. */
    private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        Matcher token = CSRF_META.matcher(get("/login").body());
        assertThat(token.find()).as("the page's CSRF token").isTrue();
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A patient partner (no second step) signs in with the password form. */
    private void signInWithPassword(String demoLocalPart) throws Exception {
        FormPosts.signIn(stepByStep, uri("/"), demoLocalPart + DemoSignIn.DOMAIN, demo.password());
        assertThat(get("/").uri().getPath()).isEqualTo("/");
    }

    /** Password and, for staff, the demo authenticator's code. */
    private void signInFully(String demoLocalPart) throws Exception {
        HttpResponse<String> password = FormPosts.signIn(stepByStep, uri("/"), demoLocalPart + DemoSignIn.DOMAIN,
                demo.password());
        SecondStep.completeIfAsked(stepByStep, uri("/"), password, demoKey.authenticatorKey(), Instant.now());
        assertThat(get("/").uri().getPath()).isEqualTo("/");
    }

    /** An identity its owner connected from their profile, as the connecting test does it in full. */
    private void connect(String email, String subject) {
        jdbc.update("insert into external_identity (person_id, issuer, subject, registration_id, linked_at) "
                + "values (?, ?, ?, 'test', current_timestamp(6))", personId(email), provider.issuer(), subject);
    }

    private long connections(long personId) {
        return jdbc.queryForObject("select count(*) from external_identity where person_id = ?", Long.class, personId);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }
}
