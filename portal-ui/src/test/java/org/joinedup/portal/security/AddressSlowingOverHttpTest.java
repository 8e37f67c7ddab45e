package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.joinedup.identity.people.DemoPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Many failures from one address slow its sign-ins, over real HTTP. Three failures slow
 * here, and accounts never pause, so only the address slowing is seen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "joinedup.sign-in.max-failures=1000", "joinedup.sign-in.address.max-failures=3",
        "joinedup.sign-in.address.max-delay=2s"})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class AddressSlowingOverHttpTest {

    private static final String ADDRESS = "127.0.0.1";

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demo;
    @Autowired
    SignInAddressThrottle throttle;

    @Test
    void after_many_failures_from_one_address_its_attempts_wait_and_too_many_waiting_are_turned_away()
            throws Exception {
        for (String stranger : List.of("ann", "bob", "cat")) {
            assertThat(throttle.delayFor(ADDRESS)).isZero();
            assertThat(location(signIn(stranger + "@example.org", "a wrong guess").join())).endsWith("/login?error");
        }
        assertThat(throttle.delayFor(ADDRESS)).isEqualTo(Duration.ofMillis(250));

        FormPosts.Ready rightPassword = filledIn("gp@demo.joinedup.example", demo.password());
        long start = System.nanoTime();
        HttpResponse<String> slowed = rightPassword.submit();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(location(slowed)).as("slowed, not refused").doesNotContain("error");

        for (String stranger : List.of("dan", "eve", "fay")) {
            signIn(stranger + "@example.org", "a wrong guess").join();
        }
        assertThat(throttle.delayFor(ADDRESS)).isEqualTo(Duration.ofSeconds(2));
        List<FormPosts.Ready> forms = new ArrayList<>();
        for (int i = 0; i <= SignInAddressThrottle.MAX_WAITING_PER_ADDRESS; i++) {
            forms.add(filledIn("gp@demo.joinedup.example", demo.password()));
        }
        List<CompletableFuture<HttpResponse<String>>> together = forms.stream().map(FormPosts.Ready::submitAsync)
                .toList();
        List<String> answers = together.stream().map(CompletableFuture::join).map(AddressSlowingOverHttpTest::location)
                .toList();
        assertThat(answers).filteredOn(answer -> answer.endsWith(SignInThrottleFilter.TURNED_AWAY_URL)).hasSize(1);
        assertThat(answers).filteredOn(answer -> !answer.contains("error"))
                .hasSize(SignInAddressThrottle.MAX_WAITING_PER_ADDRESS);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private CompletableFuture<HttpResponse<String>> signIn(String username, String password) throws Exception {
        return filledIn(username, password).submitAsync();
    }

    /** The sign-in page opened in a browser of its own, all browsers behind the one address, and filled in. */
    private FormPosts.Ready filledIn(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return FormPosts.prepareSignIn(browser, URI.create("http://" + ADDRESS + ":" + port + "/"), username, password);
    }
}
