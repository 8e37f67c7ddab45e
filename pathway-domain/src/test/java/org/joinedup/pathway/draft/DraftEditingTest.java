package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.comments.CommentDetails;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.proposal.PathwayReviewRequested;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceSettings;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.audit.ChainCheck;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Editing the draft: structure, bad input, access, comments, live events and the audit trail. */
@JoinedUpTest
@DirtiesContext
class DraftEditingTest extends KidneyPathwayTest {

    @Autowired
    CollaborationBus bus;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_draft_is_the_journey_in_order_with_its_hand_overs() {
        signInAs("pharmacist");
        DraftPathway draft = drafts.open(pathway.workspaceId());

        assertThat(draft.stages()).extracting(StageDetails::title).containsExactly("Recognition", "Assessment");
        assertThat(draft.handovers()).singleElement().satisfies(h -> {
            assertThat(h.fromSetting()).isEqualTo(CareSetting.PRIMARY);
            assertThat(h.toSetting()).isEqualTo(CareSetting.SECONDARY);
            assertThat(h.fields().pendingResults()).isEqualTo(HandoverFields.DEFAULT_PENDING_RESULTS);
        });
        assertThat(draft.permissions().edits()).as("an observer reads but does not edit").isFalse();
        assertThat(draft.step(pathway.gpStep()).orElseThrow().lastEditedBy()).isEqualTo("Dr Priya Shah");
    }

