package org.joinedup.forums.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.HoldReason;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadDetails;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationItem;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

@JoinedUpTest
@DirtiesContext
@Import(MovableClock.Configuration.class)
class ModerationServiceTest {

    /** A valid NHS number, as a patient might write their own. */
    private static final String NHS_NUMBER = "943 476 5919";

    @Autowired
    ModerationService moderation;
    @Autowired
    ForumService forums;
    @Autowired
    NotificationCentre notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    private long patientVoice() {
        return forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE)
                .map(ForumSummary::id).findFirst().orElseThrow();
    }

    private PostDetails publishedPost(String author, String title, String body) {
        DemoSignIn.as(users, author);
        PostDetails post = forums.startThread(patientVoice(), new NewThread(title, body, null));
        assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
        return post;
    }

    private List<AuditRecord> threadAudit(long threadId) {
        return DemoSignIn.actingAs(users, "admin", () -> audit.history("forum-thread", threadId, 0, 100));
    }

    private List<NotificationItem> notificationsOf(String person) {
        return DemoSignIn.actingAs(users, person, () -> notifications.mine(0, 50));
    }

    private QueueItem queued(long postId) {
        return moderation.queue(0, 100).stream().filter(item -> item.postId() == postId).findFirst().orElseThrow();
    }

    @Test
    void a_held_post_waits_in_the_queue_with_its_findings_marked_and_is_published_when_approved() {
        DemoSignIn.as(users, "gp");
        long threadId = forums.startThread(patientVoice(), new NewThread("Letters", "Were your letters clear?", null))
                .threadId();
        DemoSignIn.as(users, "patient");
        PostDetails held = forums.reply(threadId, new NewReply("Mine had my number " + NHS_NUMBER
                + " & <b>my</b> name wrong.", null));
        assertThat(held.status()).isEqualTo(PostStatus.HELD);

        DemoSignIn.as(users, "moderator");
        QueueItem item = queued(held.id());
        assertThat(item.holdReason()).isEqualTo(HoldReason.IDENTIFIERS);
        assertThat(item.authorName()).isEqualTo(held.authorName());
        assertThat(item.authorRealName()).as("moderators see the real name").isNotNull();
        assertThat(item.highlightedHtml()).contains("<mark title=\"an NHS number\">" + NHS_NUMBER + "</mark>")
                .contains("&amp; &lt;b&gt;my&lt;/b&gt;").doesNotContain("<b>");
        assertThat(item.reason()).startsWith("Held: it may identify a patient");
        long before = moderation.queueSize();

        moderation.approve(held.id(), item.version());

        assertThat(moderation.queueSize()).isEqualTo(before - 1);
        assertThat(moderation.queue(0, 100)).extracting(QueueItem::postId).doesNotContain(held.id());
        DemoSignIn.as(users, "nurse");
        assertThat(forums.posts(threadId, 0, 10)).extracting(PostDetails::id).contains(held.id());
        assertThat(forums.thread(threadId).postCount()).isEqualTo(2);
        assertThat(threadAudit(threadId)).extracting(AuditRecord::action).contains("forum.post-approved");
        assertThat(notificationsOf("patient")).anySatisfy(notification -> {
            assertThat(notification.kind()).isEqualTo(NotificationKind.MODERATION);
            assertThat(notification.title()).contains("approved");
            assertThat(notification.link()).isEqualTo("forums/threads/" + threadId + "?post=" + held.id());
        });
    }

    @Test
    void three_different_people_flagging_a_post_hide_it_until_a_moderator_approves_it() {
        PostDetails post = publishedPost("gp", "Waiting times", "The wait for the clinic is too long.");
        DemoSignIn.as(users, "nurse");
        assertThat(moderation.flag(post.id(), new NewFlag(FlagReason.UNKIND, "Feels harsh"))).isFalse();
        assertThat(moderation.flaggedByMe(post.id())).isTrue();
        assertThatThrownBy(() -> moderation.flag(post.id(), new NewFlag(FlagReason.SPAM, null)))
                .as("once per person").isInstanceOf(InvalidInputException.class).hasMessageContaining("already flagged");
        DemoSignIn.as(users, "locum");
        assertThat(moderation.flaggedByMe(post.id())).isFalse();
        assertThat(moderation.flag(post.id(), new NewFlag(FlagReason.OFF_TOPIC, null))).isFalse();

        DemoSignIn.as(users, "moderator");
        assertThat(queued(post.id()).status()).as("flagged, still published").isEqualTo(PostStatus.PUBLISHED);
        assertThat(queued(post.id()).flags()).hasSize(2);

        DemoSignIn.as(users, "pharmacist");
        assertThat(moderation.flag(post.id(), new NewFlag(FlagReason.UNKIND, null))).isTrue();
        assertThatThrownBy(() -> forums.post(post.id())).isInstanceOf(ForumItemGoneException.class);
        assertThat(forums.thread(post.threadId()).postCount()).isZero();

        DemoSignIn.as(users, "moderator");
        QueueItem held = queued(post.id());
        assertThat(held.status()).isEqualTo(PostStatus.HELD);
        assertThat(held.holdReason()).isEqualTo(HoldReason.FLAGGED);
        moderation.approve(post.id(), held.version());
        assertThat(moderation.queue(0, 100)).extracting(QueueItem::postId).doesNotContain(post.id());

        DemoSignIn.as(users, "pharmacist");
        assertThat(forums.post(post.id()).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(moderation.flaggedByMe(post.id())).as("a flagger still sees they flagged it").isTrue();
        assertThat(threadAudit(post.threadId())).extracting(AuditRecord::action)
                .contains("forum.post-flagged", "forum.post-held-by-flags", "forum.post-approved");
    }

    @Test
    void a_flagged_post_can_be_hidden_with_a_reason_its_author_sees() {
        PostDetails post = publishedPost("locum", "Referrals", "Referrals from the practice keep bouncing.");
        for (String flagger : List.of("nurse", "gp", "pharmacist")) {
            DemoSignIn.as(users, flagger);
            moderation.flag(post.id(), new NewFlag(FlagReason.UNKIND, null));
        }
        DemoSignIn.as(users, "moderator");
        moderation.hide(post.id(), queued(post.id()).version(), "It names a colleague unkindly.");
        assertThat(moderation.queue(0, 100)).extracting(QueueItem::postId).doesNotContain(post.id());

        DemoSignIn.as(users, "locum");
        PostDetails mine = forums.post(post.id());
        assertThat(mine.status()).isEqualTo(PostStatus.HIDDEN);
        assertThat(mine.hiddenReason()).isEqualTo("It names a colleague unkindly.");
        assertThat(notificationsOf("locum")).anySatisfy(notification -> assertThat(notification.title()).contains("hid"));
        DemoSignIn.as(users, "nurse");
        assertThatThrownBy(() -> forums.post(post.id())).isInstanceOf(ForumItemGoneException.class);
        assertThat(threadAudit(post.threadId())).extracting(AuditRecord::action).contains("forum.post-hidden");
    }

    @Test
    void flagging_your_own_post_is_refused() {
        PostDetails post = publishedPost("nurse", "District nursing", "Visits moved to mornings.");
        assertThatThrownBy(() -> moderation.flag(post.id(), new NewFlag(FlagReason.OTHER, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("your own post");
        assertThat(moderation.flaggedByMe(post.id())).isFalse();
    }

    @Test
    void a_held_post_cannot_be_flagged_by_readers_who_cannot_see_it() {
        DemoSignIn.as(users, "patient");
        PostDetails held = forums.startThread(patientVoice(), new NewThread("Held", "Call me on 07700 900123", null));
        assertThat(held.status()).isEqualTo(PostStatus.HELD);
        DemoSignIn.as(users, "gp");
        assertThatThrownBy(() -> moderation.flag(held.id(), new NewFlag(FlagReason.OTHER, null)))
                .isInstanceOf(ForumItemGoneException.class);
    }

    @Test
    void a_flag_note_that_could_identify_a_patient_is_refused() {
        PostDetails post = publishedPost("nurse", "Clinic", "Clinic moved.");
        DemoSignIn.as(users, "gp");
        assertThatThrownBy(() -> moderation.flag(post.id(), new NewFlag(FlagReason.OTHER, "It is about "
                + NHS_NUMBER))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messages()).containsKey("note"));
        assertThat(moderation.flaggedByMe(post.id())).isFalse();
    }

    @Test
    void someone_who_is_not_a_moderator_is_refused_every_moderator_action() {
        PostDetails post = publishedPost("gp", "Pharmacy", "Repeat prescriptions are slow.");
        for (String person : List.of("gp", "patient", "admin")) {
            DemoSignIn.as(users, person);
            assertThatThrownBy(() -> moderation.queue(0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.queueSize()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.approve(post.id(), post.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.hide(post.id(), post.version(), "No"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.editWithNote(post.id(), post.version(), new ModeratorEdit("x", "y")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.dismissFlags(post.id(), post.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.lockThread(post.threadId(), true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.pinThread(post.threadId(), true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.hideThread(post.threadId(), true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.suspend(new NewSuspension(post.authorId(), 3, "No")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.lift(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> moderation.suspensions()).isInstanceOf(AccessDeniedException.class);
        }
        DemoSignIn.as(users, "gp");
        assertThat(forums.post(post.id()).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(forums.thread(post.threadId()).locked()).isFalse();
    }

    @Test
    void a_second_moderator_deciding_on_the_same_post_is_told_and_changes_nothing() {
        DemoSignIn.as(users, "patient");
        PostDetails held = forums.startThread(patientVoice(), new NewThread("Phone", "Ring me on 07700 900123", null));
        DemoSignIn.as(users, "moderator");
        long seen = queued(held.id()).version();
        moderation.editWithNote(held.id(), seen, new ModeratorEdit("Ring me (number removed)",
                "Removed a phone number"));

        assertThatThrownBy(() -> moderation.hide(held.id(), seen, "Contains a phone number"))
                .isInstanceOf(PostModeratedElsewhereException.class)
                .hasMessageContaining("Someone else moderated this post");
        assertThatThrownBy(() -> moderation.approve(held.id(), seen))
                .isInstanceOf(PostModeratedElsewhereException.class);
        QueueItem now = queued(held.id());
        assertThat(now.status()).isEqualTo(PostStatus.HELD);
        assertThat(now.body()).isEqualTo("Ring me (number removed)");
    }

    @Test
    void a_moderators_edit_keeps_the_old_text_shows_its_note_and_may_keep_what_screening_finds() {
        PostDetails post = publishedPost("nurse", "Contact", "Our team is friendly.");
        DemoSignIn.as(users, "moderator");
        assertThatThrownBy(() -> moderation.editWithNote(post.id(), post.version(), new ModeratorEdit("x", " ")))
                .as("the note is required").isInstanceOf(InvalidInputException.class);
        moderation.editWithNote(post.id(), post.version(), new ModeratorEdit(
                "Our team is friendly. Ring the team on 07700 900123.", "Added the team's public number at their request"));

        DemoSignIn.as(users, "gp");
        PostDetails read = forums.post(post.id());
        assertThat(read.status()).as("the moderator read it, so it is not held again").isEqualTo(PostStatus.PUBLISHED);
        assertThat(read.body()).contains("07700 900123");
        assertThat(moderation.moderatorNote(post.id())).contains("Added the team's public number at their request");
        DemoSignIn.as(users, "moderator");
        assertThat(forums.revisions(post.id())).singleElement()
                .satisfies(revision -> assertThat(revision.body()).isEqualTo("Our team is friendly."));
        assertThat(notificationsOf("nurse")).anySatisfy(notification -> assertThat(notification.title())
                .contains("edited your post"));
        assertThat(threadAudit(post.threadId())).extracting(AuditRecord::action)
                .contains("forum.post-edited-by-moderator");
    }

    @Test
    void dismissing_flags_keeps_the_post_and_empties_the_queue_of_it() {
        PostDetails post = publishedPost("gp", "Clinics", "Evening clinics would help.");
        DemoSignIn.as(users, "nurse");
        moderation.flag(post.id(), new NewFlag(FlagReason.OFF_TOPIC, null));
        DemoSignIn.as(users, "moderator");
        QueueItem item = queued(post.id());
        moderation.dismissFlags(post.id(), item.version());
        assertThat(moderation.queue(0, 100)).extracting(QueueItem::postId).doesNotContain(post.id());
        assertThatThrownBy(() -> moderation.dismissFlags(post.id(), item.version()))
                .isInstanceOf(PostModeratedElsewhereException.class);
        DemoSignIn.as(users, "nurse");
        assertThat(forums.post(post.id()).status()).isEqualTo(PostStatus.PUBLISHED);
        assertThatThrownBy(() -> moderation.flag(post.id(), new NewFlag(FlagReason.OFF_TOPIC, null)))
                .as("a dismissed flag still counts as the person's one flag").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void moderators_lock_pin_and_hide_threads_and_each_is_audited() {
        PostDetails post = publishedPost("gp", "Locking", "Text");
        DemoSignIn.as(users, "moderator");
        moderation.lockThread(post.threadId(), true);
        moderation.pinThread(post.threadId(), true);
        ThreadDetails thread = forums.thread(post.threadId());
        assertThat(thread.locked()).isTrue();
        assertThat(thread.pinned()).isTrue();
        moderation.hideThread(post.threadId(), true);

        DemoSignIn.as(users, "nurse");
        assertThatThrownBy(() -> forums.thread(post.threadId())).isInstanceOf(ForumItemGoneException.class);
        DemoSignIn.as(users, "moderator");
        moderation.hideThread(post.threadId(), false);
        moderation.lockThread(post.threadId(), false);
        DemoSignIn.as(users, "nurse");
        assertThat(forums.thread(post.threadId()).mayReply()).isTrue();
        assertThat(threadAudit(post.threadId())).extracting(AuditRecord::action).contains("forum.thread-locked",
                "forum.thread-pinned", "forum.thread-hidden", "forum.thread-shown", "forum.thread-unlocked");
    }

    @Test
    void a_suspended_account_cannot_post_until_the_suspension_ends_or_is_lifted() {
        PostDetails post = publishedPost("locum", "Suspension", "First post.");
        DemoSignIn.as(users, "moderator");
        SuspensionDetails suspension = moderation.suspend(new NewSuspension(post.authorId(), 7, "Repeated personal attacks."));
        assertThat(moderation.suspensions()).extracting(SuspensionDetails::id).contains(suspension.id());
        assertThatThrownBy(() -> moderation.suspend(new NewSuspension(CurrentPerson.id(), 1, "Test")))
                .isInstanceOf(InvalidInputException.class);

        DemoSignIn.as(users, "locum");
        assertThatThrownBy(() -> forums.reply(post.threadId(), new NewReply("Let me post", null)))
                .isInstanceOf(PostingSuspendedException.class)
                .hasMessageContaining("until 30 November 2026, 14:00")
                .hasMessageContaining("Repeated personal attacks.");
        assertThatThrownBy(() -> forums.startThread(patientVoice(), new NewThread("New", "Text", null)))
                .isInstanceOf(PostingSuspendedException.class);
        assertThat(notificationsOf("locum")).anySatisfy(notification -> assertThat(notification.title())
                .contains("suspended you"));

        DemoSignIn.as(users, "moderator");
        moderation.lift(suspension.id());
        assertThat(moderation.suspensions()).isEmpty();
        DemoSignIn.as(users, "locum");
        assertThat(forums.reply(post.threadId(), new NewReply("Back again", null)).status())
                .isEqualTo(PostStatus.PUBLISHED);

        DemoSignIn.as(users, "moderator");
        moderation.suspend(new NewSuspension(post.authorId(), 1, "A day to cool off."));
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        DemoSignIn.as(users, "locum");
        assertThat(forums.reply(post.threadId(), new NewReply("A day later", null)).status())
                .isEqualTo(PostStatus.PUBLISHED);
        List<AuditRecord> personAudit = DemoSignIn.actingAs(users, "admin",
                () -> audit.history("person", post.authorId(), 0, 50));
        assertThat(personAudit).extracting(AuditRecord::action).contains("forum.suspended", "forum.suspension-lifted");
    }
}
