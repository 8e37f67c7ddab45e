package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.twofactor.DemoSecondFactors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sign-in as a browser does it: real HTTP against the running portal, cookies and redirects
 * included, with the authenticator code computed here from the published demo key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SignInOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoSecondFactors demoKey;

    private CookieManager cookies;
    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        cookies = new CookieManager();
        browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void signed_out_visitors_are_redirected_to_sign_in_but_may_load_the_stylesheet() throws Exception {
        HttpResponse<String> dashboard = get("/");
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(dashboard.headers().firstValue("Strict-Transport-Security")).as("only in the production profile")
                .isEmpty();

        assertThat(get("/styles.css").statusCode()).isEqualTo(200);
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void a_sign_in_posted_by_another_site_without_the_pages_token_is_refused_and_signs_nobody_in() throws Exception {
        // Another site's page posts the form from the visitor's browser, which has no session here yet.
        HttpResponse<String> fromNowhere = postWithoutToken("patient@demo.joinedup.example", demo.password());

        assertThat(fromNowhere.statusCode()).isEqualTo(302);
        assertThat(location(fromNowhere)).endsWith("/login?error=stale");
        assertThat(location(get("/"))).as("nobody is signed in").endsWith("/login");

        // Nor while the visitor has the sign-in page open: the other site cannot read the page's token.
        get("/login");
        HttpResponse<String> besideOpenPage = postWithoutToken("patient@demo.joinedup.example", demo.password());

        assertThat(location(besideOpenPage)).endsWith("/login?error=stale");
        assertThat(location(get("/"))).as("still nobody signed in").endsWith("/login");
    }

    @Test
    void a_wrong_password_returns_to_sign_in_with_an_error() throws Exception {
        get("/login");

        HttpResponse<String> attempt = signIn("gp@demo.joinedup.example", "not-the-password");

        assertThat(attempt.statusCode()).isEqualTo(302);
        assertThat(attempt.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void a_clinician_signs_in_with_password_and_authenticator_code_getting_a_new_session_id_at_each_step()
            throws Exception {
        get("/login");
        String before = sessionId();

        HttpResponse<String> password = signIn("GP@demo.joinedup.example", demo.password());

        assertThat(location(password)).endsWith("/two-factor");
        String halfway = sessionId();
        assertThat(halfway).isNotEqualTo(before);

        HttpResponse<String> code = postCode(authenticatorCode(0));

        assertThat(code.statusCode()).isEqualTo(302);
        assertThat(location(code)).doesNotContain("two-factor").doesNotContain("login");
        assertThat(sessionId()).isNotEqualTo(halfway);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/no-such-page").statusCode())
                .as("an unknown address reaches the portal's own not-found page")
                .isNotEqualTo(403);
    }

    @Test
    void after_the_password_alone_every_page_leads_to_the_code_step_and_the_page_asked_for_follows_it()
            throws Exception {
        get("/login");
        signIn("admin@demo.joinedup.example", demo.password());

        assertThat(location(get("/"))).contains("/two-factor?factor.type=totp&factor.reason=missing");
        assertThat(location(get("/people"))).contains("/two-factor?factor.type=totp");
        assertThat(location(get("/profile"))).contains("/two-factor?factor.type=totp");
        assertThat(get("/two-factor").statusCode()).isEqualTo(200);

        assertThat(location(postCode(authenticatorCode(0)))).contains("/profile");
        assertThat(get("/people").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_or_replayed_code_returns_to_the_code_step_with_the_reason() throws Exception {
        get("/login");
        signIn("lnc@demo.joinedup.example", demo.password());
        String code = authenticatorCode(0);

        assertThat(location(postCode(wrongCode(code)))).endsWith("/two-factor?error=wrong");
        assertThat(location(postCode(authenticatorCode(-5)))).endsWith("/two-factor?error=expired");
        assertThat(location(postCode(code))).doesNotContain("two-factor");

        newBrowser();
        get("/login");
        signIn("lnc@demo.joinedup.example", demo.password());
        assertThat(location(postCode(code))).endsWith("/two-factor?error=used");
        assertThat(location(get("/"))).contains("/two-factor?factor.type=totp");
    }

    @Test
    void five_wrong_codes_end_the_sign_in_and_pause_the_account_like_wrong_passwords() throws Exception {
        get("/login");
        signIn("pharmacist@demo.joinedup.example", demo.password());
        String wrong = wrongCode(authenticatorCode(0));

        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(location(postCode(wrong))).endsWith("/two-factor?error=wrong");
        }
        assertThat(location(postCode(wrong))).contains("/login?error=codes-paused&until=");
        assertThat(location(get("/"))).endsWith("/login");
        assertThat(location(signIn("pharmacist@demo.joinedup.example", demo.password())))
                .as("knowing the password gives no fresh run of guesses while the account is paused")
                .contains("/login?error=codes-paused&until=");
    }

    @Test
    void a_code_without_a_password_first_leads_back_to_sign_in() throws Exception {
        get("/login");

        assertThat(location(postCode(authenticatorCode(0)))).endsWith("/login?error=two-step");
    }

    @Test
    void a_patient_partner_without_two_step_sign_in_goes_straight_in() throws Exception {
        get("/login");

        HttpResponse<String> password = signIn("patient@demo.joinedup.example", demo.password());

        assertThat(location(password)).doesNotContain("two-factor").doesNotContain("error");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void an_inactive_account_is_named_as_such_only_to_someone_who_knows_its_password() throws Exception {
        jdbc.update("update person set status = 'DEACTIVATED' where email = 'socialcare@demo.joinedup.example'");
        jdbc.update("update person set status = 'PENDING_APPROVAL' where email = 'publichealth@demo.joinedup.example'");
        get("/login");

        assertThat(location(signIn("socialcare@demo.joinedup.example", "a wrong guess"))).endsWith("/login?error");
        assertThat(location(signIn("socialcare@demo.joinedup.example", demo.password())))
                .endsWith("/login?error=deactivated");
        assertThat(location(signIn("publichealth@demo.joinedup.example", demo.password())))
                .endsWith("/login?error=pending");
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the code as the code page's form does, with the CSRF token the page carries. */
    private HttpResponse<String> postCode(String code) throws Exception {
        return FormPosts.post(browser, uri("/"), TwoStepSignInConfigurer.CODE_PATH, Map.of("code", code));
    }

    /** What an authenticator app holding the demo key shows, {@code steps} times 30 seconds from now. */
    private String authenticatorCode(int steps) throws Exception {
        var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        byte[] key = new Base32().decode(demoKey.authenticatorKey());
        return generator.generateOneTimePasswordString(new SecretKeySpec(key, generator.getAlgorithm()),
                Instant.now().plus(Duration.ofSeconds(30L * steps)));
    }

    private static String wrongCode(String right) {
        return String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return FormPosts.signIn(browser, uri("/"), username, password);
    }

    private HttpResponse<String> postWithoutToken(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
