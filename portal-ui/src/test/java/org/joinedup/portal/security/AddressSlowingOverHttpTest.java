package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.joinedup.pathway.people.DemoPeople;
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

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void after_many_failures_from_one_address_its_attempts_wait_and_too_many_waiting_are_turned_away()
            throws Exception {
        for (String stranger : List.of("ann", "bob", "cat")) {
            assertThat(throttle.delayFor(ADDRESS)).isZero();
            assertThat(location(signIn(stranger + "@example.org", "a wrong guess").join())).endsWith("/login?error");
        }
        assertThat(throttle.delayFor(ADDRESS)).isEqualTo(Duration.ofMillis(250));

        long start = System.nanoTime();
        HttpResponse<String> slowed = signIn("gp@demo.joinedup.example", demo.password()).join();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(location(slowed)).as("slowed, not refused").doesNotContain("error");

        for (String stranger : List.of("dan", "eve", "fay")) {
            signIn(stranger + "@example.org", "a wrong guess").join();
        }
        assertThat(throttle.delayFor(ADDRESS)).isEqualTo(Duration.ofSeconds(2));
        List<CompletableFuture<HttpResponse<String>>> together = new ArrayList<>();
        for (int i = 0; i <= SignInAddressThrottle.MAX_WAITING_PER_ADDRESS; i++) {
            together.add(signIn("gp@demo.joinedup.example", demo.password()));
        }
        List<String> answers = together.stream().map(CompletableFuture::join).map(AddressSlowingOverHttpTest::location)
                .toList();
        assertThat(answers).filteredOn(answer -> answer.endsWith(SignInThrottleFilter.TURNED_AWAY_URL)).hasSize(1);
        assertThat(answers).filteredOn(answer -> !answer.contains("error"))
                .hasSize(SignInAddressThrottle.MAX_WAITING_PER_ADDRESS);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private CompletableFuture<HttpResponse<String>> signIn(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.sendAsync(HttpRequest.newBuilder(URI.create("http://" + ADDRESS + ":" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
