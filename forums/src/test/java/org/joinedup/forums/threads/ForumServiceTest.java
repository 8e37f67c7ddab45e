package org.joinedup.forums.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

@JoinedUpTest
@DirtiesContext
class ForumServiceTest {

    /** A valid NHS number (check digit 4), as a patient might write their own. */
    private static final String NHS_NUMBER = "943 476 5919";

    @Autowired
    ForumService forums;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail audit;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    private ForumSummary portalForum(ForumKind kind) {
        return forums.portalForums().stream().filter(forum -> forum.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void patient_voice_is_for_patient_partners_and_clinicians_and_interface_issues_for_clinicians() {
        DemoSignIn.as(users, "patient");
        assertThat(forums.portalForums()).extracting(ForumSummary::kind).containsExactly(ForumKind.PATIENT_VOICE);

        DemoSignIn.as(users, "gp");
        assertThat(forums.portalForums()).extracting(ForumSummary::kind)
                .containsExactly(ForumKind.PATIENT_VOICE, ForumKind.INTERFACE_ISSUES);
        long interfaceIssues = portalForum(ForumKind.INTERFACE_ISSUES).id();

        DemoSignIn.as(users, "patient");
        assertThatThrownBy(() -> forums.threads(interfaceIssues, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forums.startThread(interfaceIssues, new NewThread("Discharge letters", "Late.", null)))
                .isInstanceOf(AccessDeniedException.class);

        DemoSignIn.as(users, "admin");
        assertThat(forums.portalForums()).as("administrators read the portal-wide forums").hasSize(2);
        DemoSignIn.as(users, "moderator");
        assertThat(forums.portalForums()).hasSize(2);
    }

    @Test
    void a_workspace_forum_is_open_to_those_who_read_the_workspace_and_to_nobody_else() {
        PathwayFixture fixture = new PathwayFixture(context);
        long workspace = fixture.workspace("Heart failure", "Forum Place");

        DemoSignIn.as(users, "patient");
        ForumSummary forum = forums.workspaceForum(workspace);
        assertThat(forum.kind()).isEqualTo(ForumKind.WORKSPACE);
        assertThat(forums.workspaceForum(workspace).id()).as("opened twice, one forum").isEqualTo(forum.id());
        assertThat(forums.workspaceForums(0, 50)).extracting(WorkspaceForumSummary::workspaceId).contains(workspace);
        PostDetails first = forums.startThread(forum.id(), new NewThread("Waiting for results",
                "What matters to me is knowing who rings me with the results.", null));
        assertThat(first.holdReason()).as("a new patient partner's first post waits for a moderator")
                .isEqualTo(HoldReason.FIRST_POSTS);

        DemoSignIn.as(users, "locum");
        assertThatThrownBy(() -> forums.workspaceForum(workspace)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forums.threads(forum.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forums.posts(first.threadId(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forums.reply(first.threadId(), new NewReply("Me too", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(forums.workspaceForums(0, 50)).extracting(WorkspaceForumSummary::workspaceId).doesNotContain(workspace);
    }

    @Test
    void a_thread_about_a_step_must_name_a_step_of_the_workspace_draft() {
        DemoSignIn.as(users, "gp");
        long patientVoice = portalForum(ForumKind.PATIENT_VOICE).id();
        assertThatThrownBy(() -> forums.startThread(patientVoice, new NewThread("About a step", "Text", "abc")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messages()).containsKey("stepKey"));
    }

    @Test
    void replies_count_quotes_show_and_unread_markers_follow_what_each_person_read() {
        DemoSignIn.as(users, "gp");
        long forumId = portalForum(ForumKind.PATIENT_VOICE).id();
        PostDetails opening = forums.startThread(forumId, new NewThread("Clinic letters", "Are letters **clear**?", null));
        long threadId = opening.threadId();
        assertThat(opening.html()).contains("<strong>clear</strong>");

        DemoSignIn.as(users, "nurse");
        assertThat(thread(forumId, threadId).unread()).isTrue();
        forums.markRead(threadId, opening.id());
        assertThat(thread(forumId, threadId).unread()).isFalse();
        PostDetails reply = forums.reply(threadId, new NewReply("Not always.", opening.id()));
        assertThat(reply.quoted().authorName()).isEqualTo("Dr Priya Shah");
        assertThat(reply.quoted().excerpt()).isEqualTo("Are letters **clear**?");
        assertThat(thread(forumId, threadId).replies()).isEqualTo(1);

        DemoSignIn.as(users, "gp");
        assertThat(thread(forumId, threadId).unread()).as("the author has not read the reply").isTrue();
        assertThat(forums.countPosts(threadId)).isEqualTo(2);
        assertThat(forums.posts(threadId, 1, 10)).extracting(PostDetails::body).containsExactly("Not always.");
        forums.markRead(threadId, reply.id());
        forums.markRead(threadId, opening.id());
        assertThat(thread(forumId, threadId).unread()).as("reading an older page does not move the marker back")
                .isFalse();
    }

    @Test
    void a_post_with_an_nhs_number_is_held_with_its_reason_and_shown_only_to_its_author_and_moderators() {
        DemoSignIn.as(users, "gp");
        long forumId = portalForum(ForumKind.PATIENT_VOICE).id();
        long threadId = forums.startThread(forumId, new NewThread("Sick-day rules", "What do you do when ill?", null))
                .threadId();

        DemoSignIn.as(users, "patient");
        String story = "When I was ill my GP had my number " + NHS_NUMBER + " wrong on the letter.";
        PostDetails held = forums.reply(threadId, new NewReply(story, null));
        assertThat(held.status()).isEqualTo(PostStatus.HELD);
        assertThat(held.holdReason()).isEqualTo(HoldReason.IDENTIFIERS);
        assertThat(held.holdDetail()).contains("NHS number").doesNotContain("943");
        assertThat(held.body()).as("the author's text is kept").isEqualTo(story);
        assertThat(forums.posts(threadId, 0, 10)).extracting(PostDetails::id).contains(held.id());

        DemoSignIn.as(users, "nurse");
        assertThat(forums.posts(threadId, 0, 10)).extracting(PostDetails::id).doesNotContain(held.id());
        assertThat(thread(forumId, threadId).replies()).as("a held post is not counted").isZero();
        assertThatThrownBy(() -> forums.post(held.id())).isInstanceOf(ForumItemGoneException.class);

        DemoSignIn.as(users, "moderator");
        PostDetails seen = forums.post(held.id());
        assertThat(seen.authorRealName()).as("moderators see a patient partner's real name").isNotNull();
        assertThat(seen.authorPatientPartner()).isTrue();
    }

    @Test
    void a_thread_whose_first_post_is_held_shows_only_to_its_author_and_moderators() {
        DemoSignIn.as(users, "gp");
        long forumId = portalForum(ForumKind.PATIENT_VOICE).id();
        PostDetails first = forums.startThread(forumId, new NewThread("Phone me", "Ring 07700 900123 any time", null));
        assertThat(first.status()).isEqualTo(PostStatus.HELD);
        assertThat(forums.threads(forumId, 0, 50)).extracting(ThreadSummary::id).contains(first.threadId());

        DemoSignIn.as(users, "nurse");
        assertThat(forums.threads(forumId, 0, 50)).extracting(ThreadSummary::id).doesNotContain(first.threadId());
        assertThatThrownBy(() -> forums.thread(first.threadId())).as("not even its title")
                .isInstanceOf(ForumItemGoneException.class);
        DemoSignIn.as(users, "moderator");
        assertThat(forums.threads(forumId, 0, 50)).extracting(ThreadSummary::id).contains(first.threadId());
    }

    @Test
    void a_reply_to_a_locked_thread_is_refused_with_a_reason_and_nothing_is_written() {
        DemoSignIn.as(users, "gp");
        long forumId = portalForum(ForumKind.PATIENT_VOICE).id();
        long threadId = forums.startThread(forumId, new NewThread("Locked soon", "First", null)).threadId();
        jdbc.update("update forum_thread set locked = true where id = ?", threadId);

        DemoSignIn.as(users, "nurse");
        assertThatThrownBy(() -> forums.reply(threadId, new NewReply("Too late", null)))
                .isInstanceOf(ThreadClosedException.class).hasMessageContaining("locked");
        assertThat(jdbc.queryForObject("select count(*) from forum_post where thread_id = ?", Long.class, threadId))
                .isEqualTo(1);
    }

    @Test
    void editing_keeps_what_the_post_said_for_moderators_and_a_stale_edit_is_refused() {
        DemoSignIn.as(users, "nurse");
        long forumId = portalForum(ForumKind.PATIENT_VOICE).id();
        PostDetails post = forums.startThread(forumId, new NewThread("Transport", "Hospital transport was late.", null));
        PostDetails edited = forums.edit(post.id(), post.version(), "Hospital transport was two hours late.");
        assertThat(edited.editedAt()).isNotNull();
        assertThatThrownBy(() -> forums.edit(post.id(), post.version(), "Stale text"))
                .isInstanceOf(PostChangedException.class);
        assertThat(forums.post(post.id()).body()).isEqualTo("Hospital transport was two hours late.");
        assertThatThrownBy(() -> forums.revisions(post.id())).isInstanceOf(AccessDeniedException.class);

        DemoSignIn.as(users, "gp");
        assertThatThrownBy(() -> forums.edit(post.id(), edited.version(), "Not mine"))
                .isInstanceOf(AccessDeniedException.class);

        DemoSignIn.as(users, "moderator");
        List<PostRevisionDetails> history = forums.revisions(post.id());
        assertThat(history).extracting(PostRevisionDetails::body).containsExactly("Hospital transport was late.");
        assertThat(history.getFirst().editedBy()).isEqualTo("Jo Williams");
    }

    @Test
    void welsh_emoji_and_right_to_left_text_round_trip_and_hostile_markdown_renders_inert() {
        DemoSignIn.as(users, "patient");
        long forumId = portalForum(ForumKind.PATIENT_VOICE).id();
        String text = "Diolch yn fawr 🙏 — شكرا <script>alert(1)</script> [x](javascript:alert(1)) "
                + "<img src=x onerror=alert(1)>";
        PostDetails post = forums.startThread(forumId, new NewThread("Ŵyn a chŵn 🐑", text, null));
        PostDetails read = forums.post(post.id());
        assertThat(read.body()).isEqualTo(text);
        assertThat(forums.thread(post.threadId()).title()).isEqualTo("Ŵyn a chŵn 🐑");
        assertThat(read.html()).contains("Diolch yn fawr").contains("&#x1f64f;").contains("شكرا")
                .doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img")
                .doesNotContainPattern("<[^>]*\\son[a-z]+=");
    }

    @Test
    void starting_a_thread_is_audited() {
        DemoSignIn.as(users, "gp");
        long forumId = portalForum(ForumKind.PATIENT_VOICE).id();
        long threadId = forums.startThread(forumId, new NewThread("Audited", "Text", null)).threadId();
        DemoSignIn.as(users, "admin");
        assertThat(audit.history(ForumService.AUDIT_SUBJECT, threadId, 0, 10))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("forum.thread-started"));
    }

    private ThreadSummary thread(long forumId, long threadId) {
        return forums.threads(forumId, 0, 100).stream().filter(thread -> thread.id() == threadId).findFirst()
                .orElseThrow();
    }
}
