package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Many people saving the same step at once: every save either lands or is told of the conflict. */
@JoinedUpTest
@DirtiesContext
class ConcurrentStepSavesTest extends KidneyPathwayTest {

    private static final int EDITORS = 24;

    @Test
    void of_many_saves_from_the_same_version_one_lands_and_every_other_gets_a_conflict() throws Exception {
        signInAs("nurse");
        StepDetails start = drafts.step(pathway.gpStep());
        List<Callable<String>> saves = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(EDITORS);
        for (int i = 0; i < EDITORS; i++) {
            String text = "Version written by editor " + i;
            String editor = i % 2 == 0 ? "nurse" : "gp";
            saves.add(() -> {
                signInAs(editor);
                ready.countDown();
                ready.await();
                try {
                    drafts.saveStep(start.id(), start.version(), start.fields().withDescription(text));
                    return "landed:" + text;
                } catch (StepConflictException conflict) {
                    return "conflict:" + conflict.theirs().version();
                } finally {
                    DemoSignIn.nobody();
                }
            });
        }
        List<String> outcomes = runAll(saves);

        List<String> landed = outcomes.stream().filter(o -> o.startsWith("landed:")).toList();
        assertThat(landed).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.startsWith("conflict:")).hasSize(EDITORS - 1);
        signInAs("nurse");
        StepDetails end = drafts.step(pathway.gpStep());
        assertThat(end.fields().description()).isEqualTo(landed.getFirst().substring("landed:".length()));
        assertThat(end.version()).isEqualTo(start.version() + 1);
    }

    @Test
    void editors_who_merge_after_a_conflict_lose_nothing() throws Exception {
        signInAs("nurse");
        long stepId = pathway.gpStep();
        List<Callable<String>> saves = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String line = "Point from editor " + i;
            saves.add(() -> {
                signInAs("nurse");
                try {
                    StepDetails base = drafts.step(stepId);
                    while (true) {
                        try {
                            drafts.saveStep(stepId, base.version(),
                                    base.fields().withDescription(base.fields().description() + "\n" + line));
                            return line;
                        } catch (StepConflictException conflict) {
                            base = conflict.theirs();
                        }
                    }
                } finally {
                    DemoSignIn.nobody();
                }
            });
        }
        List<String> lines = runAll(saves);

        signInAs("nurse");
        String description = drafts.step(stepId).fields().description();
        assertThat(lines).hasSize(EDITORS).allSatisfy(line -> assertThat(description).contains(line));
    }

    private static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<String> results = new ArrayList<>();
            for (Future<String> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
