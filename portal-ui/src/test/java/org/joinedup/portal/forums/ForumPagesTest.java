package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.ui.ForumListView;
import org.joinedup.forums.ui.ThreadView;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.joinedup.testing.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** The forum pages as people use them: finding a forum, starting a thread, replying, previewing. */
@DirtiesContext
class ForumPagesTest extends KaribuTest {

    @Autowired
    ForumService forums;
    @Autowired
    JdbcTemplate jdbc;

    private ForumSummary patientVoice() {
        return forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE).findFirst()
                .orElseThrow();
    }

    @Test
    void a_patient_partner_sees_patient_voice_but_not_interface_issues() {
        signInAs("patient");
        navigateTo("forums");
        assertThat(currentView()).isEqualTo(ForumListView.class);
        List<String> links = _find(Anchor.class).stream().map(Anchor::getText).toList();
        assertThat(links).contains("Patient voice").doesNotContain("Interface issues");

        signInAs("gp");
        long interfaceIssues = forums.portalForums().stream()
                .filter(forum -> forum.kind() == ForumKind.INTERFACE_ISSUES).findFirst().orElseThrow().id();
        signInAs("patient");
        navigateTo("forums/" + interfaceIssues);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void starting_a_thread_previews_the_markdown_and_opens_the_thread() {
        signInAs("nurse");
        navigateTo("forums/" + patientVoice().id());
        _click(button("Start a thread"));
        _setValue(labelled(TextField.class, "Title"), "Ambulance transfers");
        _setValue(labelled(TextArea.class, "First post"), "Transfers are **slow** <script>alert(1)</script>");
        Div preview = _get(Div.class, spec -> spec.withClasses("post-preview"));
        assertThat(preview.getElement().getOuterHTML()).contains("<strong>slow</strong>").doesNotContain("<script");

        _click(button("Post thread"));
        assertThat(currentView()).isEqualTo(ThreadView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Ambulance transfers");
        assertThat(_find(Article.class)).hasSize(1);
    }

    @Test
    void a_reply_appears_in_the_thread_and_a_refused_one_keeps_its_text() {
        signInAs("gp");
        PostDetails first = forums.startThread(patientVoice().id(), new NewThread("Results by text", "Do texts work?", null));
        DemoSignIn.nobody();

        signInAs("nurse");
        navigateTo("forums/threads/" + first.threadId());
        _setValue(labelled(TextArea.class, "Your reply"), "They do for most people.");
        _click(button("Post reply"));
        assertThat(_find(Article.class)).hasSize(2);
        assertThat(labelled(TextArea.class, "Your reply").getValue()).isEmpty();

        jdbc.update("update forum_thread set locked = true where id = ?", first.threadId());
        _setValue(labelled(TextArea.class, "Your reply"), "Not for my father, who has no mobile.");
        _click(button("Post reply"));
        TextArea reply = labelled(TextArea.class, "Your reply");
        assertThat(reply.getValue()).isEqualTo("Not for my father, who has no mobile.");
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).contains("locked");
        assertThat(_find(Article.class)).hasSize(2);
    }

    @Test
    void a_held_reply_tells_its_author_why_and_others_do_not_see_it() {
        signInAs("gp");
        PostDetails first = forums.startThread(patientVoice().id(), new NewThread("Letters", "Are they clear?", null));

        signInAs("patient");
        navigateTo("forums/threads/" + first.threadId());
        _setValue(labelled(TextArea.class, "Your reply"), "My NHS number 943 476 5919 was wrong on mine.");
        _click(button("Post reply"));
        List<Article> posts = _find(Article.class);
        assertThat(posts).hasSize(2);
        assertThat(text(posts.get(1))).contains("Waiting for a moderator").contains("NHS number");

        signInAs("nurse");
        navigateTo("forums/threads/" + first.threadId());
        assertThat(_find(Article.class)).hasSize(1);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
