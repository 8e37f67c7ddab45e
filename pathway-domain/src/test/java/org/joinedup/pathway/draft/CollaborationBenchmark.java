package org.joinedup.pathway.draft;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Measures how long a saved change takes to reach co-editors, and how long the server
 * takes to open a large pathway; and what one save and one co-editor's reload ask of the
 * database and the processor, which, unlike the times, hardly change when the machine is
 * busy. Not part of the test run: start it with
 * {@code ./mvnw -B -Pbenchmarks -pl pathway-domain -am verify} (see docs/benchmarks.md).
 * Figures are written to {@code pathway-domain/target/benchmarks/collaboration.md} and
 * {@code statements.md}.
 */
@Tag("benchmark")
@JoinedUpTest
@DirtiesContext
class CollaborationBenchmark {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 30;
    private static final String[] CO_EDITORS = {"nurse", "lmc", "lnc", "pharmacist", "consultant", "mentalhealth",
            "socialcare", "publichealth", "qilead", "facilitator"};

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    DraftService drafts;
    @Autowired
    CollaborationBus bus;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void benchmark() throws Exception {
        report.add("| measurement | runs | median | 95th percentile | 99th percentile | slowest |");
        report.add("|---|---|---|---|---|---|");
        long pathway = pathwayOfSteps(10, 20, 100);
        openingTime(pathway);
        for (int coEditors : new int[] {2, 10, 50}) {
            propagation(pathwayOfSteps(6, 5, 10), coEditors);
        }
        Path out = Path.of("target", "benchmarks", "collaboration.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n");
        System.out.println(String.join("\n", report));
    }

