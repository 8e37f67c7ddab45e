package org.joinedup.forums.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.joinedup.forums.moderation.ModerationService;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.NewReply;
import org.joinedup.forums.threads.NewThread;
import org.joinedup.forums.threads.PostDetails;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadSummary;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

@JoinedUpTest
@DirtiesContext
class PatientInsightsTest {

    /** A valid NHS number (check digit 4). */
    private static final String NHS_NUMBER = "943 476 5919";

    @Autowired
    PatientInsights insights;
    @Autowired
    ForumService forums;
    @Autowired
    InsightReplies replies;
    @Autowired
    DraftService drafts;
    @Autowired
    ModerationService moderation;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail audit;

    private PathwayFixture fixture;
    private long workspace;
    private StepDetails referral;
    private StepDetails review;
    private ForumSummary forum;

    @BeforeEach
    void pathwayWithTwoSteps() {
        fixture = new PathwayFixture(context);
        workspace = fixture.workspace("Heart failure", "Insight Place " + System.nanoTime());
        StageDetails stage = fixture.stage(workspace, "Diagnosis");
        referral = fixture.step(stage, StepFields.titled("Referral for an echocardiogram", CareSetting.PRIMARY));
        review = fixture.step(stage, StepFields.titled("Review of medicines", CareSetting.PRIMARY));
        forum = DemoSignIn.actingAs(users, "gp", () -> forums.workspaceForum(workspace));
    }

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    private PostDetails patientThread(String title, String body) {
        return published(DemoSignIn.actingAs(users, "patient",
                () -> forums.startThread(forum.id(), new NewThread(title, body, null))));
    }

    private PostDetails nurseThread(String title, String body) {
        return DemoSignIn.actingAs(users, "nurse", () -> forums.startThread(forum.id(), new NewThread(title, body, null)));
    }

    /** A new patient partner's first posts wait for a moderator: the moderator approves them. */
    private PostDetails published(PostDetails post) {
        if (post.status() == PostStatus.HELD) {
            DemoSignIn.actingAs(users, "moderator", () -> {
                moderation.approve(post.id(), post.version());
                return null;
            });
        }
        return DemoSignIn.actingAs(users, "patient", () -> forums.post(post.id()));
    }

    @Test
    void a_clinician_who_reads_the_draft_marks_a_post_on_a_step_and_may_take_it_off_again() {
        PostDetails post = patientThread("Waiting for the scan", "Nobody told me how long the wait for the scan would be.");

        DemoSignIn.as(users, "gp");
        assertThat(insights.workspaceChoices(post.id())).first().as("the forum's own workspace comes first")
                .extracting(InsightWorkspace::id).isEqualTo(workspace);
        PatientInsight marked = insights.mark(post.id(), new MarkInsight(workspace, referral.key(),
                "  Say how long the wait is\n when referring "));
        assertThat(marked.stepTitle()).isEqualTo("Referral for an echocardiogram");
        assertThat(marked.summary()).as("kept on one line").isEqualTo("Say how long the wait is when referring");
        assertThat(marked.attachedBy()).isEqualTo("Dr Priya Shah");
        assertThat(marked.postAuthorName()).isNotBlank();
        assertThat(marked.postRoute()).isEqualTo("forums/threads/" + post.threadId() + "?post=" + post.id());
        PatientInsight second = insights.mark(post.id(), new MarkInsight(workspace, review.key(), null));
        assertThat(insights.onPost(post.id())).extracting(PatientInsight::stepTitle)
                .containsExactly("Referral for an echocardiogram", "Review of medicines");
        assertThatThrownBy(() -> insights.mark(post.id(), new MarkInsight(workspace, referral.key(), null)))
                .as("once per step").isInstanceOf(InvalidInputException.class);

        insights.detach(second.id());
        assertThat(insights.onPost(post.id())).extracting(PatientInsight::stepKey).containsExactly(referral.key());
        assertThatThrownBy(() -> insights.detach(second.id())).isInstanceOf(RuntimeException.class);

        DemoSignIn.as(users, "admin");
        assertThat(audit.history(PatientInsights.AUDIT_SUBJECT, post.threadId(), 0, 20))
                .extracting(entry -> entry.action())
                .contains("forum.insight-attached", "forum.insight-detached");
    }

