package org.joinedup.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.PeopleDirectory;
import org.joinedup.identity.people.PeopleFilter;
import org.joinedup.identity.people.PersonAccount;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.identity.people.SessionControl;
import org.joinedup.identity.twofactor.DemoSecondFactors;
import org.joinedup.platform.notification.NotificationFeed;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
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
 * Sessions ended on purpose or by age, as browsers meet them: real HTTP against the
 * running portal. A page load on an ended session goes to the sign-in page; a click in a
 * page that was already open (a Vaadin request) gets Vaadin's "session expired" answer,
 * on which Vaadin's client opens the sign-in page.
 */
@Import(MovableClock.Configuration.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class SessionEndingOverHttpTest {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    DemoPeople demo;
    @Autowired
    DemoSecondFactors demoKey;
    @Autowired
    SessionControl sessions;
    @Autowired
    PersonAdministration administration;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    UserDetailsService users;
    @Autowired
    MovableClock clock;
    @Autowired
    NotificationFeed feed;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AbsoluteSessionSweep sweep;

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void after_an_administrator_ends_someones_sessions_every_device_and_open_page_returns_to_sign_in() throws Exception {
        Browser laptop = signedIn("gp");
        Browser phone = signedIn("gp");
        OpenPage pageOnPhone = phone.openPage();
        Browser colleague = signedIn("nurse");
        assertThat(pageOnPhone.click()).doesNotContain("sessionExpired");

        asAdministrator(() -> sessions.endSessionsOf(personId("Dr Priya Shah")));

        assertThat(pageOnPhone.click()).as("the open page's next action").contains("\"sessionExpired\":true");
        assertThat(laptop.location("/")).endsWith("/login?expired");
        assertThat(laptop.location("/")).as("signed out for good").endsWith("/login");
        assertThat(phone.get("/").statusCode()).isEqualTo(302);
        assertThat(colleague.get("/").statusCode()).as("other people stay signed in").isEqualTo(200);
    }

    @Test
    void a_deactivated_person_is_signed_out_on_both_tabs_and_cannot_sign_in_again() throws Exception {
        Browser browser = signedIn("socialcare");
        OpenPage firstTab = browser.openPage();
        OpenPage secondTab = browser.openPage();

        asAdministrator(() -> {
            PersonAccount account = administration.account(personId("Maria Costa")).orElseThrow();
            administration.deactivate(account.id(), account.version());
        });

        assertThat(firstTab.click()).contains("\"sessionExpired\":true");
        assertThat(secondTab.click()).contains("\"sessionExpired\":true");
        assertThat(browser.location("/")).endsWith("/login");
        assertThat(browser.signIn("socialcare", demo.password())).endsWith("/login?error=deactivated");
    }

    @Test
    void signing_out_everywhere_ends_the_persons_sessions_on_other_devices() throws Exception {
        Browser desktop = signedIn("consultant");
        Browser tablet = signedIn("consultant");

        as("consultant", () -> sessions.signOutEverywhere());

        assertThat(desktop.location("/")).endsWith("/login?expired");
        assertThat(tablet.location("/")).endsWith("/login?expired");
    }

    @Test
    void a_session_ends_at_its_first_request_after_the_absolute_timeout_however_active() throws Exception {
        Browser browser = signedIn("pharmacist");

        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));
        assertThat(browser.location("/")).endsWith("/login?expired");
        assertThat(browser.location("/")).endsWith("/login");
        assertThat(browser.signIn("pharmacist", demo.password())).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).as("a new sign-in starts a new session").isEqualTo(200);
    }

    @Test
    void the_open_pages_of_a_session_ended_by_an_administrator_stop_following_live_feeds_at_once() throws Exception {
        signedIn("lmc").openPage().navigate("");
        signedIn("nurse").openPage().navigate("");
        long lmc = idOf("lmc");
        long nurse = idOf("nurse");
        assertThat(feed.subscriberCount(lmc)).as("the notification bell of the open page").isEqualTo(1);

        asAdministrator(() -> sessions.endSessionsOf(lmc));

        awaitNoSubscriber(lmc);
        assertThat(feed.subscriberCount(nurse)).as("other people's pages follow on").isEqualTo(1);
    }

    @Test
    void signing_out_everywhere_and_deactivation_stop_the_live_feeds_of_every_open_page() throws Exception {
        Browser desktop = signedIn("mentalhealth");
        desktop.openPage().navigate("");
        desktop.openPage().navigate("profile");
        signedIn("publichealth").openPage().navigate("");
        long mentalHealth = idOf("mentalhealth");
        long publicHealth = idOf("publichealth");
        assertThat(feed.subscriberCount(mentalHealth)).isEqualTo(2);

        as("mentalhealth", () -> sessions.signOutEverywhere());
        asAdministrator(() -> {
            PersonAccount account = administration.account(publicHealth).orElseThrow();
            administration.deactivate(account.id(), account.version());
        });

        awaitNoSubscriber(mentalHealth);
        awaitNoSubscriber(publicHealth);
    }

    @Test
    void a_session_past_the_absolute_timeout_stops_its_live_feeds_without_waiting_for_a_request() throws Exception {
        signedIn("facilitator").openPage().navigate("");
        long facilitator = idOf("facilitator");
        assertThat(feed.subscriberCount(facilitator)).isEqualTo(1);

        clock.advance(Duration.ofHours(12).plusMinutes(1));
        Browser colleague = signedIn("moderator");
        colleague.openPage().navigate("");
        sweep.endTimedOutSessions();

        awaitNoSubscriber(facilitator);
        assertThat(feed.subscriberCount(idOf("moderator"))).as("a newer session follows on").isEqualTo(1);
        assertThat(colleague.get("/").statusCode()).isEqualTo(200);
    }

    private long idOf(String demoLocalPart) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class,
                demoLocalPart + "@demo.joinedup.example");
    }

    private void awaitNoSubscriber(long personId) {
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(feed.subscriberCount(personId)).isZero());
    }

    private Browser signedIn(String demoLocalPart) throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        assertThat(browser.signIn(demoLocalPart, demo.password())).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    private long personId(String name) {
        return directory.find(PeopleFilter.byText(name), 0, 1).getFirst().id();
    }

    private void asAdministrator(Runnable action) {
        as("admin", action);
    }

    private void as(String demoLocalPart, Runnable action) {
        UserDetails user = users.loadUserByUsername(demoLocalPart + "@demo.joinedup.example");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
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

        String signIn(String demoLocalPart, String password) throws Exception {
            HttpResponse<String> afterPassword = FormPosts.signIn(client, uri("/"),
                    demoLocalPart + "@demo.joinedup.example", password);
            return SecondStep.location(SecondStep.completeIfAsked(client, uri("/"), afterPassword,
                    demoKey.authenticatorKey(), clock.instant()));
        }

        /** Opens the dashboard as a browser tab does: Vaadin creates a UI for it and hands out its security key. */
        OpenPage openPage() throws Exception {
            String init = get("/?v-r=init&location=").body();
            Matcher uiId = UI_ID.matcher(init);
            Matcher key = SECURITY_KEY.matcher(init);
            assertThat(uiId.find()).as("a UI id in %s", init).isTrue();
            assertThat(key.find()).as("a security key in %s", init).isTrue();
            return new OpenPage(this, uiId.group(1), key.group(1));
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A page open in a tab; each click is one Vaadin request. */
    private static final class OpenPage {

        private final Browser browser;
        private final String uiId;
        private final String securityKey;
        private int syncId;
        private int clientId;

        OpenPage(Browser browser, String uiId, String securityKey) {
            this.browser = browser;
            this.uiId = uiId;
            this.securityKey = securityKey;
        }

        String click() throws Exception {
            return send("[]");
        }

        /** Shows a route, as Vaadin's client asks once the page has loaded and at each link followed. */
        String navigate(String route) throws Exception {
            return send("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                    + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":\"\"}}]");
        }

        private String send(String rpc) throws Exception {
            String message = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> response = browser.post("/?v-r=uidl&v-uiId=" + uiId, message);
            assertThat(response.statusCode()).isEqualTo(200);
            syncId++;
            clientId++;
            return response.body();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
