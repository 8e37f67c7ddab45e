package org.joinedup.portal.library;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.library.LibraryFilter;
import org.joinedup.pathway.library.PathwayLibrary;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Server time to open the pathway library with 500 published pathways (20 conditions in 25
 * localities, each a published version of three steps in three settings), as a clinician who
 * is a member of none of them: the route, the access check, the localities for the filter, the
 * count and the first page of rows with who agreed, built into the page. Also the service call
 * alone with a care-setting filter and with the quick filter. Not part of the test run:
 * {@code ./mvnw -B -Pbenchmarks -pl portal-ui -am verify}; figures go to
 * {@code portal-ui/target/benchmarks/library.md}.
 */
@Tag("benchmark")
@DirtiesContext
class LibraryOpeningBenchmark extends KaribuTest {

    private static final int PATHWAYS = 500;
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 30;
    private static final CareSetting[] SETTINGS = {CareSetting.PRIMARY, CareSetting.COMMUNITY, CareSetting.SECONDARY};

    @Autowired
    PathwayLibrary library;

    @Test
    void opening_the_library_with_500_published_pathways() throws IOException {
        PathwayFixture fixture = new PathwayFixture(context);
        for (int i = 0; i < PATHWAYS; i++) {
            long workspaceId = fixture.workspace("Condition " + (i % 20 + 1), "Place " + (i / 20 + 1));
            StageDetails stage = fixture.stage(workspaceId, "Stage 1");
            for (int s = 0; s < SETTINGS.length; s++) {
                fixture.step(stage, StepFields.titled("Step " + (s + 1), SETTINGS[(i + s) % 3])
                        .withDescription("A realistic paragraph of guidance for this step, ".repeat(8)));
            }
            fixture.publish(workspaceId, "First agreed version");
        }
        signInAs("mentalhealth");
        String rows = timed("Open the library page, first page of rows built (view on the server)",
                () -> navigateTo("notifications"), () -> {
            navigateTo("library");
            MockVaadin.clientRoundtrip(false);
            return _size(_get(Grid.class));
        }) + "\n" + timed("List the first 50 pathways through the service (count and page)", () -> { },
                () -> library.count(LibraryFilter.NONE) + library.entries(LibraryFilter.NONE, 0, 50).size())
                + "\n" + timed("List pathways with a step in community care (count and first 50)", () -> { }, () -> {
                    LibraryFilter community = LibraryFilter.NONE.withCareSetting(CareSetting.COMMUNITY);
                    return library.count(community) + library.entries(community, 0, 50).size();
                }) + "\n" + timed("Quick filter \u201cPlace 2\u201d (count and first 50)", () -> { }, () -> {
                    LibraryFilter text = LibraryFilter.NONE.withText("Place 2");
                    return library.count(text) + library.entries(text, 0, 50).size();
                }) + "\n";
        Path out = Path.of("target", "benchmarks", "library.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, rows);
        System.out.print(rows);
    }

    /**
     * Runs {@code before} untimed, then times {@code work}: wall-clock time, and the processor
     * time of the thread doing it, which leaves out waiting for the database and for a core and
     * so stays comparable when the machine is busy.
     */
    private static String timed(String what, Runnable before, Supplier<Object> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        List<Long> processor = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            before.run();
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            Object result = work.get();
            if (result == null) {
                throw new IllegalStateException(what + " returned nothing");
            }
            if (i >= WARM_UP) {
                times.add(System.nanoTime() - start);
                processor.add(threads.getCurrentThreadCpuTime() - startCpu);
            }
        }
        return row(what + ", wall time", times) + "\n" + row(what + ", processor time of the thread", processor);
    }

    private static String row(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms |", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.getLast() / 1e6);
    }
}
