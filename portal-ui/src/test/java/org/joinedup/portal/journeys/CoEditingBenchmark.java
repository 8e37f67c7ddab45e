package org.joinedup.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * One person retitles a step of a 30-step pathway again and again while 1, 5 and 10
 * co-editors, each a different member in a browser of their own, watch the editor. For
 * each save and each co-editor: the time from the click on Save in the saver's page to
 * the new title entering the co-editor's page, both read from the pages' own clocks, and
 * the bytes the portal pushed to that page meanwhile. Not part of the test run:
 * {@code ./mvnw -B -o -Pbrowser-benchmarks -pl portal-ui -am test -Dtest=CoEditingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to
 * {@code portal-ui/target/benchmarks/co-editing.md} (see docs/benchmarks.md).
 */
@Tag("browser-benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class CoEditingBenchmark {

    private static final int WARM_UP = 5;
    private static final int SAVES = 30;
    private static final int[] CO_EDITOR_COUNTS = {1, 5, 10};
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    /** Pushes that follow the one carrying the title (presence, the live feed) count towards the save too. */
    private static final long SETTLE_MILLIS = 500;
    private static final String SAVE = "Save step";

    /**
     * Runs in each page before the portal's scripts: counts what arrives over the push
     * WebSocket and in HTTP responses, notes the page clock of a click on Save, and has a
     * MutationObserver note the page clock at which an expected text first enters the page.
     */
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
            """.formatted(SAVE);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ServletContext servletContext;

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void a_saved_title_reaching_each_co_editor() throws IOException {
        assertThat(Browser.available()).as("Chromium and chromedriver at %s and %s", Browser.CHROMIUM,
                Browser.CHROMEDRIVER).isTrue();
        String editor = "workspaces/" + BenchmarkPathway.create(context);
        Browser saver = signedIn(BenchmarkPathway.SAVER);
        List<Browser> coEditors = BenchmarkPathway.CO_EDITORS.stream().map(this::signedIn).toList();
        saver.open(editor);
        openStep(saver, BenchmarkPathway.FIRST_STEP);

        BenchmarkResults results = new BenchmarkResults();
        results.add("Vaadin mode: " + BenchmarkResults.vaadinMode(servletContext) + "; " + LocalDateTime.now()
                + "; " + SAVES + " saves after " + WARM_UP + " warm-up saves, for each number of co-editors.");
        results.add("");
        results.add("| co-editors | arrivals | median | 95th percentile | slowest "
                + "| pushed per co-editor per save: median | 95th percentile | largest | WebSocket messages per save (median) |");
        results.add("|---|---|---|---|---|---|---|---|---|");
        int save = 0;
        for (int count : CO_EDITOR_COUNTS) {
            List<Browser> watching = coEditors.subList(0, count);
            for (Browser coEditor : watching) {
                coEditor.open(editor);
                coEditor.waitForText(BenchmarkPathway.FIRST_STEP, ARRIVAL);
            }
            List<Double> millis = new ArrayList<>();
            List<Double> kilobytes = new ArrayList<>();
            List<Double> messages = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAVES; i++) {
                List<Arrival> arrivals = saveOnce(saver, watching, "Step 1.1 retitled " + save++ + " " + System.nanoTime());
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
                    + String.format(java.util.Locale.ROOT, "%.0f", BenchmarkResults.median(messages)) + " |");
        }
        results.writeTo("co-editing.md");
    }

    private record Arrival(double millis, long bytes, long messages) {
    }

    /** One save of a new title, and when and at what cost it reached each watching co-editor. */
    private List<Arrival> saveOnce(Browser saver, List<Browser> watching, String title) {
        List<Map<String, Object>> before = new ArrayList<>();
        for (Browser coEditor : watching) {
            before.add(probe(coEditor, "__joinedupProbe.expect('" + title + "');"));
        }
        saver.textField("Title").sendKeys(Keys.chord(Keys.CONTROL, "a"), title);
        saver.button(SAVE).click();
        for (Browser coEditor : watching) {
            coEditor.waitUntil(ARRIVAL, () -> probe(coEditor, "").get("seenAt") != null);
        }
        saver.waitForText(title, ARRIVAL);
        sleep(SETTLE_MILLIS);
        double clickedAt = ((Number) probe(saver, "").get("clickedAt")).doubleValue();
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < watching.size(); i++) {
            Map<String, Object> after = probe(watching.get(i), "");
            arrivals.add(new Arrival(((Number) after.get("seenAt")).doubleValue() - clickedAt,
                    difference(after, before.get(i), "received"), difference(after, before.get(i), "frames")));
        }
        return arrivals;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> probe(Browser browser, String firstRun) {
        return (Map<String, Object>) browser.evaluate(firstRun + "const p = window.__joinedupProbe; return {seenAt: p.seenAt, "
                + "clickedAt: p.clickedAt, received: p.received(), frames: p.frames};");
    }

    private static long difference(Map<String, Object> after, Map<String, Object> before, String key) {
        return ((Number) after.get(key)).longValue() - ((Number) before.get(key)).longValue();
    }

    /** Opens the step from the stage list by its title, whatever component shows it. */
    private static void openStep(Browser browser, String title) {
        browser.waitUntil(ARRIVAL, () -> {
            try {
                WebElement link = browser.findAll(By.xpath("//*[normalize-space(text())='" + title + "']")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null);
                if (link != null) {
                    link.click();
                }
                return link != null;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
        browser.textField("Title");
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
