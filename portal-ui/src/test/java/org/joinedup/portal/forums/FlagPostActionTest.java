package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.forums.moderation.FlagReason;
import org.joinedup.forums.moderation.ModerationService;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.ThreadDetails;
import org.joinedup.forums.ui.PostAction;
import org.joinedup.portal.Find;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The controls the moderation feature puts under a post, drawn as the thread page draws them:
 * every {@link PostAction} bean in order, redrawn when one says the post changed.
 */
class FlagPostActionTest extends KaribuTest {

    @Autowired
    ForumService forums;
    @Autowired
    ModerationService moderation;

    private final VerticalLayout controls = new VerticalLayout();

    private void draw(long postId) {
        controls.removeAll();
        PostDetails post = forums.post(postId);
        ThreadDetails thread = forums.thread(post.threadId());
        context.getBeanProvider(PostAction.class).orderedStream()
                .forEach(action -> action.controlFor(post, thread, () -> draw(postId)).ifPresent(controls::add));
    }

    private PostDetails postBy(String author, String title) {
        signInAs(author);
        long forumId = forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE)
                .map(ForumSummary::id).findFirst().orElseThrow();
        return forums.startThread(forumId, new NewThread(title, "Evening clinics would help working people.", null));
    }

    @Test
    void a_reader_flags_a_post_with_a_reason_and_then_sees_that_they_flagged_it() {
        PostDetails post = postBy("gp", "Evening clinics");
        signInAs("nurse");
        navigateTo("forums/guidelines");
        UI.getCurrent().add(controls);
        draw(post.id());

        _click(Find.button(controls, "Flag"));
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
        _assertNone(controls, Button.class, spec -> spec.withText("Flag"));
        assertThat(_get(controls, Span.class, spec -> spec.withText("You flagged this post.")).isVisible()).isTrue();
    }

    @Test
    void nobody_is_offered_a_flag_on_their_own_post_and_moderators_get_their_controls() {
        PostDetails post = postBy("nurse", "Community visits");
        navigateTo("forums/guidelines");
        UI.getCurrent().add(controls);
        draw(post.id());
        _assertNone(controls, Button.class, spec -> spec.withText("Flag"));

        signInAs("moderator");
        draw(post.id());
        _get(controls, Button.class, spec -> spec.withText("Hide"));
        _get(controls, Button.class, spec -> spec.withText("Edit with note"));
        _get(controls, Button.class, spec -> spec.withText("History"));
        _assertNone(controls, Button.class, spec -> spec.withText("Approve"));
    }
}
