package org.joinedup.portal.journeys;

import java.util.ArrayList;
import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.PathwayFixture;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The pathway the browser benchmarks open: three stages of ten steps, each step with a
 * paragraph of guidance, ten hand-overs, convened by {@value #SAVER} with every one of
 * {@link #CO_EDITORS} a member, written through the public services.
 */
final class BenchmarkPathway {

    static final String SAVER = PathwayFixture.CONVENOR;
    /** Demo staff accounts, each with its own authenticator code, so each co-editor is a different person. */
    static final List<String> CO_EDITORS = List.of("nurse", "lmc", "lnc", "pharmacist", "consultant", "mentalhealth",
            "socialcare", "publichealth", "qilead", "facilitator");
    /** The first step of the first stage: shown without opening or scrolling anything. */
    static final String FIRST_STEP = "Step 1.1";
    static final int STEPS = 30;

    private static final int STAGES = 3;
    private static final CareSetting[] SETTINGS = {CareSetting.PRIMARY, CareSetting.COMMUNITY, CareSetting.SECONDARY};

    private BenchmarkPathway() {
    }

    /** Writes the pathway and returns its workspace id. */
    static long create(ApplicationContext context) {
        PathwayFixture fixture = new PathwayFixture(context);
        long workspaceId = fixture.workspace("Benchmark pathway", "Place " + System.nanoTime());
        addRemainingCoEditors(context, fixture, workspaceId);
        List<StepDetails> steps = new ArrayList<>();
        for (int s = 1; s <= STAGES; s++) {
            StageDetails stage = fixture.stage(workspaceId, "Stage " + s);
            for (int t = 1; t <= STEPS / STAGES; t++) {
                steps.add(fixture.step(stage, StepFields.titled("Step " + s + "." + t, SETTINGS[(s + t) % 3])
                        .withDescription("A realistic paragraph of **guidance** for this step, ".repeat(8))));
            }
        }
        for (int h = 0; h < 10; h++) {
            fixture.handover(steps.get(h * 2), steps.get(h * 2 + 1), HandoverFields.triggeredBy("Trigger " + h));
        }
        return workspaceId;
    }

    private static void addRemainingCoEditors(ApplicationContext context, PathwayFixture fixture, long workspaceId) {
        WorkspaceService workspaces = context.getBean(WorkspaceService.class);
        DemoSignIn.as(context.getBean(UserDetailsService.class), SAVER);
        try {
            CO_EDITORS.stream().filter(person -> !PathwayFixture.REPRESENTATIVES.containsValue(person))
                    .forEach(person -> workspaces.addMember(workspaceId, fixture.personId(person),
                            Membership.of(WorkspaceRole.EDITOR)));
        } finally {
            DemoSignIn.nobody();
        }
    }
}
