package org.joinedup.forums.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.joinedup.forums.internal.PostEntity;
import org.joinedup.forums.internal.PostRepository;
import org.joinedup.forums.internal.ThreadEntity;
import org.joinedup.forums.internal.ThreadRepository;
import org.joinedup.forums.threads.PostPublished;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadChanged;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.time.PortalTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did": when a published version changes steps that carry patient insight,
 * each thread the insight came from gets one reply naming the pathway, the version and what
 * changed at those steps, once per thread and version however many of its posts were
 * attached and however often the news arrives. The reply is the portal's own text, so it
 * passes no posting checks; it is written in the name of the clinician who first attached
 * insight from the thread to one of those steps (decision 039) and is published as any
 * post is: the thread's counts move, and {@link PostPublished} and {@link ThreadChanged}
 * go out. Runs with nobody signed in.
 */
@Component
class InsightReplies {

    /** A step the version changed, as the pathway describes it. */
    record ChangedStep(String stepKey, String stepTitle, String summary) {
    }

    private final ThreadRepository threads;
    private final PostRepository posts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    InsightReplies(ThreadRepository threads, PostRepository posts, AuditTrail audit, ApplicationEventPublisher events,
            EntityManager entityManager, Clock clock) {
        this.threads = threads;
        this.posts = posts;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Writes the replies for one published version, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void versionPublished(long workspaceId, String workspaceTitle, int versionNumber, Instant publishedAt,
            List<ChangedStep> changedSteps) {
        // A first version starts the pathway rather than changing it; insight attached before it
        // hears at the first later version that changes its step.
        if (versionNumber <= 1 || changedSteps.isEmpty()) {
            return;
        }
        Map<String, ChangedStep> changedByKey = new LinkedHashMap<>();
        changedSteps.forEach(step -> changedByKey.putIfAbsent(step.stepKey(), step));
        List<PostInsight> carried = entityManager.createQuery("select i from PostInsight i, ForumPost p "
                        + "where i.workspaceId = :workspace and i.stepKey in :steps and p.id = i.postId "
                        + "and p.status = :published order by i.threadId, i.attachedAt, i.id", PostInsight.class)
                .setParameter("workspace", workspaceId).setParameter("steps", changedByKey.keySet())
                .setParameter("published", PostStatus.PUBLISHED)
                .getResultList();
        Map<Long, List<PostInsight>> byThread = carried.stream()
                .collect(Collectors.groupingBy(PostInsight::threadId, LinkedHashMap::new, Collectors.toList()));
        byThread.forEach((threadId, rows) -> reply(threadId, rows, workspaceId, workspaceTitle, versionNumber,
                publishedAt, changedByKey));
        // The titles kept with the insight follow the version, for lists that do not open the draft.
        changedByKey.values().forEach(step -> entityManager.createQuery("update PostInsight i set i.stepTitle = :title "
                        + "where i.workspaceId = :workspace and i.stepKey = :step and i.stepTitle <> :title")
                .setParameter("title", PatientInsights.cut(step.stepTitle(), InsightLimits.STEP_TITLE_MAX))
                .setParameter("workspace", workspaceId).setParameter("step", step.stepKey())
                .executeUpdate());
    }

    private void reply(long threadId, List<PostInsight> rows, long workspaceId, String workspaceTitle, int versionNumber,
            Instant publishedAt, Map<String, ChangedStep> changedByKey) {
        ThreadEntity thread = threads.lockById(threadId).orElse(null);
        if (thread == null || thread.hidden() || alreadyReplied(threadId, workspaceId, versionNumber)) {
            return;
        }
        List<ChangedStep> steps = new ArrayList<>();
        rows.stream().map(PostInsight::stepKey).distinct().map(changedByKey::get).forEach(steps::add);
        long authorId = rows.getFirst().attachedBy();
        Instant now = clock.instant();
        PostEntity post = posts.saveAndFlush(new PostEntity(threadId, authorId,
                text(workspaceTitle, versionNumber, publishedAt, steps), null, now));
        post.publish(now);
        thread.published(post.id(), now);
        threads.saveAndFlush(thread);
        posts.saveAndFlush(post);
        entityManager.createNativeQuery("insert into forum_insight_reply (thread_id, workspace_id, version_number, "
                        + "post_id, written_at) values (:thread, :workspace, :version, :post, :at)")
                .setParameter("thread", threadId).setParameter("workspace", workspaceId)
                .setParameter("version", versionNumber).setParameter("post", post.id()).setParameter("at", now)
                .executeUpdate();
        audit.record("forum.insight-reply", PatientInsights.AUDIT_SUBJECT, threadId, "Wrote the \"you said, we did\" "
                + "reply (post " + post.id() + ") for version " + versionNumber + " of workspace " + workspaceId);
        events.publishEvent(new PostPublished(post.id(), threadId, thread.forumId(), authorId, false, now));
        events.publishEvent(new ThreadChanged(threadId, thread.forumId(), post.id()));
    }

    private boolean alreadyReplied(long threadId, long workspaceId, int versionNumber) {
        Number count = (Number) entityManager.createNativeQuery("select count(*) from forum_insight_reply "
                        + "where thread_id = :thread and workspace_id = :workspace and version_number = :version")
                .setParameter("thread", threadId).setParameter("workspace", workspaceId)
                .setParameter("version", versionNumber).getSingleResult();
        return count.longValue() > 0;
    }

    /** The reply, in Markdown: plain, short, and naming what changed. */
    static String text(String workspaceTitle, int versionNumber, Instant publishedAt, List<ChangedStep> steps) {
        StringBuilder text = new StringBuilder("**You said, we did**\n\n");
        text.append("Thank you for what you shared here. It was read as patient insight by the people designing the ")
                .append(escape(workspaceTitle)).append(" pathway, and version ").append(versionNumber)
                .append(", published on ").append(PortalTime.date(publishedAt)).append(", has changed ")
                .append(steps.size() == 1 ? "the step it was about:" : "the steps it was about:").append("\n\n");
        for (ChangedStep step : steps) {
            String summary = step.summary() == null || step.summary().isBlank() ? "its details were updated."
                    : step.summary().strip();
            text.append("- **").append(escape(step.stepTitle())).append("**: ").append(escape(summary)).append('\n');
        }
        text.append("\nYour experience helps shape care for the people who come after you. Please keep telling us "
                + "what matters to you.");
        return text.toString();
    }

    /** Keeps titles and summaries as written: Markdown's marks in them are shown, not applied. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1");
    }
}
