package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.joinedup.forums.moderation.ModerationService;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.ui.CommunityGuidelinesView;
import org.joinedup.forums.ui.ModerationQueueView;
import org.joinedup.portal.Find;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The moderation queue as a moderator uses it. A fresh context (and schema) before the class, so the queue
 * holds only what these tests wrote, not what other view tests flagged or had held.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class ModerationQueueViewTest extends KaribuTest {

    /** A valid NHS number, as a patient might write their own. */
    private static final String NHS_NUMBER = "943 476 5919";

    @Autowired
    ForumService forums;
    @Autowired
    ModerationService moderation;

    private long patientVoice() {
        return forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE)
                .map(ForumSummary::id).findFirst().orElseThrow();
    }

    @Test
    void a_held_post_shows_its_findings_marked_and_leaves_the_queue_when_approved() {
        signInAs("patient");
        PostDetails held = forums.startThread(patientVoice(), new NewThread("My letters",
                "The letter had my NHS number " + NHS_NUMBER + " and <script>alert(1)</script> in it.", null));
        assertThat(held.status()).isEqualTo(PostStatus.HELD);

        signInAs("moderator");
        navigateTo("forums/moderation");
        assertThat(currentView()).isEqualTo(ModerationQueueView.class);
        List<String> texts = _find(Html.class).stream().map(Html::getInnerHtml).toList();
        assertThat(texts).anySatisfy(html -> assertThat(html)
                .contains("<mark title=\"an NHS number\">" + NHS_NUMBER + "</mark>")
                .contains("&lt;script&gt;").doesNotContain("<script>"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("1 post is waiting.")).isVisible()).isTrue();

        _click(Find.button("Approve"));

        expectNotifications("Approved: the post is now in its thread.");
        _assertNone(Button.class, spec -> spec.withText("Approve"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Nothing is waiting. Held and flagged posts appear "
                + "here, the longest waiting at the top.")).isVisible()).isTrue();
        assertThat(moderation.queueSize()).isZero();
        signInAs("gp");
        assertThat(forums.post(held.id()).status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void the_queue_links_to_the_community_guidelines() {
        signInAs("moderator");
        navigateTo("forums/moderation");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Community guidelines")).getHref())
                .isEqualTo("forums/guidelines");
    }

    @Test
    void a_clinician_a_patient_partner_and_an_administrator_cannot_open_the_queue() {
        for (String person : List.of("gp", "patient", "admin")) {
            signInAs(person);
            navigateTo("forums/moderation");
            assertThat(currentView()).as(person).isEqualTo(AccessDeniedView.class);
        }
        signInAs("patient");
        navigateTo("forums/guidelines");
        assertThat(currentView()).isEqualTo(CommunityGuidelinesView.class);
    }
}
