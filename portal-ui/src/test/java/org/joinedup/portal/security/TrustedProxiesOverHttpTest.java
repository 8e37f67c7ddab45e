package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who the portal believes a visitor to be, over real HTTP. Only 127.0.0.1 is a trusted proxy
 * here; 127.0.0.2 stands for anyone else on the network. Spring Boot's forwarded-headers
 * support is switched on as well, which by itself would trust every private address. One
 * failed sign-in is enough to slow an address, so the throttle shows which address it saw.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "joinedup.trusted-proxies=127.0.0.1", "server.forward-headers-strategy=native",
        "joinedup.sign-in.max-failures=1000", "joinedup.sign-in.address.max-failures=1"})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class TrustedProxiesOverHttpTest {

    private static final String TRUSTED_PROXY = "127.0.0.1";
    private static final String SOMEONE_ELSE = "127.0.0.2";

    @LocalServerPort
    int port;
    @Autowired
    SignInAddressThrottle throttle;

    @Test
    void a_forwarded_address_from_anyone_but_a_trusted_proxy_is_ignored() throws Exception {
        failSignInFrom(SOMEONE_ELSE, Map.of("X-Forwarded-For", "198.51.100.7"));

        assertThat(throttle.delayFor(SOMEONE_ELSE)).as("the failure counts against the real peer").isPositive();
        assertThat(throttle.delayFor("198.51.100.7")).as("not against the address it claimed").isZero();
    }

    @Test
    void a_trusted_proxy_names_the_visitor_but_not_what_the_visitor_claimed_before_it() throws Exception {
        failSignInFrom(TRUSTED_PROXY, Map.of("X-Forwarded-For", "203.0.113.66, 198.51.100.9"));

        assertThat(throttle.delayFor("198.51.100.9")).as("the address the proxy saw").isPositive();
        assertThat(throttle.delayFor("203.0.113.66")).as("the address the visitor wrote itself").isZero();
        assertThat(throttle.delayFor(TRUSTED_PROXY)).as("the proxy itself").isZero();
    }

    @Test
    void only_a_trusted_proxy_may_say_the_visitor_came_over_https() throws Exception {
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https");

        assertThat(signInRedirect(TRUSTED_PROXY, https)).startsWith("https://");
        assertThat(signInRedirect(SOMEONE_ELSE, https)).startsWith("http://");
    }

    @Test
    void a_setting_that_is_not_an_address_or_range_stops_start_up_with_a_clear_message() {
        assertThat(TrustedProxies.asRanges(List.of(" 10.20.0.0/16", "192.0.2.10", "2001:db8::/32", "")))
                .containsExactly("10.20.0.0/16", "192.0.2.10/32", "2001:db8::/32");
        for (String wrong : List.of("proxy.example.nhs.uk", "10.0.0.300", "10.0.0.0/40", ".*")) {
            assertThatThrownBy(() -> TrustedProxies.asRanges(List.of(wrong)))
                    .hasMessageContaining("JOINEDUP_TRUSTED_PROXIES").hasMessageContaining(wrong);
        }
    }

    private void failSignInFrom(String peer, Map<String, String> headers) throws Exception {
        HttpResponse<String> refused = FormPosts.prepareSignIn(browserAt(peer), base(), "nobody@example.org",
                "a wrong guess", headers).submit();
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    /** Where a signed-out visitor asking for the dashboard is sent: an absolute address, with the scheme believed. */
    private String signInRedirect(String peer, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base().resolve("/")).GET().timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return browserAt(peer).send(request.build(), HttpResponse.BodyHandlers.ofString()).headers()
                .firstValue("Location").orElse("");
    }

    private static HttpClient browserAt(String address) throws Exception {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }
}
