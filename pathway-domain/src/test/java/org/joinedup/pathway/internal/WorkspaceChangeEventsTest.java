package org.joinedup.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.PathwayReviewRequested;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a co-editor's page is told after each kind of change commits: the kind, the item
 * to reload and the stages to redraw. And what the audit trail says of a few of them.
 */
@JoinedUpTest
@DirtiesContext
class WorkspaceChangeEventsTest extends KidneyPathwayTest {

    @Autowired
    CollaborationBus bus;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    /** Each change below is made by Jo Williams, an editor, unless it says otherwise. */
    @BeforeEach
    void signInAsAnEditor() {
        signInAs("nurse");
    }

    @Test
    void a_saved_step_names_itself_and_its_stage() {
        StepDetails step = drafts.step(pathway.gpStep());

        CollaborationEvent event = onlyEventOf(() -> drafts.saveStep(step.id(), step.version(),
                step.fields().withTitle("Kidney check")));

        assertThat(event.kind()).isEqualTo(Kind.STEP_SAVED);
        assertThat(event.subjectId()).isEqualTo(pathway.gpStep());
        assertThat(event.stageIds()).containsExactly(pathway.recognitionStage());
        assertThat(event.message()).isEqualTo("Jo Williams saved the step \u201cKidney check\u201d");
    }

    @Test
    void a_step_moved_to_another_stage_names_both_stages() {
        CollaborationEvent event = onlyEventOf(() -> drafts.moveStep(pathway.clinicStep(), pathway.recognitionStage(), 0));

        assertThat(event.kind()).isEqualTo(Kind.STEP_MOVED);
        assertThat(event.subjectId()).isEqualTo(pathway.clinicStep());
        assertThat(event.stageIds()).containsExactly(pathway.assessmentStage(), pathway.recognitionStage());
        assertThat(lastAudit("pathway.step-moved"))
                .isEqualTo("Moved step \u201cRenal clinic review\u201d to stage \u201cRecognition\u201d, position 1");
    }

    @Test
    void a_step_moved_within_its_stage_names_that_stage_once() {
        StepDetails second = drafts.addStep(pathway.recognitionStage(), StepFields.titled("Repeat test", CareSetting.PRIMARY));

        CollaborationEvent event = onlyEventOf(() -> drafts.moveStep(second.id(), pathway.recognitionStage(), 0));

        assertThat(event.stageIds()).containsExactly(pathway.recognitionStage());
    }

    @Test
    void a_reordering_of_stages_names_every_stage_in_its_new_order() {
        StageDetails followUp = drafts.addStage(pathway.workspaceId(), "Follow-up");

        CollaborationEvent event = onlyEventOf(() -> drafts.moveStage(followUp.id(), 0));

        assertThat(event.kind()).isEqualTo(Kind.STAGES_REORDERED);
        assertThat(event.subjectId()).isEqualTo(followUp.id());
        assertThat(event.stageIds()).containsExactly(followUp.id(), pathway.recognitionStage(), pathway.assessmentStage());
        assertThat(lastAudit("pathway.stage-moved")).isEqualTo("Moved stage \u201cFollow-up\u201d to position 1");
    }

    @Test
    void a_stage_added_renamed_or_deleted_names_that_stage() {
        List<CollaborationEvent> heard = eventsOf(() -> {
            StageDetails added = drafts.addStage(pathway.workspaceId(), "Follow-up");
            drafts.renameStage(added.id(), added.version(), "Review");
            drafts.deleteStage(added.id());
        });

        assertThat(heard).hasSize(3).allSatisfy(event -> {
            assertThat(event.kind()).isEqualTo(Kind.STAGE_CHANGED);
            assertThat(event.stageIds()).containsExactly(event.subjectId());
        });
        assertThat(heard).extracting(CollaborationEvent::message).containsExactly(
                "Jo Williams added the stage \u201cFollow-up\u201d",
                "Jo Williams renamed the stage \u201cFollow-up\u201d",
                "Jo Williams deleted the stage \u201cReview\u201d");
        assertThat(lastAudit("pathway.stage-renamed")).isEqualTo("Renamed stage \u201cFollow-up\u201d to \u201cReview\u201d");
    }

    @Test
    void a_step_added_or_deleted_names_its_stage() {
        List<CollaborationEvent> heard = eventsOf(() -> {
            StepDetails added = drafts.addStep(pathway.assessmentStage(), StepFields.titled("Dietitian", CareSetting.SECONDARY));
            drafts.deleteStep(added.id());
        });

        assertThat(heard).extracting(CollaborationEvent::kind).containsExactly(Kind.STEP_ADDED, Kind.STEP_DELETED);
        assertThat(heard).allSatisfy(event -> assertThat(event.stageIds()).containsExactly(pathway.assessmentStage()));
        assertThat(heard.get(0).subjectId()).isEqualTo(heard.get(1).subjectId());
        assertThat(lastAudit("pathway.step-added"))
                .isEqualTo("Added step \u201cDietitian\u201d (Secondary care) to stage \u201cAssessment\u201d");
    }

