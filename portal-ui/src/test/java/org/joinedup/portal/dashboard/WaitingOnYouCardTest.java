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
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** A proposal waits on the primary-care representative, who was also mentioned; built once for the class. */
@DirtiesContext
class WaitingOnYouCardTest extends KaribuTest {

    private static long workspaceId;

    @BeforeEach
    void openAProposalAndMention() {
        if (workspaceId != 0) {
            return;
        }
        PathwayFixture fixture = new PathwayFixture(context);
        workspaceId = fixture.workspace("Heart failure", "North Place");
        StageDetails diagnosis = fixture.stage(workspaceId, "Diagnosis");
        StepDetails test = fixture.step(diagnosis, StepFields.titled("NT-proBNP test", CareSetting.PRIMARY));
        ProposalService proposals = context.getBean(ProposalService.class);
        DemoSignIn.actingAs(users, PathwayFixture.CONVENOR, () -> proposals.open(workspaceId, "First version",
                LocalDate.now().plusDays(10)));
        CommentService comments = context.getBean(CommentService.class);
        DemoSignIn.actingAs(users, "nurse", () -> comments.addComment(test.id(), "@Dr Ben Carter can practices do this?"));
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
