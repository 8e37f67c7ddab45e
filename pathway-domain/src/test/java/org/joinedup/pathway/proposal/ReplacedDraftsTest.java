package org.joinedup.pathway.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.comments.CommentDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Restoring a published version keeps the draft it replaces, comments and all, and a
 * convenor can bring that draft back, which keeps the draft it replaces in turn.
 */
@JoinedUpTest
@DirtiesContext
class ReplacedDraftsTest extends KidneyPathwayTest {

    @Autowired
    CollaborationBus bus;

    StepDetails unpublished;
    CommentDetails onTheUnpublishedStep;
    CommentDetails onAKeptStep;

    /** Version 1 is published; then the draft gains a step, and comments on that step and on a published one. */
    @BeforeEach
    void publishThenDraftFurther() {
        publishAsAgreed("First version");

        signInAs("nurse");
        unpublished = drafts.addStep(pathway.assessmentStage(), StepFields.titled("Community medicines review",
                CareSetting.COMMUNITY));
        signInAs("lmc");
        onTheUnpublishedStep = comments.addComment(unpublished.id(), "Who funds the review in care homes?");
        signInAs("pharmacist");
        onAKeptStep = comments.addComment(pathway.gpStep(), "Report eGFR in mL/min/1.73m2.");
        signInAs("gp");
        comments.resolve(onAKeptStep.id());
    }

    @Test
    void restoring_a_version_keeps_the_replaced_draft_with_its_comments_and_bringing_it_back_returns_them() {
        signInAs("gp");
        history.restore(pathway.workspaceId(), 1);

        assertThat(stepTitles()).containsExactly("Annual kidney check", "Renal clinic review");
        signInAs("pharmacist");
        ReplacedDraft kept = history.replacedDrafts(pathway.workspaceId()).getFirst();
        assertThat(history.replacedDrafts(pathway.workspaceId())).singleElement().satisfies(draft -> {
            assertThat(draft.restoredVersion()).isEqualTo(1);
            assertThat(draft.broughtBackFrom()).isNull();
            assertThat(draft.replacedBy()).isEqualTo("Dr Priya Shah");
            assertThat(draft.stages()).isEqualTo(2);
            assertThat(draft.steps()).isEqualTo(3);
            assertThat(draft.comments()).isEqualTo(2);
        });

        List<CollaborationEvent> heard = new CopyOnWriteArrayList<>();
        try (CollaborationBus.Subscription ignored = bus.subscribe(pathway.workspaceId(), heard::add)) {
            signInAs("gp");
            history.bringBack(pathway.workspaceId(), kept.id());
            await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
        }

        assertThat(heard).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(CollaborationEvent.Kind.DRAFT_REPLACED);
            assertThat(event.message()).isEqualTo("Dr Priya Shah brought back an earlier draft");
        });
        assertThat(stepTitles()).containsExactly("Annual kidney check", "Renal clinic review", "Community medicines review");
        long returnedStep = drafts.open(pathway.workspaceId()).stages().get(1).steps().get(1).id();
        assertThat(comments.comments(returnedStep)).singleElement().satisfies(comment -> {
            assertThat(comment.author()).isEqualTo("Dr Ben Carter");
            assertThat(comment.body()).isEqualTo("Who funds the review in care homes?");
            assertThat(comment.createdAt()).as("as written, to the microsecond the database keeps")
                    .isEqualTo(onTheUnpublishedStep.createdAt().truncatedTo(ChronoUnit.MICROS));
            assertThat(comment.resolved()).isFalse();
        });
        assertThat(comments.comments(pathway.gpStep())).as("a comment that never left the draft is not copied")
                .singleElement().satisfies(comment -> {
                    assertThat(comment.id()).isEqualTo(onAKeptStep.id());
                    assertThat(comment.resolvedBy()).isEqualTo("Dr Priya Shah");
                });
        assertThat(history.replacedDrafts(pathway.workspaceId())).first().satisfies(draft -> {
            assertThat(draft.restoredVersion()).isNull();
            assertThat(draft.broughtBackFrom()).isEqualTo(kept.replacedAt());
            assertThat(draft.steps()).as("the restored draft is kept in its turn").isEqualTo(2);
            assertThat(draft.comments()).isEqualTo(1);
        });
        assertThat(jdbc.queryForList("select action from audit_entry where subject_type = 'workspace' and subject_id = ?",
                String.class, pathway.workspaceId())).contains("pathway.version-restored", "pathway.draft-brought-back");
        assertThat(history.published(pathway.workspaceId(), 1).content().steps().map(step -> step.fields().title()))
                .as("version 1 is as it was published").containsExactly("Annual kidney check", "Renal clinic review");
    }

    @Test
    void only_a_convenor_brings_a_draft_back_and_only_members_who_read_the_draft_see_the_list() {
        signInAs("gp");
        history.restore(pathway.workspaceId(), 1);
        long kept = history.replacedDrafts(pathway.workspaceId()).getFirst().id();

        signInAs("nurse");
        assertThat(history.replacedDrafts(pathway.workspaceId())).hasSize(1);
        assertThatThrownBy(() -> history.bringBack(pathway.workspaceId(), kept))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
        signInAs("patient");
        assertThatThrownBy(() -> history.replacedDrafts(pathway.workspaceId()))
                .isInstanceOf(WorkspaceAccessDeniedException.class);
        signInAs("consultant");
        assertThatThrownBy(() -> history.replacedDrafts(pathway.workspaceId()))
                .isInstanceOf(WorkspaceAccessDeniedException.class);

        signInAs("gp");
        long elsewhere = workspaces.create(new NewWorkspace("Gout", "Test Place", WorkspaceVisibility.MEMBERS_ONLY, 24)).id();
        assertThatThrownBy(() -> history.bringBack(elsewhere, kept)).isInstanceOf(InvalidInputException.class);
        assertThat(stepTitles()).as("nothing was brought back").containsExactly("Annual kidney check", "Renal clinic review");
    }

    private List<String> stepTitles() {
        return drafts.open(pathway.workspaceId()).stages().stream().flatMap(stage -> stage.steps().stream())
                .map(step -> step.fields().title()).toList();
    }
}