    @Test
    void a_hand_over_change_names_the_hand_over_and_a_comment_names_its_step() {
        HandoverDetails handover = drafts.open(pathway.workspaceId()).handovers().getFirst();

        List<CollaborationEvent> heard = eventsOf(() -> {
            drafts.saveHandover(handover.id(), handover.version(), handover.fields());
            comments.addComment(pathway.clinicStep(), "Who books the clinic?");
        });

        assertThat(heard).extracting(CollaborationEvent::kind, CollaborationEvent::subjectId).containsExactly(
                tuple(Kind.HANDOVER_CHANGED, pathway.handover()),
                tuple(Kind.COMMENTS_CHANGED, pathway.clinicStep()));
        assertThat(heard).allSatisfy(event -> assertThat(event.stageIds()).isEmpty());
    }

    @Test
    void proposals_name_themselves_and_a_restore_replaces_the_draft() {
        signInAs("gp");
        long proposal = proposals.open(pathway.workspaceId(), "First agreed version", LocalDate.now().plusDays(14)).id();
        List<CollaborationEvent> signing = eventsOf(() -> agreeAndPublish(proposal));
        assertThat(signing).extracting(CollaborationEvent::kind).containsOnly(Kind.PROPOSAL_CHANGED);
        assertThat(signing).extracting(CollaborationEvent::subjectId).containsOnly(proposal);
        assertThat(signing).extracting(CollaborationEvent::message).containsExactly(
                "Dr Ben Carter agreed to proposal 1 for Primary care",
                "Dr Aisha Khan agreed to proposal 1 for Secondary care",
                "Dr Priya Shah published version 1");
        assertThat(lastAudit("proposal.published")).isEqualTo("Published proposal 1 as version 1 with the agreement of "
                + "Primary care (Dr Ben Carter), Secondary care (Dr Aisha Khan); review due "
                + LocalDate.now().plusMonths(24));

        CollaborationEvent restore = onlyEventOf(() -> history.restore(pathway.workspaceId(), 1));

        assertThat(restore.kind()).isEqualTo(Kind.DRAFT_REPLACED);
        assertThat(restore.message()).isEqualTo("Dr Priya Shah restored version 1 into the draft");
    }

    @Test
    void a_member_change_names_the_person() {
        long pharmacist = personId("pharmacist");
        signInAs("gp");

        CollaborationEvent event = onlyEventOf(() -> workspaces.changeMember(pathway.workspaceId(), pharmacist,
                Membership.of(WorkspaceRole.EDITOR)));

        assertThat(event.kind()).isEqualTo(Kind.MEMBERS_CHANGED);
        assertThat(event.subjectId()).isEqualTo(pharmacist);
        assertThat(lastAudit("workspace.member-changed")).isEqualTo("Daniel Hughes changed from observer to editor");
    }

    @Test
    void a_review_asked_for_by_another_module_is_told_as_the_portal_s_own_action() {
        CollaborationEvent event = onlyEventOf(() -> {
            DemoSignIn.nobody();
            events.publishEvent(new PathwayReviewRequested(pathway.workspaceId(), "Special-cause signal", "QI measure 7"));
        });

        assertThat(event.kind()).isEqualTo(Kind.WORKSPACE_CHANGED);
        assertThat(event.actorId()).isNull();
        assertThat(event.message())
                .isEqualTo("JoinedUp noted a request from QI measure 7 to review this pathway: Special-cause signal");
        assertThat(lastAudit("pathway.review-requested")).isEqualTo("Review requested by QI measure 7: Special-cause signal");
    }

    @Test
    void a_change_that_is_rolled_back_is_never_told() {
        List<CollaborationEvent> heard = eventsOf(() -> transactions.executeWithoutResult(status -> {
            drafts.moveStep(pathway.clinicStep(), pathway.recognitionStage(), 0);
            status.setRollbackOnly();
        }));

        assertThat(heard).isEmpty();
    }

    private CollaborationEvent onlyEventOf(Runnable change) {
        List<CollaborationEvent> heard = eventsOf(change);
        assertThat(heard).hasSize(1);
        return heard.getFirst();
    }

    /** The events the change publishes: those heard before a marker published after it returns. */
    private List<CollaborationEvent> eventsOf(Runnable change) {
        List<CollaborationEvent> heard = new CopyOnWriteArrayList<>();
        try (CollaborationBus.Subscription ignored = bus.subscribe(pathway.workspaceId(), heard::add)) {
            change.run();
            bus.publish(new CollaborationEvent(pathway.workspaceId(), Kind.PRESENCE_CHANGED, null, List.of(), null,
                    "marker", "marker", Instant.now()));
            await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty() && "marker".equals(heard.getLast().actorName()));
        }
        return heard.subList(0, heard.size() - 1);
    }

    private String lastAudit(String action) {
        return jdbc.queryForObject("select details from audit_entry where subject_type = 'workspace' and subject_id = ? "
                + "and action = ? order by id desc limit 1", String.class, pathway.workspaceId(), action);
    }
}
