package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.forums.limits.PostingLimits;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** What the posting limits tell a person in the thread page: why a reply waits, and when they can post again. */
@DirtiesContext
class PostingLimitPagesTest extends KaribuTest {

    @Autowired
    ForumService forums;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private long patientVoice() {
        return forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE)
                .findFirst().map(ForumSummary::id).orElseThrow();
    }

    @Test
    void a_new_patient_partners_first_reply_says_it_waits_for_a_moderator() {
        signInAs("gp");
        PostDetails first = forums.startThread(patientVoice(), new NewThread("Transport", "How do you get to clinic?", null));

        signInAs("patient");
        navigateTo("forums/threads/" + first.threadId());
        _setValue(labelled(TextArea.class, "Your reply"), "My neighbour drives me on dialysis days.");
        _click(button("Post reply"));

        List<Article> posts = _find(Article.class);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).getElement().getTextRecursively())
                .contains("Waiting for a moderator: A moderator reads the first posts of every new patient partner")
                .contains("Approved so far: 0.");
    }

    @Test
    void a_reply_refused_for_posting_too_often_says_when_and_keeps_its_text() {
        jdbc.update("update person set created_at = ? where email = ?",
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), "nurse" + DemoSignIn.DOMAIN);
        signInAs("nurse");
        PostDetails first = forums.startThread(patientVoice(), new NewThread("Leg ulcers", "Clinic times changed.", null));
        for (int i = 2; i <= PostingLimits.FIRST_DAY_POSTS_PER_HOUR; i++) {
            forums.reply(first.threadId(), new NewReply("Update " + i, null));
        }

        navigateTo("forums/threads/" + first.threadId());
        _setValue(labelled(TextArea.class, "Your reply"), "One more update.");
        _click(button("Post reply"));

        TextArea reply = labelled(TextArea.class, "Your reply");
        assertThat(reply.getValue()).isEqualTo("One more update.");
        assertThat(reply.isInvalid()).isTrue();
        assertThat(reply.getErrorMessage()).startsWith("On the first day of a new account, you can write up to 10 posts")
                .containsPattern("You can post again from \\d\\d:\\d\\d (today|tomorrow) \\(UK time\\)\\.");
    }
}
