package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.joinedup.identity.people.AccountLocks;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.twofactor.DemoSecondFactors;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Repeated wrong passwords pause sign-in, as a browser meets it. Three failures pause
 * here; the address slowing is kept out of the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "joinedup.sign-in.max-failures=3", "joinedup.sign-in.address.max-failures=1000"})
@ActiveProfiles({"test", "demo"})
@Import(MovableClock.Configuration.class)
@DirtiesContext
class LockoutOverHttpTest {

    private static final String DOMAIN = "@demo.joinedup.example";

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demo;
    @Autowired
    DemoSecondFactors demoKey;
    @Autowired
    java.time.Clock portalClock;
    @Autowired
    MovableClock clock;
    @Autowired
    AccountLocks locks;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void after_three_wrong_passwords_even_the_right_one_is_refused_and_the_page_says_until_when() throws Exception {
        String until = PortalTime.time(clock.instant().plus(Duration.ofMinutes(15)));
        get("/login");

        assertThat(location(signIn("gp", "first wrong guess"))).endsWith("/login?error");
        assertThat(location(signIn("gp", "second wrong guess"))).endsWith("/login?error");
        assertThat(location(signIn("gp", "third wrong guess"))).endsWith("/login?error=locked&until=" + until);

        assertThat(location(signIn("gp", demo.password()))).endsWith("/login?error=locked&until=" + until);
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void an_address_with_no_account_gets_exactly_the_same_answers() throws Exception {
        String until = PortalTime.time(clock.instant().plus(Duration.ofMinutes(15)));
        get("/login");

        assertThat(location(signIn("no-such-person", "first wrong guess"))).endsWith("/login?error");
        assertThat(location(signIn("no-such-person", "second wrong guess"))).endsWith("/login?error");
        assertThat(location(signIn("no-such-person", "third wrong guess")))
                .endsWith("/login?error=locked&until=" + until);
        assertThat(location(signIn("no-such-person", demo.password())))
                .endsWith("/login?error=locked&until=" + until);
    }

    @Test
    void once_the_pause_is_over_the_right_password_signs_in() throws Exception {
        get("/login");
        for (int attempt = 0; attempt < 3; attempt++) {
            signIn("pharmacist", "a wrong guess");
        }

        clock.advance(Duration.ofMinutes(15));

        assertThat(location(signIn("pharmacist", demo.password()))).doesNotContain("error");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void an_administrator_lifting_the_pause_lets_the_person_straight_back_in() throws Exception {
        get("/login");
        for (int attempt = 0; attempt < 3; attempt++) {
            signIn("consultant", "a wrong guess");
        }
        assertThat(location(signIn("consultant", demo.password()))).contains("error=locked");

        signInToServicesAs("admin");
        long consultant = jdbc.queryForObject("select id from person where email = ?", Long.class,
                "consultant" + DOMAIN);
        assertThat(locks.unlock(consultant)).isTrue();

        assertThat(location(signIn("consultant", demo.password()))).doesNotContain("error");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void a_right_password_does_not_forgive_wrong_codes_and_the_third_wrong_code_in_all_pauses_the_account()
            throws Exception {
        String until = PortalTime.time(clock.instant().plus(Duration.ofMinutes(15)));
        String wrongCode = SecondStep.wrongCode(demoKey.authenticatorKey(), portalClock.instant());
        get("/login");

        assertThat(location(password("lnc", demo.password()))).endsWith("/two-factor");
        assertThat(location(SecondStep.postCode(browser, uri("/"), wrongCode))).endsWith("/two-factor?error=wrong");
        assertThat(location(SecondStep.postCode(browser, uri("/"), wrongCode))).endsWith("/two-factor?error=wrong");
        // Starting again from the password wipes nothing: the next wrong code is the third.
        assertThat(location(password("lnc", demo.password()))).endsWith("/two-factor");
        assertThat(location(SecondStep.postCode(browser, uri("/"), wrongCode)))
                .endsWith("/login?error=codes-paused&until=" + until);
        assertThat(get("/").statusCode()).as("not signed in").isEqualTo(302);

        assertThat(location(signIn("lnc", demo.password()))).as("the right password and code are refused too")
                .endsWith("/login?error=codes-paused&until=" + until);
        assertThat(get("/").statusCode()).isEqualTo(302);

        signInToServicesAs("admin");
        assertThat(locks.unlock(jdbc.queryForObject("select id from person where email = ?", Long.class,
                "lnc" + DOMAIN))).isTrue();
        assertThat(location(signIn("lnc", demo.password()))).doesNotContain("error");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    private void signInToServicesAs(String localPart) {
        UserDetails user = users.loadUserByUsername(localPart + DOMAIN);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String localPart, String password) throws Exception {
        return SecondStep.completeIfAsked(browser, uri("/"), password(localPart, password), demoKey.authenticatorKey(),
                portalClock.instant());
    }

    /** The first step alone: the password form posted. */
    private HttpResponse<String> password(String localPart, String password) throws Exception {
        return FormPosts.signIn(browser, uri("/"), localPart + DOMAIN, password);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
