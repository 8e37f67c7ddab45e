package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.forums.moderation.FlagReason;
import org.joinedup.forums.moderation.ModerationService;
import org.joinedup.forums.moderation.NewSuspension;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.portal.Find;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Moderation on a thread's page: flagging a post, a moderator's controls, a suspended person's reply. */
class ThreadModerationTest extends KaribuTest {

    @Autowired
    ForumService forums;
    @Autowired
    ModerationService moderation;

    private PostDetails postBy(String author, String title) {
        signInAs(author);
        long forumId = forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE)
                .map(ForumSummary::id).findFirst().orElseThrow();
        // A body of its own: the same words again within a day would be held as a repeat.
        return forums.startThread(forumId, new NewThread(title, title + " would help people who work in the day.",
                null));
    }

    @Test
    void a_reader_flags_a_post_with_a_reason_and_then_sees_that_they_flagged_it() {
        PostDetails post = postBy("gp", "Evening clinics");
        signInAs("nurse");
        navigateTo("forums/threads/" + post.threadId());

        _click(Find.button("Flag"));
        Dialog dialog = _get(Dialog.class);
        _click(Find.button(dialog, "Send flag"));
        assertThat(Find.labelled(dialog, RadioButtonGroup.class, "Why are you flagging it?").isInvalid())
                .as("a reason is required").isTrue();
        _setValue(Find.labelled(dialog, RadioButtonGroup.class, "Why are you flagging it?"), FlagReason.OFF_TOPIC);
        _setValue(Find.labelled(dialog, TextArea.class, "Anything a moderator should know (optional)"),
                "Belongs in the practice's own forum");
        _click(Find.button(dialog, "Send flag"));

        expectNotifications("Thank you. A moderator will read the post.");
        assertThat(moderation.flaggedByMe(post.id())).isTrue();
        _assertNone(Button.class, spec -> spec.withText("Flag"));
        _get(Span.class, spec -> spec.withText("You flagged this post."));
    }

    @Test
    void nobody_is_offered_a_flag_on_their_own_post_and_a_moderator_edits_with_a_note_readers_see() {
        PostDetails post = postBy("nurse", "Community visits");
        navigateTo("forums/threads/" + post.threadId());
        _assertNone(Button.class, spec -> spec.withText("Flag"));
        _assertNone(Button.class, spec -> spec.withText("Lock"));

        signInAs("moderator");
        navigateTo("forums/threads/" + post.threadId());
        _get(Button.class, spec -> spec.withText("Lock"));
        _get(Button.class, spec -> spec.withText("Pin"));
        _click(Find.button("Edit with note"));
        Dialog dialog = _get(Dialog.class);
        _setValue(Find.labelled(dialog, TextArea.class, "Post"), "Evening clinics would help.");
        _setValue(Find.labelled(dialog, TextArea.class, "Note shown under the post"), "Shortened at the author's request");
        _click(Find.button(dialog, "Save edit"));
        expectNotifications("The post is edited, with your note.");

        signInAs("gp");
        navigateTo("forums/threads/" + post.threadId());
        assertThat(_find(Article.class).getFirst().getElement().getTextRecursively())
                .contains("Edited by a moderator: Shortened at the author's request");
        assertThat(_find(Html.class).stream().map(Html::getInnerHtml).toList())
                .anySatisfy(html -> assertThat(html).contains("Evening clinics would help.</p>"));
    }

    @Test
    void a_suspended_person_is_told_until_when_and_keeps_their_reply() {
        PostDetails post = postBy("gp", "Transport");
        signInAs("moderator");
        long suspension = moderation.suspend(new NewSuspension(post.authorId(), 3, "Repeated personal remarks.")).id();
        try {
            signInAs("gp");
            navigateTo("forums/threads/" + post.threadId());
            _setValue(Find.labelled(TextArea.class, "Your reply"), "One more thing.");
            _click(Find.button("Post reply"));
            TextArea reply = Find.labelled(TextArea.class, "Your reply");
            assertThat(reply.getValue()).isEqualTo("One more thing.");
            assertThat(reply.getErrorMessage()).contains("suspended you from posting in the forums until")
                    .contains("Repeated personal remarks.");
            assertThat(_find(Article.class)).hasSize(1);
        } finally {
            // The context is shared with other view tests, where this clinician posts.
            signInAs("moderator");
            moderation.lift(suspension);
        }
    }
}
