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
import kotlin.jvm.functions.Function0;
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
    private static TestOpenIdProvider provider;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private HttpClient browser;

    @DynamicPropertySource
    static void portalTrustsTheTestProvider(DynamicPropertyRegistry properties) {
        provider = TestOpenIdProvider.start();
        String registration = "spring.security.oauth2.client.registration.test.";
        properties.add(registration + "client-id", () -> TestOpenIdProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> "Test provider");
        properties.add(registration + "scope", () -> "openid");
        properties.add("spring.security.oauth2.client.provider.test.issuer-uri", provider::issuer);
        String rules = "joinedup.oidc.test.";
        properties.add(rules + "roles-claim", () -> "groups");
        properties.add(rules + "role-mapping.clinicians", () -> "CLINICIAN");
        properties.add(rules + "role-mapping[QI Leads]", () -> "QI_LEAD");
        properties.add(rules + "default-role", () -> "PATIENT_PARTNER");
        properties.add(rules + "organisation-claim", () -> "ods");
        properties.add(rules + "organisation-mapping[A81001]", () -> "Riverside Medical Practice");
        properties.add(rules + "setting-claim", () -> "setting");
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Test
    void a_verified_address_links_the_existing_account_which_lands_signed_in_with_its_role() throws Exception {
        provider.user("priya", Map.of("email", "gp@demo.joinedup.example", "email_verified", true,
                "name", "Priya Shah"));

        HttpResponse<String> landed = signInThroughProvider("priya");

        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        long gp = personId("gp@demo.joinedup.example");
        assertThat(jdbc.queryForList("select role from person_role where person_id = ?", String.class, gp))
                .containsExactly("CLINICIAN");
        assertThat(jdbc.queryForObject("select count(*) from external_identity where person_id = ? and issuer = ?",
                Long.class, gp, provider.issuer())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_sign_in_at is not null from person where id = ?",
                Boolean.class, gp)).isTrue();

        // Later sign-ins follow the link, whatever address the provider now gives.
        provider.user("priya", Map.of("email", "priya.shah@new-practice.example", "email_verified", true));
        newBrowser();
        assertThat(signInThroughProvider("priya").uri().getPath()).isEqualTo("/");
        assertThat(jdbc.queryForObject("select count(*) from person where email like 'priya.shah@%'", Long.class))
                .as("no duplicate account")
                .isZero();
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
        assertThat(landed.uri().getPath()).isEqualTo("/");
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
        } finally {
            MockVaadin.tearDown();
        }
    }

    /** Starts at the portal, signs in at the provider's own form, and returns the page the redirects end on. */
    private HttpResponse<String> signInThroughProvider(String username) throws Exception {
        HttpResponse<String> providerForm = get("/oauth2/authorization/test");
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
        return browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }
}
