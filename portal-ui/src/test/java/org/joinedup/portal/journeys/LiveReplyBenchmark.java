package org.joinedup.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;

import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.testing.DemoSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * One person replies in a thread of "Patient voice" again and again while 1, 5 and 20
 * readers, each in a Chromium of their own, have the thread open. For each reply and each
 * reader: the time from the click on "Post reply" in the writer's page to the reply's text
 * entering the reader's page, both read from the pages' own clocks, and the bytes the portal
 * pushed to that page meanwhile. Not part of the test run:
 * {@code ./mvnw -B -o -Pbrowser-benchmarks -pl portal-ui -am test -Dtest=LiveReplyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to
 * {@code portal-ui/target/benchmarks/live-replies.md} (see docs/benchmarks.md).
 */
@Tag("browser-benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class LiveReplyBenchmark {

    private static final int WARM_UP = 5;
    private static final int REPLIES = 30;
    private static final int[] READER_COUNTS = {1, 5, 20};
    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static final long SETTLE_MILLIS = 500;
    private static final String POST = "Post reply";
    /**
     * A moderator writes: the benchmark posts over a hundred replies within the hour, far past the
     * posting rate any other account has, and moderators are not rate-limited.
     */
    private static final String WRITER = "moderator";
    /** The thread's title, at the top of its page whichever posts the page opens at (it opens at the newest). */
    private static final String TITLE = "Letters after discharge";
    /**
     * Everyone else who may read "Patient voice", each with their own authenticator code; the last six
     * sign in a second time in a browser of their own, so 20 readers are 20 sessions.
     */
    private static final List<String> READERS = List.of("nurse", "lmc", "lnc", "pharmacist", "consultant",
            "mentalhealth", "socialcare", "publichealth", "qilead", "facilitator", "locum", "gp", "admin",
            "patient", "nurse", "lmc", "lnc", "pharmacist", "consultant", "mentalhealth");

    /** As in {@code CoEditingBenchmark}, with the click on "Post reply" as the start. */
    private static final String PROBE = """
            (() => {
              const probe = window.__joinedupProbe = {pushed: 0, frames: 0, expected: null, seenAt: null, clickedAt: null};
              const now = () => performance.timeOrigin + performance.now();
              const size = data => typeof data === 'string' ? new TextEncoder().encode(data).length
                  : (data.byteLength ?? data.size ?? 0);
              const NativeWebSocket = window.WebSocket;
              window.WebSocket = class extends NativeWebSocket {
                constructor(...args) {
                  super(...args);
                  this.addEventListener('message', event => { probe.pushed += size(event.data); probe.frames++; });
                }
              };
              performance.setResourceTimingBufferSize(100000);
              probe.received = () => probe.pushed + performance.getEntriesByType('resource')
                  .filter(entry => entry.initiatorType === 'xmlhttprequest' || entry.initiatorType === 'fetch')
                  .reduce((sum, entry) => sum + entry.decodedBodySize, 0);
              probe.expect = text => { probe.expected = text; probe.seenAt = null; probe.check(); };
              probe.check = () => {
                if (probe.expected !== null && probe.seenAt === null && document.body
                    && document.body.textContent.includes(probe.expected)) {
                  probe.seenAt = now();
                }
              };
              new MutationObserver(probe.check).observe(document, {subtree: true, childList: true, characterData: true});
              document.addEventListener('click', event => {
                if (event.composedPath().some(node => node.tagName === 'VAADIN-BUTTON'
                    && node.textContent.trim() === '%s')) {
                  probe.clickedAt = now();
                }
              }, true);
            })();
            """.formatted(POST);

    @LocalServerPort
    int port;
    @Autowired
    ForumService forums;
    @Autowired
    UserDetailsService users;
    @Autowired
    ServletContext servletContext;

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        DemoSignIn.nobody();
    }

    @Test
    void a_reply_reaching_each_reader_of_the_thread() throws IOException {
        assertThat(Browser.available()).as("Chromium and chromedriver at %s and %s", Browser.CHROMIUM,
                Browser.CHROMEDRIVER).isTrue();
        String thread = "forums/threads/" + thread();
        Browser writer = signedIn(WRITER);
        List<Browser> readers = new ArrayList<>();
        writer.open(thread);
        writer.waitForText(TITLE, ARRIVAL);

        BenchmarkResults results = new BenchmarkResults();
        results.add("Vaadin mode: " + BenchmarkResults.vaadinMode(servletContext) + "; " + LocalDateTime.now()
                + "; " + REPLIES + " replies after " + WARM_UP + " warm-up replies, for each number of readers; load "
                + "average at the start " + String.format(Locale.ROOT, "%.1f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ".");
        results.add("");
        results.add("| readers | arrivals | median | 95th percentile | slowest "
                + "| pushed per reader per reply: median | 95th percentile | largest | WebSocket messages per reply (median) |");
        results.add("|---|---|---|---|---|---|---|---|---|");
        int reply = 0;
        for (int count : READER_COUNTS) {
            // Readers sign in as they are needed, so the figures for fewer readers come sooner.
            while (readers.size() < count) {
                readers.add(signedIn(READERS.get(readers.size())));
            }
            List<Browser> watching = readers.subList(0, count);
            for (Browser reader : watching) {
                reader.open(thread);
                reader.waitForText(TITLE, ARRIVAL);
            }
            List<Double> millis = new ArrayList<>();
            List<Double> kilobytes = new ArrayList<>();
            List<Double> messages = new ArrayList<>();
            for (int i = 0; i < WARM_UP + REPLIES; i++) {
                List<Arrival> arrivals = replyOnce(writer, watching, "Live reply " + reply++ + " " + word());
                if (i >= WARM_UP) {
                    arrivals.forEach(arrival -> {
                        millis.add(arrival.millis());
                        kilobytes.add(arrival.bytes() / 1024.0);
                        messages.add((double) arrival.messages());
                    });
                }
            }
            results.add("| " + count + " | " + millis.size() + " | " + BenchmarkResults.spread(millis, "%.0f ms")
                    + " | " + BenchmarkResults.spread(kilobytes, "%.1f KB") + " | "
                    + String.format(Locale.ROOT, "%.0f", BenchmarkResults.median(messages)) + " |");
            results.writeTo("live-replies.md");
        }
        results.add("");
        results.add("Load average at the end " + String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ".");
        results.writeTo("live-replies.md");
    }

    private record Arrival(double millis, long bytes, long messages) {
    }

    /** One reply, and when and at what cost it reached each reader. */
    private List<Arrival> replyOnce(Browser writer, List<Browser> watching, String text) {
        List<Map<String, Object>> before = new ArrayList<>();
        for (Browser reader : watching) {
            before.add(probe(reader, "__joinedupProbe.expect('" + text + "');"));
        }
        writer.textField("Your reply").sendKeys(text);
        // The preview shows the text once the field's value has reached the server.
        writer.waitForText(text, ARRIVAL);
        writer.clickInView(writer.button(POST));
        for (Browser reader : watching) {
            reader.waitUntil(ARRIVAL, () -> probe(reader, "").get("seenAt") != null);
        }
        writer.waitUntil(ARRIVAL, () -> "".equals(writer.textField("Your reply").getDomProperty("value")));
        sleep(SETTLE_MILLIS);
        double clickedAt = ((Number) probe(writer, "").get("clickedAt")).doubleValue();
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < watching.size(); i++) {
            Map<String, Object> after = probe(watching.get(i), "");
            arrivals.add(new Arrival(((Number) after.get("seenAt")).doubleValue() - clickedAt,
                    difference(after, before.get(i), "received"), difference(after, before.get(i), "frames")));
        }
        return arrivals;
    }

    /** A thread in "Patient voice" with a page of posts already in it, written through the service. */
    private long thread() {
        DemoSignIn.as(users, WRITER);
        try {
            long forum = forums.portalForums().stream().filter(f -> f.kind() == ForumKind.PATIENT_VOICE).findFirst()
                    .orElseThrow().id();
            long thread = forums.startThread(forum, new NewThread(TITLE,
                    "Opening post of the benchmark thread: are discharge letters reaching practices in time?", null))
                    .threadId();
            for (int i = 0; i < 29; i++) {
                DemoSignIn.as(users, READERS.get(i % 14));
                forums.reply(thread, new NewReply("An earlier reply about letters and who follows up, number "
                        + word() + ". " + "The letter reached the practice days after the person was home. ".repeat(3),
                        null));
            }
            return thread;
        } finally {
            DemoSignIn.nobody();
        }
    }

    /** Letters only, so the screening never takes a reply's marker for a telephone or NHS number. */
    private static String word() {
        long n = System.nanoTime();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + (int) (n % 26)));
            n /= 26;
        }
        return word.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> probe(Browser browser, String firstRun) {
        return (Map<String, Object>) browser.evaluate(firstRun + "const p = window.__joinedupProbe; return {seenAt: p.seenAt, "
                + "clickedAt: p.clickedAt, received: p.received(), frames: p.frames};");
    }

    private static long difference(Map<String, Object> after, Map<String, Object> before, String key) {
        return ((Number) after.get(key)).longValue() - ((Number) before.get(key)).longValue();
    }

    private Browser signedIn(String demoLocalPart) {
        Browser browser = new Browser("http://localhost:" + port);
        browsers.add(browser);
        browser.runOnEveryPage(PROBE);
        browser.signIn(demoLocalPart);
        return browser;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