    @Test
    void patient_partners_and_clinicians_who_do_not_read_the_draft_are_refused() {
        PostDetails post = patientThread("Letters", "The letter used words I did not understand.");
        MarkInsight onReferral = new MarkInsight(workspace, referral.key(), null);

        DemoSignIn.as(users, "patient");
        assertThatThrownBy(() -> insights.mark(post.id(), onReferral)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insights.onStep(workspace, referral.key()))
                .as("a patient partner does not read the draft").isInstanceOf(WorkspaceAccessDeniedException.class);

        DemoSignIn.as(users, "locum");
        assertThatThrownBy(() -> insights.mark(post.id(), onReferral)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insights.onStep(workspace, referral.key())).isInstanceOf(AccessDeniedException.class);

        DemoSignIn.as(users, "gp");
        PatientInsight marked = insights.mark(post.id(), onReferral);
        DemoSignIn.as(users, "locum");
        assertThatThrownBy(() -> insights.detach(marked.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from forum_post_insight where post_id = ?", Long.class,
                post.id())).isEqualTo(1);
    }

    @Test
    void only_a_published_post_may_be_marked_on_a_step_of_the_draft_with_a_summary_free_of_identifiers() {
        DemoSignIn.as(users, "gp");
        PostDetails held = forums.startThread(forum.id(), new NewThread("Ring me", "My number is " + NHS_NUMBER, null));
        assertThat(held.status()).isEqualTo(PostStatus.HELD);
        assertThatThrownBy(() -> insights.mark(held.id(), new MarkInsight(workspace, referral.key(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.messages()).containsKey("postId"));

        PostDetails post = patientThread("Medicines", "I was never asked which tablets I actually take.");
        DemoSignIn.as(users, "gp");
        assertThatThrownBy(() -> insights.mark(post.id(), new MarkInsight(workspace, "no-such-step", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.messages()).containsKey("stepKey"));
        assertThatThrownBy(() -> insights.mark(post.id(), new MarkInsight(workspace, review.key(),
                "Patient " + NHS_NUMBER + " said so"))).isInstanceOf(IdentifiersFoundException.class);
        assertThat(insights.onPost(post.id())).isEmpty();
    }

    @Test
    void a_step_lists_its_insight_in_the_order_it_was_attached_with_the_threads_about_it() {
        PostDetails first = patientThread("Scan", "The scan was quick once I got there.");
        PostDetails second = nurseThread("Transport", "Getting to the hospital for the scan took two buses.");
        PostDetails aboutStep = DemoSignIn.actingAs(users, "nurse", () -> forums.startThread(forum.id(),
                new NewThread("Echo waits", "How long are people waiting?", referral.key())));

        DemoSignIn.as(users, "gp");
        insights.mark(second.id(), new MarkInsight(workspace, referral.key(), "Travel to the scan is hard"));
        insights.mark(first.id(), new MarkInsight(workspace, referral.key(), null));
        insights.mark(first.id(), new MarkInsight(workspace, review.key(), null));

        DemoSignIn.as(users, "nurse");
        StepInsights onReferral = insights.onStep(workspace, referral.key());
        assertThat(onReferral.insights()).extracting(PatientInsight::postId).containsExactly(second.id(), first.id());
        assertThat(onReferral.insights().getFirst().threadTitle()).isEqualTo("Transport");
        assertThat(onReferral.insights().getFirst().excerpt()).startsWith("Getting to the hospital");
        assertThat(onReferral.threads()).extracting(ThreadSummary::id).containsExactly(aboutStep.threadId());
        assertThat(insights.onStep(workspace, review.key()).insights()).extracting(PatientInsight::postId)
                .containsExactly(first.id());
    }

    @Test
    void publishing_a_version_that_changes_a_step_gives_its_insights_thread_one_you_said_we_did_reply() {
        PostDetails opening = patientThread("Echo", "I waited months for the heart scan and heard nothing.");
        PostDetails reply = published(DemoSignIn.actingAs(users, "patient",
                () -> forums.reply(opening.threadId(), new NewReply("And nobody said why.", null))));
        PostDetails elsewhere = nurseThread("Tablets", "Too many tablets at once.");
        DemoSignIn.as(users, "gp");
        insights.mark(opening.id(), new MarkInsight(workspace, referral.key(), null));
        insights.mark(reply.id(), new MarkInsight(workspace, referral.key(), null));
        insights.mark(elsewhere.id(), new MarkInsight(workspace, review.key(), null));
        DemoSignIn.nobody();

        fixture.publish(workspace, "First version");
        DemoSignIn.as(users, "patient");
        assertThat(saidWeDid(opening.threadId())).as("the first version starts the pathway").isEmpty();

        DemoSignIn.actingAs(users, "gp", () -> {
            StepDetails now = drafts.step(referral.id());
            return drafts.saveStep(now.id(), now.version(), now.fields()
                    .withDescription("Tell the person how long the wait for the scan is likely to be."));
        });
        fixture.publish(workspace, "Say how long the wait is");

        DemoSignIn.as(users, "patient");
        List<PostDetails> replies = saidWeDid(opening.threadId());
        assertThat(replies).as("one reply however many of the thread's posts were attached").hasSize(1);
        assertThat(replies.getFirst().body()).contains("version 2").contains("Referral for an echocardiogram");
        assertThat(replies.getFirst().authorName()).isEqualTo("Dr Priya Shah");
        assertThat(saidWeDid(elsewhere.threadId())).as("its step did not change").isEmpty();
        DemoSignIn.as(users, "admin");
        assertThat(audit.history(PatientInsights.AUDIT_SUBJECT, opening.threadId(), 0, 20))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("forum.insight-reply"));
    }

    private List<PostDetails> saidWeDid(long threadId) {
        return forums.posts(threadId, 0, 100).stream().filter(post -> post.body().contains("You said, we did")).toList();
    }

    @Test
    void a_changed_step_tells_each_thread_of_its_insight_once_and_an_unchanged_step_tells_none() {
        PostDetails opening = patientThread("Echo", "I waited months for the heart scan and heard nothing.");
        PostDetails reply = published(DemoSignIn.actingAs(users, "patient",
                () -> forums.reply(opening.threadId(), new NewReply("And nobody said why.", null))));
        PostDetails elsewhere = nurseThread("Tablets", "Too many tablets at once.");
        DemoSignIn.as(users, "gp");
        insights.mark(opening.id(), new MarkInsight(workspace, referral.key(), null));
        insights.mark(reply.id(), new MarkInsight(workspace, referral.key(), null));
        insights.mark(elsewhere.id(), new MarkInsight(workspace, review.key(), null));
        DemoSignIn.nobody();

        List<InsightReplies.ChangedStep> changed = List.of(new InsightReplies.ChangedStep(referral.key(),
                "Referral for an echocardiogram within six weeks", "The referral now says how long the wait is."));
        replies.versionPublished(workspace, "Heart failure", 2, Instant.parse("2026-12-03T10:00:00Z"), changed);
        replies.versionPublished(workspace, "Heart failure", 2, Instant.parse("2026-12-03T10:00:00Z"), changed);

        DemoSignIn.as(users, "gp");
        List<PostDetails> posts = forums.posts(opening.threadId(), 0, 50);
        List<PostDetails> saidDid = posts.stream().filter(post -> post.body().contains("You said, we did")).toList();
        assertThat(saidDid).hasSize(1);
        assertThat(saidDid.getFirst().status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(saidDid.getFirst().body()).contains("version 2").contains("Heart failure")
                .contains("Referral for an echocardiogram within six weeks")
                .contains("The referral now says how long the wait is.");
        assertThat(saidDid.getFirst().authorName()).as("written in the name of the clinician who attached it")
                .isEqualTo("Dr Priya Shah");
        assertThat(forums.thread(opening.threadId()).postCount()).isEqualTo(3);
        assertThat(forums.posts(elsewhere.threadId(), 0, 50)).extracting(PostDetails::body)
                .noneMatch(body -> body.contains("You said, we did"));
        assertThat(insights.onPost(opening.id()).getFirst().stepTitle()).as("the kept title follows the version")
                .isEqualTo("Referral for an echocardiogram within six weeks");
    }
}
