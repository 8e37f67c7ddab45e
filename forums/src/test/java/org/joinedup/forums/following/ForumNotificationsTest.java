package org.joinedup.forums.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.joinedup.forums.EstablishedMembers;
import org.joinedup.forums.threads.ForumAccessDeniedException;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Who hears of a published post. Dr Priya Shah (gp), Jo Williams (nurse), Dr Tomi Okafor
 * (consultant) and Dr Aisha Khan (lnc) are clinicians; Margaret Hill (patient) is a patient
 * partner, who reads Patient voice and the forums of workspaces she is a member of, but not
 * Interface issues.
 */
@JoinedUpTest
@DirtiesContext
@EstablishedMembers
class ForumNotificationsTest {

    @Autowired
    ForumService forums;
    @Autowired
    ThreadFollowing following;
    @Autowired
    HelpfulReactions helpful;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void a_reply_tells_the_author_repliers_and_followers_once_each_a_mention_wins_and_the_replier_hears_nothing() {
        PostDetails opening = as("gp", () -> forums.startThread(forum(ForumKind.PATIENT_VOICE),
                new NewThread("Clinic letters", "Are our letters clear?", null)));
        long thread = opening.threadId();
        PostDetails first = as("nurse", () -> forums.reply(thread, new NewReply("Mostly, yes.", null)));
        assertThat(kinds("gp", first)).containsExactly("FORUM_REPLY");
        assertThat(kinds("nurse", first)).as("not told of their own post").isEmpty();

        as("consultant", () -> {
            following.follow(thread);
            return null;
        });
        PostDetails second = as("lnc", () -> forums.reply(thread, new NewReply(
                "I agree with @Jo Williams, and @jo williams again; @Dr Priya Shah, shall we ask patients?", null)));

        assertThat(kinds("gp", second)).as("mentioned and the thread's author: one notification, the mention")
                .containsExactly("MENTION");
        assertThat(kinds("nurse", second)).as("mentioned twice, told once").containsExactly("MENTION");
        assertThat(kinds("consultant", second)).as("a follower who has not posted").containsExactly("FOLLOWED_THREAD");
        assertThat(kinds("lnc", second)).isEmpty();
        assertThat(jdbc.queryForObject("select title from notification where recipient_id = ? and link = ?",
                String.class, id("nurse"), ForumRoutes.post(thread, second.id())))
                .isEqualTo("Dr Aisha Khan mentioned you in “Clinic letters”");
        assertThat(as("lnc", () -> following.following(thread))).as("a replier follows the thread").isTrue();
    }

    @Test
    void someone_who_stopped_following_hears_nothing_more_even_after_replying_again() {
        long thread = as("gp", () -> forums.startThread(forum(ForumKind.PATIENT_VOICE),
                new NewThread("Transport to dialysis", "Who books it?", null))).threadId();
        as("nurse", () -> forums.reply(thread, new NewReply("The unit does.", null)));
        as("nurse", () -> {
            following.unfollow(thread);
            return null;
        });
        PostDetails reply = as("gp", () -> forums.reply(thread, new NewReply("Thank you.", null)));
        assertThat(kinds("nurse", reply)).isEmpty();

        as("nurse", () -> forums.reply(thread, new NewReply("You are welcome.", null)));
        assertThat(as("nurse", () -> following.following(thread))).as("replying again does not follow again").isFalse();
        PostDetails later = as("consultant", () -> forums.reply(thread, new NewReply("Same in our unit.", null)));
        assertThat(kinds("nurse", later)).isEmpty();
        assertThat(kinds("gp", later)).containsExactly("FORUM_REPLY");

        as("gp", () -> {
            following.unfollow(thread);
            return null;
        });
        PostDetails after = as("lnc", () -> forums.reply(thread, new NewReply("Noted.", null)));
        assertThat(kinds("gp", after)).as("the author who stopped following").isEmpty();
    }

    @Test
    void a_mention_of_someone_who_may_not_read_the_forum_tells_nobody() {
        PostDetails post = as("gp", () -> forums.startThread(forum(ForumKind.INTERFACE_ISSUES),
                new NewThread("Late discharge letters", "@Margaret Hill asked me about this; @Jo Williams too.", null)));
        assertThat(kinds("patient", post)).as("patient partners do not read Interface issues").isEmpty();
        assertThat(kinds("nurse", post)).containsExactly("MENTION");
        assertThat(kinds("gp", post)).isEmpty();
    }

    @Test
    void a_patient_partner_member_hears_of_replies_until_removed_from_the_workspace() {
        PathwayFixture fixture = new PathwayFixture(context);
        long workspace = fixture.workspace("Gout", "Notice Place");
        long forumId = as("patient", () -> forums.workspaceForum(workspace).id());
        long thread = as("patient", () -> forums.startThread(forumId,
                new NewThread("Flare-ups at night", "What matters to me is knowing whom to call.", null))).threadId();
        PostDetails reply = as("gp", () -> forums.reply(thread, new NewReply("The out-of-hours line.", null)));
        assertThat(kinds("patient", reply)).containsExactly("FORUM_REPLY");

        as("gp", () -> {
            workspaces.removeMember(workspace, id("patient"));
            return null;
        });
        PostDetails later = as("lmc", () -> forums.reply(thread, new NewReply("And the practice in hours, "
                + "@Margaret Hill.", null)));
        assertThat(kinds("patient", later)).as("no longer a member, so no longer a reader").isEmpty();
        assertThat(kinds("gp", later)).containsExactly("FORUM_REPLY");
    }

    @Test
    void helpful_is_one_per_person_toggles_and_is_refused_on_ones_own_post() {
        PostDetails post = as("gp", () -> forums.startThread(forum(ForumKind.PATIENT_VOICE),
                new NewThread("Leaflets", "We rewrote the leaflet.", null)));
        assertThat(as("nurse", () -> helpful.toggle(post.id()))).isEqualTo(new Helpful(post.id(), 1, true, true));
        assertThat(as("patient", () -> helpful.toggle(post.id()))).isEqualTo(new Helpful(post.id(), 2, true, true));
        assertThat(as("nurse", () -> helpful.toggle(post.id()))).as("taken back")
                .isEqualTo(new Helpful(post.id(), 1, false, true));
        assertThat(as("gp", () -> helpful.helpful(post.id()))).isEqualTo(new Helpful(post.id(), 1, false, false));
        assertThatThrownBy(() -> as("gp", () -> helpful.toggle(post.id())))
                .isInstanceOf(ForumAccessDeniedException.class);

        long interfaceIssues = as("gp", () -> forum(ForumKind.INTERFACE_ISSUES));
        PostDetails closed = as("gp", () -> forums.startThread(interfaceIssues,
                new NewThread("Referral forms", "Which form?", null)));
        assertThatThrownBy(() -> as("patient", () -> helpful.toggle(closed.id())))
                .isInstanceOf(ForumAccessDeniedException.class);
    }

    private long forum(ForumKind kind) {
        return as("gp", () -> forums.portalForums().stream().filter(forum -> forum.kind() == kind)
                .map(ForumSummary::id).findFirst().orElseThrow());
    }

    private List<String> kinds(String person, PostDetails post) {
        return jdbc.queryForList("select kind from notification where recipient_id = ? and link = ?", String.class,
                id(person), ForumRoutes.post(post.threadId(), post.id()));
    }

    private long id(String person) {
        return new PathwayFixture(context).personId(person);
    }

    private <T> T as(String person, java.util.function.Supplier<T> action) {
        return DemoSignIn.actingAs(users, person, action);
    }
}
