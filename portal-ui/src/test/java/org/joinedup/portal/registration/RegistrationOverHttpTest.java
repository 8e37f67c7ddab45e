package org.joinedup.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.joinedup.identity.people.PendingRegistration;
import org.joinedup.identity.people.Registration;
import org.joinedup.identity.people.RegistrationApprovals;
import org.joinedup.identity.people.RegistrationService;
import org.joinedup.portal.security.FormPosts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** From registering to signing in, as a browser does it. Adds a person, so its context is not reused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class RegistrationOverHttpTest {

    private static final String PASSWORD = "walks by the river on sundays";

    @LocalServerPort
    int port;
    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationApprovals approvals;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOutOfTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_registration_page_is_open_to_visitors() throws Exception {
        assertThat(get("/register").statusCode()).isEqualTo(200);
    }

    @Test
    void a_registered_patient_partner_is_told_to_wait_and_signs_in_once_approved() throws Exception {
        registrations.register(new Registration("Robin", "Robin Shaw", "robin@example.org", PASSWORD, null, true));
        get("/login");

        assertThat(location(signIn("robin@example.org", PASSWORD))).endsWith("/login?error=pending");
        assertThat(get("/").statusCode()).isEqualTo(302);

        // As Robin would with the e-mailed link (EmailConfirmationTest follows the real one).
        jdbc.update("update person set email_confirmed_at = utc_timestamp(6) where email = 'robin@example.org'");
        signInTestThreadAs("moderator@demo.joinedup.example");
        PendingRegistration robin = approvals.waiting(0, 10).stream()
                .filter(r -> r.email().equals("robin@example.org")).findFirst().orElseThrow();
        approvals.approve(robin.personId(), robin.version());

        assertThat(location(signIn("Robin@example.org", PASSWORD))).doesNotContain("error");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    private void signInTestThreadAs(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return FormPosts.signIn(browser, uri("/"), username, password);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