    /**
     * Statements the database receives (its own count, {@code Questions}: every statement,
     * a transaction's own set-up and commit included) and processor time of the calling
     * thread, for one step save and for one co-editor's reload of the saved step.
     */
    @Test
    void statements_per_save_and_per_reload() throws Exception {
        long workspaceId = pathwayOfSteps(6, 5, 10);
        DemoSignIn.as(users, "gp");
        long stepId = drafts.open(workspaceId).stages().getFirst().steps().getFirst().id();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long first = questions();
        long asking = questions() - first;
        List<Long> saveStatements = new ArrayList<>();
        List<Long> reloadStatements = new ArrayList<>();
        List<Long> saveProcessor = new ArrayList<>();
        List<Long> reloadProcessor = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            DemoSignIn.as(users, "gp");
            StepDetails step = drafts.step(stepId);
            long statements = questions();
            long processor = threads.getCurrentThreadCpuTime();
            drafts.saveStep(stepId, step.version(), step.fields().withDescription("Round " + i));
            long saveCpu = threads.getCurrentThreadCpuTime() - processor;
            long saved = questions() - statements - asking;
            DemoSignIn.as(users, "nurse");
            statements = questions();
            processor = threads.getCurrentThreadCpuTime();
            drafts.step(stepId);
            long reloadCpu = threads.getCurrentThreadCpuTime() - processor;
            long reloaded = questions() - statements - asking;
            if (i >= WARM_UP) {
                saveStatements.add(saved);
                reloadStatements.add(reloaded);
                saveProcessor.add(saveCpu);
                reloadProcessor.add(reloadCpu);
            }
        }
        List<String> lines = List.of("| measurement | runs | median | 95th percentile | slowest |", "|---|---|---|---|---|",
                counted("Statements the database receives for one step save", saveStatements),
                counted("Statements the database receives for one co-editor's reload of the saved step", reloadStatements),
                timed("Processor time of one step save (the saving thread)", saveProcessor),
                timed("Processor time of one co-editor's reload (its thread)", reloadProcessor));
        Path out = Path.of("target", "benchmarks", "statements.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n");
        System.out.println(String.join("\n", lines));
    }

    private long questions() {
        return jdbc.queryForObject("show global status like 'Questions'", (row, n) -> row.getLong(2));
    }

    private static String counted(String what, List<Long> counts) {
        List<Long> sorted = new ArrayList<>(counts);
        Collections.sort(sorted);
        return "| " + what + " | " + sorted.size() + " | " + sorted.get(sorted.size() / 2) + " | "
                + percentile(sorted, 0.95) + " | " + sorted.getLast() + " |";
    }

    private static String timed(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return "| " + what + " | " + sorted.size() + " | " + ms(sorted.get(sorted.size() / 2)) + " | "
                + ms(percentile(sorted, 0.95)) + " | " + ms(sorted.getLast()) + " |";
    }

    /** Server time to load a whole draft, as the editor does when it opens. */
    private void openingTime(long workspaceId) {
        DemoSignIn.as(users, "nurse");
        for (int i = 0; i < WARM_UP; i++) {
            drafts.open(workspaceId);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            DraftPathway draft = drafts.open(workspaceId);
            times.add(System.nanoTime() - start);
            if (draft.stepCount() != 200) {
                throw new IllegalStateException("Expected 200 steps, found " + draft.stepCount());
            }
        }
        row("Open a 200-step pathway (10 stages, 100 hand-overs)", times);
    }

    /**
     * One editor saves a step; every co-editor's open workspace hears of it through the bus
     * and reloads that step through the service under its own sign-in, as the editor page
     * does before it updates the step's row. The time is from the start of the save until
     * each co-editor's reload has finished.
     */
    private void propagation(long workspaceId, int coEditors) throws Exception {
        List<SecurityContext> contexts = new ArrayList<>();
        for (int i = 0; i < coEditors; i++) {
            DemoSignIn.as(users, CO_EDITORS[i % CO_EDITORS.length]);
            contexts.add(SecurityContextHolder.getContext());
        }
        DemoSignIn.nobody();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> lastToArrive = new ArrayList<>();
        var round = new java.util.concurrent.atomic.AtomicReference<CountDownLatch>();
        var started = new java.util.concurrent.atomic.AtomicLong();
        var measuring = new java.util.concurrent.atomic.AtomicBoolean();
        var arrivals = new ConcurrentHashMap<Integer, Long>();
        List<CollaborationBus.Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < coEditors; i++) {
            SecurityContext context = contexts.get(i);
            int editor = i;
            subscriptions.add(bus.subscribe(workspaceId, event -> {
                if (event.kind() != CollaborationEvent.Kind.STEP_SAVED) {
                    return;
                }
                SecurityContextHolder.setContext(context);
                try {
                    drafts.step(event.subjectId());
                } finally {
                    SecurityContextHolder.clearContext();
                }
                long latency = System.nanoTime() - started.get();
                if (measuring.get()) {
                    latencies.add(latency);
                    arrivals.merge(0, latency, Math::max);
                }
                round.get().countDown();
            }));
        }
        try {
            DemoSignIn.as(users, "gp");
            long stepId = drafts.open(workspaceId).stages().getFirst().steps().getFirst().id();
            for (int i = 0; i < WARM_UP + ROUNDS; i++) {
                measuring.set(i >= WARM_UP);
                arrivals.clear();
                round.set(new CountDownLatch(coEditors));
                StepDetails step = drafts.step(stepId);
                started.set(System.nanoTime());
                drafts.saveStep(stepId, step.version(), step.fields().withDescription("Round " + i));
                if (!round.get().await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("Co-editors did not all hear of round " + i);
                }
                if (measuring.get()) {
                    lastToArrive.add(arrivals.get(0));
                }
            }
        } finally {
            subscriptions.forEach(CollaborationBus.Subscription::close);
        }
        row("Saved change reaches each of " + coEditors + " co-editors", latencies);
        row("Saved change reaches the last of " + coEditors + " co-editors", lastToArrive);
    }

    private long pathwayOfSteps(int stages, int stepsPerStage, int handovers) {
        DemoSignIn.as(users, "gp");
        long id = workspaces.create(new NewWorkspace("Benchmark " + stages * stepsPerStage + " steps",
                "Place " + System.nanoTime(), WorkspaceVisibility.MEMBERS_ONLY, 24)).id();
        for (String member : CO_EDITORS) {
            workspaces.addMember(id, KidneyPathway.personId(jdbc, member), Membership.of(WorkspaceRole.EDITOR));
        }
        List<Long> stepIds = new ArrayList<>();
        CareSetting[] settings = {CareSetting.PRIMARY, CareSetting.COMMUNITY, CareSetting.SECONDARY};
        for (int s = 0; s < stages; s++) {
            long stage = drafts.addStage(id, "Stage " + (s + 1)).id();
            for (int t = 0; t < stepsPerStage; t++) {
                StepFields fields = StepFields.titled("Step " + (s + 1) + "." + (t + 1), settings[(s + t) % 3])
                        .withDescription("A realistic paragraph of guidance for this step, ".repeat(8));
                stepIds.add(drafts.addStep(stage, fields).id());
            }
        }
        for (int h = 0; h < handovers; h++) {
            drafts.addHandover(stepIds.get(h % stepIds.size()), stepIds.get((h + 1) % stepIds.size()),
                    HandoverFields.triggeredBy("Trigger " + h));
        }
        return id;
    }

    private void row(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        report.add("| " + what + " | " + sorted.size() + " | " + ms(sorted.get(sorted.size() / 2)) + " | "
                + ms(percentile(sorted, 0.95)) + " | " + ms(percentile(sorted, 0.99)) + " | " + ms(sorted.getLast()) + " |");
    }

    private static long percentile(List<Long> sorted, double fraction) {
        return sorted.get((int) Math.ceil(sorted.size() * fraction) - 1);
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1_000_000.0);
    }
}