    @Test
    void steps_move_between_stages_but_not_into_a_deleted_one() {
        signInAs("nurse");
        StageDetails spare = drafts.addStage(pathway.workspaceId(), "Follow-up");
        drafts.moveStep(pathway.clinicStep(), pathway.recognitionStage(), 0);
        assertThat(drafts.open(pathway.workspaceId()).stages().getFirst().steps()).extracting(step -> step.fields().title())
                .containsExactly("Renal clinic review", "Annual kidney check");

        drafts.deleteStage(spare.id());
        assertThatThrownBy(() -> drafts.moveStep(pathway.gpStep(), spare.id(), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("deleted");
        assertThatThrownBy(() -> drafts.deleteStage(pathway.recognitionStage()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("still has 2 steps");
    }

    @Test
    void saving_a_step_someone_deleted_is_refused_with_a_message_and_saves_nothing() {
        signInAs("nurse");
        StepDetails open = drafts.step(pathway.clinicStep());
        signInAs("gp");
        drafts.deleteStep(pathway.clinicStep());

        signInAs("nurse");
        assertThatThrownBy(() -> drafts.saveStep(open.id(), open.version(), open.fields().withTitle("Mine")))
                .isInstanceOf(DraftItemGoneException.class).hasMessageContaining("What you typed is still in the form");
        assertThat(drafts.open(pathway.workspaceId()).handovers()).as("its hand-over went with it").isEmpty();
    }

    @Test
    void overlong_fields_are_refused_before_anything_is_saved() {
        signInAs("nurse");
        StepDetails step = drafts.step(pathway.gpStep());
        String tooLong = "x".repeat(WorkspaceLimits.LONG_TEXT_MAX + 1);

        assertThatThrownBy(() -> drafts.saveStep(step.id(), step.version(), step.fields().withDescription(tooLong)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.messages()).containsOnlyKeys("description"));
        assertThatThrownBy(() -> drafts.saveStep(step.id(), step.version(), step.fields().withTitle("  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.messages())
                        .containsExactly(Map.entry("title", "Give the step a title")));
        assertThatThrownBy(() -> drafts.addStage(pathway.workspaceId(), "y".repeat(WorkspaceLimits.TITLE_MAX + 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(drafts.step(step.id()).version()).isEqualTo(step.version());
    }

    @Test
    void markdown_is_stored_as_written_so_nothing_is_lost_and_is_sanitised_when_shown() {
        signInAs("nurse");
        StepDetails step = drafts.step(pathway.gpStep());
        String payload = "See <img src=x onerror=alert(1)> and [this](javascript:alert(2))";

        StepDetails saved = drafts.saveStep(step.id(), step.version(), step.fields().withDescription(payload));

        assertThat(saved.fields().description()).isEqualTo(payload);
    }

    @Test
    void people_outside_the_workspace_and_removed_members_are_refused_at_the_service() {
        for (String outsider : new String[] {"consultant", "mentalhealth", "admin", "moderator"}) {
            signInAs(outsider);
            assertThatThrownBy(() -> drafts.open(pathway.workspaceId())).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafts.step(pathway.gpStep())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> comments.addComment(pathway.gpStep(), "Hello")).isInstanceOf(AccessDeniedException.class);
        }
        signInAs("consultant");
        assertThatThrownBy(() -> drafts.open(999_999)).isInstanceOf(AccessDeniedException.class)
                .hasMessage(WorkspaceGate.NO_ACCESS);

        signInAs("patient");
        assertThatThrownBy(() -> drafts.open(pathway.workspaceId())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Patient partners");
        signInAs("pharmacist");
        StepDetails step = drafts.step(pathway.gpStep());
        assertThatThrownBy(() -> drafts.saveStep(step.id(), step.version(), step.fields().withTitle("Observer edit")))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("nurse");
        StepDetails beforeRemoval = drafts.step(pathway.gpStep());
        signInAs("gp");
        workspaces.removeMember(pathway.workspaceId(), personId("nurse"));
        signInAs("nurse");
        assertThatThrownBy(() -> drafts.saveStep(beforeRemoval.id(), beforeRemoval.version(),
                beforeRemoval.fields().withTitle("After removal"))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("removed you");
    }

    @Test
    void an_open_workspace_lets_any_clinician_read_and_comment_but_not_edit() {
        signInAs("gp");
        WorkspaceDetails details = workspaces.workspace(pathway.workspaceId());
        workspaces.updateSettings(pathway.workspaceId(), details.version(), new WorkspaceSettings(details.condition(),
                details.locality(), WorkspaceVisibility.ALL_CLINICIANS, 12));

        signInAs("mentalhealth");
        assertThat(drafts.open(pathway.workspaceId()).permissions().edits()).isFalse();
        assertThat(comments.addComment(pathway.gpStep(), "Could the check include a mood screen?").author())
                .isEqualTo("Sam Reid");
        assertThatThrownBy(() -> drafts.addStage(pathway.workspaceId(), "Mine")).isInstanceOf(AccessDeniedException.class);
        signInAs("patient");
        assertThatThrownBy(() -> drafts.open(pathway.workspaceId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void comments_mention_members_by_name_and_can_be_resolved() {
        signInAs("nurse");
        CommentDetails comment = comments.addComment(pathway.gpStep(), "@Dr Aisha Khan is the 25% trigger right?");
        assertThat(audit().stream().anyMatch(line -> line.contains("mentioning Dr Aisha Khan"))).isTrue();

        signInAs("lnc");
        comments.resolve(comment.id());
        assertThat(comments.comments(pathway.gpStep())).singleElement().satisfies(c -> {
            assertThat(c.resolved()).isTrue();
            assertThat(c.resolvedBy()).isEqualTo("Dr Aisha Khan");
        });
        assertThatThrownBy(() -> comments.addComment(pathway.gpStep(), "z".repeat(WorkspaceLimits.COMMENT_MAX + 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void people_with_the_workspace_open_hear_of_a_change_only_once_it_commits() {
        List<CollaborationEvent> heard = new CopyOnWriteArrayList<>();
        try (CollaborationBus.Subscription ignored = bus.subscribe(pathway.workspaceId(), heard::add)) {
            transactions.executeWithoutResult(status -> {
                signInAs("nurse");
                drafts.addStage(pathway.workspaceId(), "Rolled back");
                status.setRollbackOnly();
            });
            signInAs("nurse");
            StepDetails step = drafts.step(pathway.gpStep());
            drafts.saveStep(step.id(), step.version(), step.fields().withTitle("Kidney check"));

            await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
            assertThat(heard).as("the rolled-back stage was never announced").singleElement().satisfies(event -> {
                assertThat(event.kind()).isEqualTo(CollaborationEvent.Kind.STEP_SAVED);
                assertThat(event.subjectId()).isEqualTo(step.id());
                assertThat(event.message()).isEqualTo("Jo Williams saved the step \u201cKidney check\u201d");
            });
        }
    }

    @Test
    void each_listener_hears_a_workspace_s_events_in_the_order_they_happened() {
        List<String> heard = new CopyOnWriteArrayList<>();
        try (CollaborationBus.Subscription ignored = bus.subscribe(pathway.workspaceId(),
                event -> heard.add(event.message()))) {
            signInAs("nurse");
            for (int i = 1; i <= 20; i++) {
                drafts.addStage(pathway.workspaceId(), "Stage " + i);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 20);
            assertThat(heard).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20)
                    .mapToObj(i -> "Jo Williams added the stage \u201cStage " + i + "\u201d").toList());
        }
    }

    @Test
    void every_change_is_in_the_hash_chained_audit_trail_and_tampering_is_found() {
        signInAs("admin");
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit()).anyMatch(line -> line.contains("Added hand-over"));

        var entry = jdbc.queryForMap("select id, details from audit_entry where subject_type = 'workspace' "
                + "and subject_id = ? and action = 'pathway.step-added' limit 1", pathway.workspaceId());
        jdbc.update("update audit_entry set details = 'Nothing happened' where id = ?", entry.get("id"));
        ChainCheck check = audit.verify();
        jdbc.update("update audit_entry set details = ? where id = ?", entry.get("details"), entry.get("id"));

        assertThat(check.intact()).isFalse();
        assertThat(check.firstBrokenId()).isEqualTo(((Number) entry.get("id")).longValue());
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void another_module_can_ask_for_a_review_and_the_workspace_shows_it() {
        events.publishEvent(new PathwayReviewRequested(pathway.workspaceId(), "Special-cause signal on late referrals",
                "QI measure 7"));

        signInAs("gp");
        WorkspaceDetails details = workspaces.workspace(pathway.workspaceId());
        assertThat(details.reviewRequestReason()).isEqualTo("Special-cause signal on late referrals (QI measure 7)");
        assertThat(workspaces.myWorkspaces(0, 50)).filteredOn(w -> w.id() == pathway.workspaceId())
                .singleElement().extracting(WorkspaceSummary::reviewRequested).isEqualTo(true);
    }

    private List<String> audit() {
        return jdbc.queryForList("select details from audit_entry where subject_type = 'workspace' and subject_id = ?",
                String.class, pathway.workspaceId());
    }
}
