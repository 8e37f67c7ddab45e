package org.joinedup.portal.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Live heap per open editor page, measured from outside the portal: the portal runs in a
 * JVM of its own ({@link EditorMemoryPortal}); one person signs in with a real browser and
 * opens the editor of the 30-step benchmark pathway, then the editor is opened N more
 * times in that session by replaying, with the session cookie, the two requests with which
 * the page had Vaadin build it: the start-up request that makes a UI and the navigation
 * event that builds the view in it (the route's own GET only returns the start-up page).
 * Each response is checked to carry the steps' titles. No browser tab, and so no push
 * connection, is behind those N pages. After each N,
 * {@code jcmd} forces full collections and reads the heap; the figure is the growth over
 * the baseline divided by N. Not part of the test run:
 * {@code ./mvnw -B -o -Pbrowser-benchmarks -pl portal-ui -am test -Dtest=EditorMemoryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to
 * {@code portal-ui/target/benchmarks/editor-memory.md} (see docs/benchmarks.md).
 */
@Tag("browser-benchmark")
class EditorMemoryBenchmark {

    /** How many pages are open at each measurement: {@code -Djoinedup.benchmark.pages=50,200}. */
    private static final int[] PAGE_COUNTS = java.util.Arrays.stream(
            System.getProperty("joinedup.benchmark.pages", "50,200").split(",")).mapToInt(Integer::parseInt).toArray();
    /** Opened before the baseline, so first-use caches and class loading are not counted per page. */
    private static final int WARM_UP_PAGES = 5;
    private static final Duration START = Duration.ofMinutes(5);
    /** Room for 200 pages in development mode, which holds tens of megabytes per page. */
    /** {@code -Djoinedup.benchmark.tabs=true}: open the pages as real tabs of the signed-in browser instead. */
    private static final boolean TABS = Boolean.getBoolean("joinedup.benchmark.tabs");
    private static final String HEAP = System.getProperty("joinedup.benchmark.portal-heap", "12g");
    private static final Pattern READY = Pattern.compile(Pattern.quote(EditorMemoryPortal.READY)
            + " port=(\\d+) workspace=(\\d+) mode=(\\w+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    /** Runs in each page first: keeps the address and body of every request the page's scripts send. */
    private static final String RECORD_REQUESTS = """
            (() => {
              const sent = window.__joinedupRequests = [];
              const open = XMLHttpRequest.prototype.open;
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.open = function (method, url, ...rest) {
                this.__joinedupUrl = String(url);
                return open.call(this, method, url, ...rest);
              };
              XMLHttpRequest.prototype.send = function (body) {
                sent.push({url: this.__joinedupUrl, body: typeof body === 'string' ? body : null});
                return send.call(this, body);
              };
              const nativeFetch = window.fetch;
              window.fetch = (input, init) => {
                sent.push({url: String(input instanceof Request ? input.url : input),
                    body: init && typeof init.body === 'string' ? init.body : null});
                return nativeFetch(input, init);
              };
            })();
            """;
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)", Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private int opened;

    @Test
    void live_heap_per_open_editor_page() throws Exception {
        assertThat(Browser.available()).as("Chromium and chromedriver at %s and %s", Browser.CHROMIUM,
                Browser.CHROMEDRIVER).isTrue();
        Path log = Path.of("target", "benchmarks", "editor-memory-portal.log");
        Files.createDirectories(log.getParent());
        Process portal = start(log);
        try {
            Matcher ready = awaitReady(portal, log);
            String base = "http://localhost:" + ready.group(1);
            String editor = "workspaces/" + ready.group(2);
            BenchmarkResults results = new BenchmarkResults();
            results.add("Vaadin mode: " + ready.group(3) + "; " + LocalDateTime.now() + "; pages opened "
                    + (TABS ? "as tabs of the signed-in browser, " : "by replaying the editor's start-up and navigation "
                    + "requests in one signed-in session, ") + WARM_UP_PAGES + " before the baseline.");
            results.add("");
            results.add("| open editor pages | heap used after full GC (GC.heap_info) | per page "
                    + "| live objects (GC.class_histogram) | per page |");
            results.add("|---|---|---|---|---|");
            try (Browser browser = new Browser(base)) {
                browser.runOnEveryPage(RECORD_REQUESTS);
                browser.signIn(BenchmarkPathway.CO_EDITORS.getFirst());
                browser.open(editor);
                browser.waitForText(BenchmarkPathway.FIRST_STEP, Duration.ofSeconds(30));
                String session = browser.cookie("JSESSIONID");
                PageRequests requests = pageRequests(browser, base);
                openPages(browser, editor, requests, session, WARM_UP_PAGES);
                Heap baseline = heap(portal.pid());
                results.add("| baseline | " + mb(baseline.used()) + " | | " + mb(baseline.live()) + " | |");
                int open = 0;
                Heap last = baseline;
                for (int count : PAGE_COUNTS) {
                    openPages(browser, editor, requests, session, count - open);
                    open = count;
                    last = heap(portal.pid());
                    results.add("| " + count + " | " + mb(last.used()) + " | " + kb((last.used() - baseline.used()) / count)
                            + " | " + mb(last.live()) + " | " + kb((last.live() - baseline.live()) / count) + " |");
                    results.writeTo("editor-memory.md");
                }
                results.add("");
                results.add("What each of the " + open + " pages holds, by class (growth over the baseline):");
                results.add("");
                results.add("| class | bytes per page | instances per page |");
                results.add("|---|---|---|");
                for (String row : largestGrowth(baseline, last, open)) {
                    results.add(row);
                }
            }
            results.writeTo("editor-memory.md");
        } finally {
            stop(portal);
        }
    }

    private record Heap(long used, long live, Map<String, long[]> byClass) {
    }

    private static Process start(Path log) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + HEAP,
                "-cp", classPath, EditorMemoryPortal.class.getName(), "--spring.profiles.active=test,demo",
                "--server.port=0", "--joinedup.data-dir=target/editor-memory-data")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Matcher awaitReady(Process portal, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            Matcher ready = READY.matcher(Files.readString(log));
            if (ready.find()) {
                return ready;
            }
            if (!portal.isAlive()) {
                throw new IllegalStateException("The portal stopped before it was ready; see " + log.toAbsolutePath());
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal was not ready within " + START + "; see " + log.toAbsolutePath());
    }

    /** The two requests with which a page of the editor had Vaadin build it, as the browser sent them. */
    private record PageRequests(String base, String init, String navigation) {
    }

    private static PageRequests pageRequests(Browser browser, String base) {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> sent = (List<Map<String, String>>) browser.evaluate("return window.__joinedupRequests");
        String init = sent.stream().map(request -> request.get("url")).filter(url -> url.contains("v-r=init"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No start-up request in " + sent));
        String navigation = sent.stream().map(request -> request.get("body"))
                .filter(body -> body != null && body.contains("ui-navigate")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No navigation request in " + sent));
        return new PageRequests(base, URI.create(base + "/").resolve(init).toString(), navigation);
    }

    /**
     * Opens one more editor page in the session as the browser did: the start-up request
     * (under a window name of its own) makes a new UI, and the navigation event sent to
     * that UI builds the editor in it, which stays in the session until it is closed.
     */
    private void openPages(Browser browser, String editor, PageRequests requests, String session, int count)
            throws IOException, InterruptedException {
        for (int i = 0; i < count; i++) {
            if (TABS) {
                browser.openInNewTab(editor);
                browser.waitForText(BenchmarkPathway.FIRST_STEP, Duration.ofSeconds(60));
                continue;
            }
            String ui = send(HttpRequest.newBuilder(URI.create(requests.init().replaceAll("v-wn=[^&]*",
                    "v-wn=page-" + (++opened)))), session);
            Matcher id = UI_ID.matcher(ui);
            Matcher key = SECURITY_KEY.matcher(ui);
            assertThat(id.find() && key.find()).as("a new UI and its security key in " + ui).isTrue();
            String navigation = requests.navigation().replaceFirst("\"csrfToken\":\"[^\"]*\"",
                    "\"csrfToken\":\"" + key.group(1) + "\"");
            String built = send(HttpRequest.newBuilder(URI.create(requests.base() + "/?v-r=uidl&v-uiId=" + id.group(1)))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigation)), session);
            assertThat(built).as("the editor built on the server").contains(BenchmarkPathway.FIRST_STEP);
        }
    }

    private String send(HttpRequest.Builder request, String session) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static Heap heap(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        String histogram = jcmd(pid, "GC.class_histogram");
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        if (!used.find() || !total.find()) {
            throw new IllegalStateException("Unexpected jcmd output:\n" + histogram);
        }
        Map<String, long[]> byClass = new HashMap<>();
        for (String line : histogram.lines().toList()) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                byClass.put(row.group(3), new long[] {Long.parseLong(row.group(2)), Long.parseLong(row.group(1))});
            }
        }
        return new Heap(Long.parseLong(used.group(1)) * 1024, Long.parseLong(total.group(2)), byClass);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
        }
        return output;
    }

    private static List<String> largestGrowth(Heap before, Heap after, int pages) {
        return after.byClass().entrySet().stream()
                .map(entry -> {
                    long[] was = before.byClass().getOrDefault(entry.getKey(), new long[2]);
                    return Map.entry(entry.getKey(), new long[] {entry.getValue()[0] - was[0], entry.getValue()[1] - was[1]});
                })
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> entry) -> entry.getValue()[0]).reversed())
                .limit(15)
                .map(entry -> String.format(Locale.ROOT, "| `%s` | %s | %.0f |", entry.getKey(),
                        kb(entry.getValue()[0] / pages), entry.getValue()[1] / (double) pages))
                .toList();
    }

    /** Ends the portal as a deployer would, so its embedded database stops too. */
    private static void stop(Process portal) throws InterruptedException {
        List<ProcessHandle> children = portal.descendants().toList();
        portal.destroy();
        if (!portal.waitFor(90, TimeUnit.SECONDS)) {
            portal.destroyForcibly();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }
}
