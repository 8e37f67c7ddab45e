package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.joinedup.identity.people.DemoPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security headers, read from real HTTP responses of every kind: pages signed out and
 * signed in, redirects, static files, Vaadin's own resources and error pages. HSTS is on,
 * as in the production profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "joinedup.hsts=true")
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class SecurityHeadersOverHttpTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern VAADIN_RESOURCE = Pattern.compile("(?:src|href)=\"\\.?/?(VAADIN/[^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demo;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_kind_of_response_carries_the_policy_and_the_other_security_headers() throws Exception {
        HttpResponse<String> signInPage = get("/login");
        List<HttpResponse<String>> responses = new ArrayList<>(List.of(signInPage, get("/"), get("/styles.css"),
                get("/" + vaadinResource(signInPage)), get("/VAADIN/no-such-file.js"), get("/register"),
                postWithoutToken("/register")));
        HttpResponse<String> afterPassword = FormPosts.signIn(browser, uri("/"), "patient@demo.joinedup.example",
                demo.password());
        responses.add(afterPassword);
        responses.add(get("/"));
        responses.add(get("/no-such-page"));
        responses.add(postWithoutToken("/profile"));

        assertThat(responses).extracting(HttpResponse::statusCode).as("pages, redirects and error pages")
                .contains(200, 302, 403);
        for (HttpResponse<String> response : responses) {
            String what = response.request().method() + " " + response.uri().getPath() + " (" + response.statusCode() + ")";
            assertThat(header(response, "Content-Security-Policy")).as(what)
                    .contains("default-src 'self'")
                    .containsPattern(NONCE)
                    .contains("style-src 'self' 'unsafe-inline'")
                    .contains("img-src 'self' data:")
                    .contains("font-src 'self' data:")
                    .contains("connect-src 'self'")
                    .contains("object-src 'none'")
                    .contains("base-uri 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("form-action 'self'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(header(response, "Permissions-Policy")).as(what)
                    .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
            assertThat(header(response, "Strict-Transport-Security")).as(what)
                    .isEqualTo("max-age=31536000 ; includeSubDomains");
            assertThat(header(response, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as(what).isEqualTo("same-origin");
            assertThat(header(response, "X-Frame-Options")).as(what).isEqualTo("DENY");
        }
    }

    @Test
    void each_page_has_its_own_nonce_and_every_script_of_the_page_carries_it() throws Exception {
        HttpResponse<String> first = get("/login");
        HttpResponse<String> second = get("/login");

        String nonce = nonce(first);
        assertThat(nonce).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo(nonce(second));
        Matcher scripts = SCRIPT_TAG.matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group()).contains("nonce=\"" + nonce + "\"");
            count++;
        }
        assertThat(count).as("scripts on the sign-in page").isPositive();
    }

    private static String nonce(HttpResponse<String> response) {
        Matcher matcher = NONCE.matcher(header(response, "Content-Security-Policy"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static String vaadinResource(HttpResponse<String> page) {
        Matcher matcher = VAADIN_RESOURCE.matcher(page.body());
        assertThat(matcher.find()).as("a Vaadin resource on %s", page.body()).isTrue();
        return matcher.group(1);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
    }

    /** A form post that lacks its token: refused with an error page, or signed out sent to sign in. */
    private HttpResponse<String> postWithoutToken(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Someone")).build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
