package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.forums.insight.InsightWorkspace;
import org.joinedup.forums.insight.MarkInsight;
import org.joinedup.forums.insight.PatientInsight;
import org.joinedup.forums.insight.PatientInsights;
import org.joinedup.forums.moderation.ModerationService;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepChoice;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.portal.Find;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** Patient insight as people see it: marked under a post, and shown on the step in the workspace. */
@DirtiesContext
class PatientInsightViewTest extends KaribuTest {

    @Autowired
    ForumService forums;
    @Autowired
    PatientInsights insights;
    @Autowired
    ModerationService moderation;

    private PathwayFixture fixture;
    private long workspace;
    private StepDetails referral;
    private PostDetails post;

    @BeforeEach
    void aPatientPartnersPostInThePathwaysForum() {
        fixture = new PathwayFixture(context);
        workspace = fixture.workspace("Heart failure", "Insight Place " + System.nanoTime());
        StageDetails stage = fixture.stage(workspace, "Diagnosis");
        referral = fixture.step(stage, StepFields.titled("Referral for an echocardiogram", CareSetting.PRIMARY));
        ForumSummary forum = DemoSignIn.actingAs(users, "gp", () -> forums.workspaceForum(workspace));
        PostDetails written = DemoSignIn.actingAs(users, "patient", () -> forums.startThread(forum.id(),
                new NewThread("Waiting for the scan", "Nobody told me how long the wait for the heart scan would be.",
                        null)));
        if (written.status() == PostStatus.HELD) {
            // A new patient partner's first posts wait for a moderator.
            DemoSignIn.actingAs(users, "moderator", () -> {
                moderation.approve(written.id(), written.version());
                return null;
            });
        }
        post = written;
    }

    @Test
    void the_step_shows_the_insight_attached_to_it_with_a_link_back_to_the_post() {
        DemoSignIn.actingAs(users, "gp", () -> insights.mark(post.id(), new MarkInsight(workspace, referral.key(),
                "Tell people how long the wait is")));
        signInAs("nurse");
        navigateTo("workspaces/" + workspace);
        assertThat(_get(Anchor.class, spec -> spec.withText("Forum")).getHref())
                .isEqualTo("forums/workspace/" + workspace);

        _click(_get(Button.class, spec -> spec.withText("Referral for an echocardiogram").withClasses("step-link")));

        Div section = _get(Div.class, spec -> spec.withClasses("step-insight"));
        assertThat(section.isVisible()).isTrue();
        assertThat(_find(section, Paragraph.class, spec -> spec.withText(
                "\u201cNobody told me how long the wait for the heart scan would be.\u201d"))).hasSize(1);
        assertThat(_find(section, Paragraph.class, spec -> spec.withText("Tell people how long the wait is"))).hasSize(1);
        Anchor back = _get(section, Anchor.class, spec -> spec.withAttribute("href",
                "forums/threads/" + post.threadId() + "?post=" + post.id()));
        assertThat(back.getText()).endsWith(" in \u201cWaiting for the scan\u201d");
        assertThat(_find(section, Span.class)).extracting(Span::getText)
                .anyMatch(text -> text.startsWith("Attached by Dr Priya Shah"));
    }

    @Test
    void a_patient_partner_has_the_forum_link_but_no_draft() {
        signInAs("patient");
        navigateTo("workspaces/" + workspace);
        assertThat(_get(Anchor.class, spec -> spec.withText("Forum")).getHref())
                .isEqualTo("forums/workspace/" + workspace);
        assertThat(_find(Div.class, spec -> spec.withClasses("step-insight"))).as("patient partners see no draft")
                .isEmpty();
    }

    @Test
    void a_clinician_marks_a_post_as_patient_insight_on_a_step_of_the_forums_pathway() {
        signInAs("gp");
        navigateTo("forums/threads/" + post.threadId());
        _click(Find.button("Mark as patient insight"));

        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        Select<InsightWorkspace> pathway = Find.labelled(dialog, Select.class, "Pathway");
        assertThat(pathway.getValue().id()).as("the forum's own pathway is chosen").isEqualTo(workspace);
        @SuppressWarnings("unchecked")
        Select<StepChoice> step = Find.labelled(dialog, Select.class, "Step");
        _setValue(step, step.getListDataView().getItems().filter(choice -> choice.key().equals(referral.key()))
                .findFirst().orElseThrow());
        _setValue(Find.labelled(dialog, TextField.class, "Summary (optional)"), "Say how long the wait is");
        _click(Find.button(dialog, "Mark as patient insight"));

        assertThat(_find(Span.class, spec -> spec.withText("Patient insight on: Referral for an echocardiogram")))
                .as("the post says which step it informs").hasSize(1);
        assertThat(insights.onPost(post.id())).extracting(PatientInsight::summary)
                .containsExactly("Say how long the wait is");
    }

    @Test
    void a_patient_partner_is_not_offered_to_mark_posts() {
        signInAs("patient");
        navigateTo("forums/threads/" + post.threadId());
        assertThat(_find(Button.class, spec -> spec.withText("Mark as patient insight"))).isEmpty();
    }
}
