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
 * then opens the editor of the 30-step benchmark pathway N times in that session, as
 * plain GETs of the route with the session cookie (Vaadin builds the whole view on that
 * request, which the response proves by carrying the steps' titles). After each N,
 * {@code jcmd} forces full collections and reads the heap; the figure is the growth over
 * the baseline divided by N. Not part of the test run:
 * {@code ./mvnw -B -o -Pbrowser-benchmarks -pl portal-ui -am test -Dtest=EditorMemoryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to
 * {@code portal-ui/target/benchmarks/editor-memory.md} (see docs/benchmarks.md).
 */
@Tag("browser-benchmark")
class EditorMemoryBenchmark {

    private static final int[] PAGE_COUNTS = {50, 200};
    /** Opened before the baseline, so first-use caches and class loading are not counted per page. */
    private static final int WARM_UP_PAGES = 5;
    private static final Duration START = Duration.ofMinutes(5);
    private static final Pattern READY = Pattern.compile(Pattern.quote(EditorMemoryPortal.READY)
            + " port=(\\d+) workspace=(\\d+) mode=(\\w+)");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)", Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
            String editor = base + "/workspaces/" + ready.group(2);
            BenchmarkResults results = new BenchmarkResults();
            results.add("Vaadin mode: " + ready.group(3) + "; " + LocalDateTime.now() + "; pages opened as GETs of "
                    + "the editor's route in one signed-in session, " + WARM_UP_PAGES + " before the baseline.");
            results.add("");
            results.add("| open editor pages | heap used after full GC (GC.heap_info) | per page "
                    + "| live objects (GC.class_histogram) | per page |");
            results.add("|---|---|---|---|---|");
            try (Browser browser = new Browser(base)) {
                browser.signIn(BenchmarkPathway.CO_EDITORS.getFirst());
                browser.open(editor.substring(base.length() + 1));
                browser.waitForText(BenchmarkPathway.FIRST_STEP, Duration.ofSeconds(30));
                String session = browser.cookie("JSESSIONID");
                openPages(editor, session, WARM_UP_PAGES);
                Heap baseline = heap(portal.pid());
                results.add("| baseline | " + mb(baseline.used()) + " | | " + mb(baseline.live()) + " | |");
                int open = 0;
                Heap last = baseline;
                for (int count : PAGE_COUNTS) {
                    openPages(editor, session, count - open);
                    open = count;
                    last = heap(portal.pid());
                    results.add("| " + count + " | " + mb(last.used()) + " | " + kb((last.used() - baseline.used()) / count)
                            + " | " + mb(last.live()) + " | " + kb((last.live() - baseline.live()) / count) + " |");
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
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx4g",
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

    /** Each GET builds a new editor page on the server, held in the session until it is closed. */
    private void openPages(String editor, String session, int count) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(editor)).header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "text/html").header("Sec-Fetch-Dest", "document").header("Sec-Fetch-Mode", "navigate")
                .GET().build();
        for (int i = 0; i < count; i++) {
            HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as("the editor built on the first request").contains(BenchmarkPathway.FIRST_STEP);
        }
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
