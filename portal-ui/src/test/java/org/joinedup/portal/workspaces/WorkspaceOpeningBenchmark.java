package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Server time to open the live editor on a pathway of 200 and of 1,000 steps: the route,
 * the services and building the components, as when a person follows a link to the
 * workspace. Closed stages draw no steps until the person opens them. Also what one open
 * editor page of the 30-step pathway draws on the server: its step rows and the state
 * nodes of its UI (memory is {@code EditorMemoryBenchmark}'s, from outside). Not part of the
 * test run: {@code ./mvnw -B -Pbenchmarks -pl portal-ui -am verify}; figures go to
 * {@code portal-ui/target/benchmarks/opening.md} and {@code editor-page.md}.
 */
@Tag("benchmark")
@DirtiesContext
class WorkspaceOpeningBenchmark extends WorkspaceTestSupport {

    private static final int WARM_UP = 20;
    private static final int ROUNDS = 30;
    private static final CareSetting[] SETTINGS = {CareSetting.PRIMARY, CareSetting.COMMUNITY, CareSetting.SECONDARY};

    @Test
    void opening_pathways_of_200_and_1000_steps() throws IOException {
        String rows = timeOpening(pathway("Benchmark pathway", 10, 20, 100), 200) + "\n"
                + timeOpening(pathway("Large benchmark pathway", 20, 50, 100), 1000) + "\n";
        write("opening.md", rows);
    }

    @Test
    void what_one_editor_page_of_30_steps_holds() throws IOException {
        write("editor-page.md", pageSize(pathway("Thirty-step pathway", 3, 10, 10)) + "\n");
    }

    private static void write(String file, String rows) throws IOException {
        Path out = Path.of("target", "benchmarks", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, rows);
        System.out.print(rows);
    }

    /** A workspace of {@code stages} stages of {@code stepsPerStage} steps, each with a paragraph, and hand-overs. */
    private long pathway(String title, int stages, int stepsPerStage, int handovers) {
        long workspaceId = workspace("gp", title);
        addMember(workspaceId, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        List<Long> steps = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            long stage = stage(workspaceId, "gp", "Stage " + (s + 1)).id();
            for (int t = 0; t < stepsPerStage; t++) {
                StepFields fields = StepFields.titled("Step " + (s + 1) + "." + (t + 1), SETTINGS[(s + t) % 3])
                        .withDescription("A realistic paragraph of guidance for this step, ".repeat(8));
                steps.add(as("gp", () -> drafts.addStep(stage, fields)).id());
            }
        }
        for (int h = 0; h < handovers; h++) {
            long from = steps.get(h);
            long to = steps.get(h + 1);
            as("gp", () -> drafts.addHandover(from, to, HandoverFields.triggeredBy("Trigger")));
        }
        return workspaceId;
    }

    /**
     * Wall-clock time, and the processor time of the thread that builds the page: the latter
     * leaves out the database's share but also any wait for a processor, so it stays
     * comparable when the machine is busy with other work.
     */
    private String timeOpening(long workspaceId, int stepCount) {
        signInAs("nurse");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        List<Long> processor = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            navigateTo("workspaces");
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            navigateTo("workspaces/" + workspaceId);
            _get(WorkspaceView.class);
            if (i >= WARM_UP) {
                times.add(System.nanoTime() - start);
                processor.add(threads.getCurrentThreadCpuTime() - startCpu);
            }
        }
        return row(String.format(Locale.ROOT, "Open the live editor on a %,d-step pathway (view built on the server)",
                stepCount), times) + "\n" + row(String.format(Locale.ROOT,
                "Open the live editor on a %,d-step pathway (processor time of the page's thread)", stepCount), processor);
    }

    /**
     * What one editor page of the pathway draws: its step rows and its UI's state nodes. How
     * much memory a page keeps is measured from outside the JVM, with real tabs, by
     * {@code EditorMemoryBenchmark}: a heap figure read inside this JVM moved by more than a
     * page's worth between collections.
     */
    private String pageSize(long workspaceId) {
        signInAs("nurse");
        navigateTo("workspaces/" + workspaceId);
        int rows = _find(Button.class, spec -> spec.withClasses("step-link")).size();
        AtomicInteger nodes = new AtomicInteger();
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes.incrementAndGet());
        return String.format(Locale.ROOT, "| Step rows drawn when the editor opens (30 steps in 3 stages) | %d |%n"
                + "| State nodes of one open editor page (30 steps, whole UI) | %d |", rows, nodes.get());
    }

    private static String row(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms |", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.getLast() / 1e6);
    }
}
