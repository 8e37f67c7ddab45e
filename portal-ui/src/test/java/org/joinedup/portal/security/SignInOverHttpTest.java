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

import org.joinedup.pathway.people.DemoPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Sign-in as a browser does it: real HTTP against the running portal, cookies and redirects included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class SignInOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demo;
    @Autowired
    JdbcTemplate jdbc;

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

        assertThat(get("/styles.css").statusCode()).isEqualTo(200);
        assertThat(get("/login").statusCode()).isEqualTo(200);
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
    void signing_in_issues_a_new_session_id_and_opens_the_portal() throws Exception {
        get("/login");
        String before = sessionId();

        HttpResponse<String> attempt = signIn("GP@demo.joinedup.example", demo.password());

        assertThat(attempt.statusCode()).isEqualTo(302);
        assertThat(attempt.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(sessionId()).isNotEqualTo(before);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/no-such-page").statusCode())
                .as("an unknown address reaches the portal's own not-found page")
                .isNotEqualTo(403);
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

    private HttpResponse<String> signIn(String username, String password) throws Exception {
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
