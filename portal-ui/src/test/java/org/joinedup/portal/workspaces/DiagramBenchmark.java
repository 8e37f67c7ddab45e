package org.joinedup.portal.workspaces;

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

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.diagram.DiagramLayout;
import org.joinedup.pathway.diagram.DiagramSvg;
import org.joinedup.pathway.diagram.DraftDiagram;
import org.joinedup.pathway.diagram.PathwayDiagrams;
import org.joinedup.pathway.draft.BranchFields;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.portal.diagram.DiagramPanel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Server time to draw the diagram of a 200-step pathway (10 stages of 20 steps in three
 * settings, 100 hand-overs, 20 decisions of two branches): the service reading the draft
 * and laying it out with the SVG drawn from it; the same drawing from a version's content
 * as the print page makes it; the page's components alone (the drawing's element and the
 * text version); and the whole diagram page built on the server, text version included. Not part of the test run: {@code ./mvnw -B -Pbenchmarks -pl portal-ui -am verify};
 * figures go to {@code portal-ui/target/benchmarks/diagram.md}.
 */
@Tag("benchmark")
@DirtiesContext
class DiagramBenchmark extends WorkspaceTestSupport {

    private static final int WARM_UP = 20;
    private static final int ROUNDS = 30;
    private static final CareSetting[] SETTINGS = {CareSetting.PRIMARY, CareSetting.COMMUNITY, CareSetting.SECONDARY};

    @Autowired
    PathwayDiagrams diagrams;

    @Test
    void drawing_the_diagram_of_a_200_step_pathway() throws IOException {
        long workspaceId = pathway();
        signInAs("nurse");
        PathwaySnapshot content = drafts.snapshot(workspaceId);
        DraftDiagram drawn = diagrams.draft(workspaceId);
        String rows = String.join("\n",
                time("Draft diagram of 200 steps: service, layout and SVG", () -> {
                    DraftDiagram draft = diagrams.draft(workspaceId);
                    return DiagramSvg.draw(draft.diagram(), draft.title(), key -> "workspaces/" + workspaceId
                            + "?step=" + draft.stepIds().get(key));
                }),
                time("Published diagram of 200 steps: layout and SVG from the version's content",
                        () -> DiagramSvg.draw(DiagramLayout.of(content), "Diagram", key -> "#step-" + key)),
                time("Diagram components of 200 steps: the drawing's element and the text version", () -> new DiagramPanel(
                        drawn.diagram(), drawn.title(), key -> "workspaces/" + workspaceId + "?step=" + key, true)),
                time("Diagram page of 200 steps, text version included (view built on the server)",
                        () -> navigateTo("workspaces"), () -> {
                            navigateTo("workspaces/" + workspaceId + "/diagram");
                            return _get(DraftDiagramView.class);
                        })) + "\n";
        Path out = Path.of("target", "benchmarks", "diagram.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, rows);
        System.out.print(rows);
    }

    private long pathway() {
        long workspaceId = workspace("gp", "Diagram benchmark pathway");
        addMember(workspaceId, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        List<StepDetails> steps = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            long stage = stage(workspaceId, "gp", "Stage " + (s + 1)).id();
            for (int t = 0; t < 20; t++) {
                StepFields fields = StepFields.titled("Step " + (s + 1) + "." + (t + 1) + " of the benchmark pathway",
                        SETTINGS[(s + t) % 3]).withDescription("A realistic paragraph of guidance for this step, ".repeat(8));
                steps.add(as("gp", () -> drafts.addStep(stage, fields)));
            }
        }
        for (int h = 0; h < 100; h++) {
            long from = steps.get(h * 2).id();
            long to = steps.get(h * 2 + 1).id();
            as("gp", () -> drafts.addHandover(from, to, HandoverFields.triggeredBy("Trigger " + from)));
        }
        for (int d = 0; d < 20; d++) {
            StepDetails decision = steps.get(d * 10 + 5);
            String yes = steps.get((d * 10 + 9) % steps.size()).key();
            String no = steps.get((d * 10 + 1) % steps.size()).key();
            as("gp", () -> drafts.setBranches(decision.id(), List.of(new BranchFields("Yes", yes),
                    new BranchFields("No", no))));
        }
        return workspaceId;
    }

    /**
     * Wall-clock time, and the processor time of the thread doing the work: the latter leaves
     * out the database's share and any wait for a core, so it stays comparable on a busy machine.
     */
    private static String time(String what, Supplier<Object> draw) {
        return time(what, () -> { }, draw);
    }

    /** As {@link #time(String, Supplier)}, running {@code before} untimed before each round. */
    private static String time(String what, Runnable before, Supplier<Object> draw) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> times = new ArrayList<>();
        List<Long> processor = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            before.run();
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            draw.get();
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
