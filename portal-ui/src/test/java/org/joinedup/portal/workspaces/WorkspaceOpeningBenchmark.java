package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Server time to open the live editor on a 200-step pathway: the route, the services and
 * building every component, as when a person follows a link to the workspace. Not part of
 * the test run: {@code ./mvnw -B -Pbenchmarks -pl portal-ui -am verify}; figures go to
 * {@code portal-ui/target/benchmarks/opening.md}.
 */
@Tag("benchmark")
@DirtiesContext
class WorkspaceOpeningBenchmark extends WorkspaceTestSupport {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 30;

    @Test
    void opening_a_200_step_pathway() throws IOException {
        long workspaceId = workspace("gp", "Benchmark pathway");
        addMember(workspaceId, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        CareSetting[] settings = {CareSetting.PRIMARY, CareSetting.COMMUNITY, CareSetting.SECONDARY};
        List<Long> steps = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            long stage = stage(workspaceId, "gp", "Stage " + (s + 1)).id();
            for (int t = 0; t < 20; t++) {
                StepFields fields = StepFields.titled("Step " + (s + 1) + "." + (t + 1), settings[(s + t) % 3])
                        .withDescription("A realistic paragraph of guidance for this step, ".repeat(8));
                steps.add(as("gp", () -> drafts.addStep(stage, fields)).id());
            }
        }
        for (int h = 0; h < 100; h++) {
            long from = steps.get(h);
            long to = steps.get(h + 1);
            as("gp", () -> drafts.addHandover(from, to, HandoverFields.triggeredBy("Trigger")));
        }
        signInAs("nurse");
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            navigateTo("workspaces");
            long start = System.nanoTime();
            navigateTo("workspaces/" + workspaceId);
            _get(WorkspaceView.class);
            if (i >= WARM_UP) {
                times.add(System.nanoTime() - start);
            }
        }
        Collections.sort(times);
        String row = String.format(Locale.ROOT, "| Open the live editor on a 200-step pathway (view built on the server) | %d | %.1f ms | %.1f ms | %.1f ms |",
                times.size(), times.get(times.size() / 2) / 1e6, times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6,
                times.getLast() / 1e6);
        Path out = Path.of("target", "benchmarks", "opening.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, row + "\n");
        System.out.println(row);
    }
}
