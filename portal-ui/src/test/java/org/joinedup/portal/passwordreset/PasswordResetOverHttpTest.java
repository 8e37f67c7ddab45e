package org.joinedup.portal.passwordreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.joinedup.identity.people.PasswordReset;
import org.joinedup.portal.security.FormPosts;
import org.joinedup.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A new password chosen through the e-mailed link ends the person's sessions on every
 * device, as browsers meet it over real HTTP; the mail goes through a real SMTP server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class PasswordResetOverHttpTest {

    private static final String OLD_PASSWORD = "joinedup-demo";
    private static final String NEW_PASSWORD = "kettle on the windowsill at dawn";

    static final TestMailServer MAIL = TestMailServer.create();

    @RegisterExtension
    static final GreenMailExtension mailServer = MAIL.extension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        MAIL.configure(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    PasswordReset passwordReset;

    @Test
    void a_new_password_from_the_e_mailed_link_signs_the_person_out_everywhere() throws Exception {
        Browser laptop = signedIn(OLD_PASSWORD);
        Browser phone = signedIn(OLD_PASSWORD);

        passwordReset.request("patient@demo.joinedup.example");
        String link = TestMailServer.link(TestMailServer.awaitMessages(mailServer, 1).getFirst(), "reset-password");
        assertThat(new Browser().get(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery())
                .statusCode()).as("the link's page opens for a visitor").isEqualTo(200);
        passwordReset.reset(TestMailServer.token(link), NEW_PASSWORD);

        assertThat(laptop.location("/")).endsWith("/login?expired");
        assertThat(phone.location("/")).endsWith("/login?expired");
        Browser later = new Browser();
        later.get("/login");
        assertThat(later.signIn(OLD_PASSWORD)).contains("error");
        assertThat(later.signIn(NEW_PASSWORD)).doesNotContain("error");
        assertThat(later.get("/").statusCode()).isEqualTo(200);
    }

    private Browser signedIn(String password) throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        assertThat(browser.signIn(password)).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    /** One browser: its own cookies, so its own session. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String location(String path) throws Exception {
            return get(path).headers().firstValue("Location").orElse("");
        }

        String signIn(String password) throws Exception {
            return FormPosts.signIn(client, uri("/"), "patient@demo.joinedup.example", password).headers()
                    .firstValue("Location").orElse("");
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
