package org.joinedup.portal.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.comments.CommentService;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** A proposal waits on the primary-care representative, who was also mentioned; built once for the class. */
@DirtiesContext
class WaitingOnYouCardTest extends KaribuTest {

    private static long workspaceId;

    /**
     * Built through the services with the page's own sign-in ({@link #signInAs}), which the
     * services read from the Vaadin session whatever another test left in the thread.
     */
    @BeforeEach
    void openAProposalAndMention() {
        if (workspaceId != 0) {
            return;
        }
        WorkspaceService workspaces = context.getBean(WorkspaceService.class);
        DraftService drafts = context.getBean(DraftService.class);
        PathwayFixture people = new PathwayFixture(context);
        signInAs(PathwayFixture.CONVENOR);
        workspaceId = workspaces.create(new NewWorkspace("Heart failure", "North Place",
                WorkspaceVisibility.MEMBERS_ONLY, WorkspaceLimits.DEFAULT_REVIEW_MONTHS)).id();
        workspaces.addMember(workspaceId, people.personId("lmc"), Membership.representing(CareSetting.PRIMARY));
        workspaces.addMember(workspaceId, people.personId("nurse"), Membership.representing(CareSetting.COMMUNITY));
        StageDetails diagnosis = drafts.addStage(workspaceId, "Diagnosis");
        StepDetails test = drafts.addStep(diagnosis.id(), StepFields.titled("NT-proBNP test", CareSetting.PRIMARY));
        context.getBean(ProposalService.class).open(workspaceId, "First version", LocalDate.now().plusDays(10));
        signInAs("nurse");
        context.getBean(CommentService.class).addComment(test.id(), "@Dr Ben Carter can practices do this?");
    }

    @Test
    void the_dashboard_lists_the_sign_off_and_the_mention_each_linking_to_where_to_act() {
        signInAs("lmc");
        navigateTo("");

        assertThat(_get(H2.class, spec -> spec.withText("What waits on you"))).isNotNull();
        Anchor signOff = _get(Anchor.class, spec -> spec.withPredicate(a -> a.getText().startsWith("Sign off proposal 1")));
        assertThat(signOff.getText()).contains("Heart failure", "Primary care");
        assertThat(signOff.getHref()).isEqualTo("workspaces/" + workspaceId + "/proposal");
        Anchor mention = _get(Anchor.class, spec -> spec.withText("Jo Williams mentioned you on \u201cNT-proBNP test\u201d"));
        assertThat(mention.getHref()).startsWith("workspaces/" + workspaceId);
    }

    @Test
    void someone_nothing_waits_on_is_told_so() {
        signInAs("socialcare");
        navigateTo("");

        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("Nothing waits on you"))))
                .isNotNull();
        assertThat(_find(Anchor.class, spec -> spec.withPredicate(a -> a.getText().startsWith("Sign off")))).isEmpty();
    }
}
