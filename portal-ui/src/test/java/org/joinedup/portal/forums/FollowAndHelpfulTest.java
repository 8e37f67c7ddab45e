package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.joinedup.forums.following.ThreadFollowing;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.portal.KaribuTest;
import org.joinedup.testing.DemoSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** "Follow" in a thread's header and "Helpful" under its posts, as Jo Williams (nurse) uses them. */
@DirtiesContext
class FollowAndHelpfulTest extends KaribuTest {

    @Autowired
    ForumService forums;
    @Autowired
    ThreadFollowing following;

    @Test
    void a_reader_follows_a_thread_and_finds_a_post_helpful_and_the_author_sees_the_count() {
        PostDetails post = DemoSignIn.actingAs(users, "gp", () -> forums.startThread(forums.portalForums().stream()
                        .filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE).findFirst().orElseThrow().id(),
                new NewThread("Home dialysis", "Training takes six weeks.", null)));

        signInAs("nurse");
        navigateTo(ForumRoutes.thread(post.threadId()));
        _click(button("Follow"));
        assertThat(_find(Button.class, spec -> spec.withText("Following"))).hasSize(1);
        assertThat(following.following(post.threadId())).isTrue();
        _click(button("Following"));
        assertThat(following.following(post.threadId())).as("a second click stops following").isFalse();

        _click(button("Helpful"));
        assertThat(_get(Button.class, spec -> spec.withText("Helpful (1)")).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");

        signInAs("gp");
        navigateTo(ForumRoutes.thread(post.threadId()));
        assertThat(_find(Button.class, spec -> spec.withText("Helpful"))).as("not on one's own post").isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText("1 person found this helpful"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withText("Following"))).as("the author follows their thread")
                .hasSize(1);
    }
}
