package org.joinedup.forums.threads;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.joinedup.forums.internal.ForumEntity;
import org.joinedup.forums.internal.ForumGate;
import org.joinedup.forums.internal.ForumRepository;
import org.joinedup.forums.internal.Hold;
import org.joinedup.forums.internal.PostAttempt;
import org.joinedup.forums.internal.PostEntity;
import org.joinedup.forums.internal.PostRepository;
import org.joinedup.forums.internal.PostRevision;
import org.joinedup.forums.internal.PostRevisionRepository;
import org.joinedup.forums.internal.PostingCheck;
import org.joinedup.forums.internal.ThreadEntity;
import org.joinedup.forums.internal.ThreadReading;
import org.joinedup.forums.internal.ThreadReadingRepository;
import org.joinedup.forums.internal.ThreadRepository;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StepChoice;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.markdown.SafeMarkdown;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reading and writing in the forums. Every method checks the forum's rules ({@link ForumGate})
 * again, whatever the page showed. A post passes every {@link PostingCheck} before it is
 * written: any may refuse it, and one that looks as if it identifies a patient, among others,
 * is held for a moderator with its author told why, rather than refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class ForumService {

    static final String AUDIT_SUBJECT = "forum-thread";

    private static final int QUOTE_EXCERPT = 200;

    private final ForumRepository forums;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final ThreadReadingRepository readings;
    private final ForumGate gate;
    private final List<PostingCheck> checks;
    private final WorkspaceService workspaces;
    private final DraftService drafts;
    private final PeopleLookup people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    ForumService(ForumRepository forums, ThreadRepository threads, PostRepository posts,
            PostRevisionRepository revisions, ThreadReadingRepository readings, ForumGate gate,
            List<PostingCheck> checks, WorkspaceService workspaces, DraftService drafts, PeopleLookup people,
            AuditTrail audit, ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.forums = forums;
        this.threads = threads;
        this.posts = posts;
        this.revisions = revisions;
        this.readings = readings;
        this.gate = gate;
        this.checks = checks;
        this.workspaces = workspaces;
        this.drafts = drafts;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // Forums

    /** The portal-wide forums the signed-in person may read. */
    @Transactional(readOnly = true)
    public List<ForumSummary> portalForums() {
        List<ForumEntity> rows = entityManager.createQuery("select f from Forum f where f.workspaceId is null "
                + "order by f.id", ForumEntity.class).getResultList().stream().filter(gate::mayRead).toList();
        Map<Long, Tuple> stats = stats(rows.stream().map(ForumEntity::id).toList());
        return rows.stream().map(forum -> summary(forum, stats.get(forum.id()))).toList();
    }

    /**
     * The forums of the workspaces the signed-in person may read: their own workspaces by
     * title, then, for clinicians, the workspaces open to every clinician.
     */
    @Transactional(readOnly = true)
    public List<WorkspaceForumSummary> workspaceForums(int offset, int limit) {
        long mine = workspaces.countMyWorkspaces();
        List<WorkspaceSummary> page = new ArrayList<>();
        if (offset < mine) {
            page.addAll(workspaces.myWorkspaces(offset, limit));
        }
        if (page.size() < limit && ForumGate.signedInWith(Role.CLINICIAN)) {
            int openOffset = (int) Math.max(0, offset - mine);
            page.addAll(workspaces.openWorkspaces(openOffset, limit - page.size()));
        }
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, ForumEntity> forumByWorkspace = entityManager.createQuery(
                        "select f from Forum f where f.workspaceId in :workspaces", ForumEntity.class)
                .setParameter("workspaces", page.stream().map(WorkspaceSummary::id).toList())
                .getResultStream().collect(Collectors.toMap(ForumEntity::workspaceId, Function.identity()));
        Map<Long, Tuple> stats = stats(forumByWorkspace.values().stream().map(ForumEntity::id).toList());
        return page.stream().map(workspace -> {
            ForumEntity forum = forumByWorkspace.get(workspace.id());
            Tuple row = forum == null ? null : stats.get(forum.id());
            return new WorkspaceForumSummary(workspace.id(), workspace.title(), forum == null ? null : forum.id(),
                    row == null ? 0 : row.get("threads", Long.class), row == null ? null : row.get("last", Instant.class));
        }).toList();
    }

    @Transactional(readOnly = true)
    public long countWorkspaceForums() {
        long count = workspaces.countMyWorkspaces();
        if (ForumGate.signedInWith(Role.CLINICIAN)) {
            count += workspaces.countOpenWorkspaces();
        }
        return count;
    }

    @Transactional(readOnly = true)
    public ForumSummary forum(long forumId) {
        ForumEntity forum = gate.requireRead(forumId);
        return summary(forum, stats(List.of(forumId)).get(forumId));
    }

    /**
     * A workspace's forum, made the first time anyone opens it. Refused to those who may not
     * read the workspace.
     */
    @Transactional
    public ForumSummary workspaceForum(long workspaceId) {
        gate.requireWorkspaceForum(workspaceId);
        WorkspaceDetails workspace = workspaces.workspace(workspaceId);
        ForumEntity forum = forums.findByWorkspaceId(workspaceId).orElseGet(() -> create(workspace));
        return summary(forum, stats(List.of(forum.id())).get(forum.id()));
    }

    private ForumEntity create(WorkspaceDetails workspace) {
        String title = workspace.title().length() > ForumLimits.FORUM_TITLE_MAX
                ? workspace.title().substring(0, ForumLimits.FORUM_TITLE_MAX) : workspace.title();
        // Two people may open it at the same moment: the unique workspace key keeps one forum, and the other insert does nothing.
        entityManager.createNativeQuery("insert ignore into forum (kind, workspace_id, title, description, created_at) "
                        + "values (:kind, :workspace, :title, :description, :at)")
                .setParameter("kind", ForumKind.WORKSPACE.name()).setParameter("workspace", workspace.id())
                .setParameter("title", title)
                .setParameter("description", "Discussion of this pathway among the people who can read its workspace.")
                .setParameter("at", clock.instant())
                .executeUpdate();
        return forums.findByWorkspaceId(workspace.id()).orElseThrow();
    }

    // Threads

    /**
     * A page of the forum's threads: pinned first, then the most recently active. A thread whose
     * first post waits for a moderator shows only to its author and to moderators; a hidden one
     * only to moderators.
     */
    @Transactional(readOnly = true)
    public List<ThreadSummary> threads(long forumId, int offset, int limit) {
        gate.requireRead(forumId);
        long me = CurrentPerson.id();
        boolean moderator = ForumGate.moderator();
        List<Tuple> rows = entityManager.createQuery("select t as thread, r.lastReadPostId as read from ForumThread t "
                        + "left join ForumThreadReading r on r.threadId = t.id and r.personId = :me "
                        + "where t.forumId = :forum and (:moderator = true or (t.hidden = false "
                        + "and (t.postCount > 0 or t.authorId = :me))) "
                        + "order by t.pinned desc, t.lastActivityAt desc, t.id desc", Tuple.class)
                .setParameter("me", me).setParameter("forum", forumId).setParameter("moderator", moderator)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList();
        Map<Long, String> names = people.names(rows.stream().map(row -> row.get("thread", ThreadEntity.class).authorId())
                .collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            ThreadEntity thread = row.get("thread", ThreadEntity.class);
            Long read = row.get("read", Long.class);
            return threadSummary(thread, names.get(thread.authorId()), read);
        }).toList();
    }

    @Transactional(readOnly = true)
    public long countThreads(long forumId) {
        gate.requireRead(forumId);
        return entityManager.createQuery("select count(t) from ForumThread t where t.forumId = :forum "
                        + "and (:moderator = true or (t.hidden = false and (t.postCount > 0 or t.authorId = :me)))",
                        Long.class)
                .setParameter("forum", forumId).setParameter("moderator", ForumGate.moderator())
                .setParameter("me", CurrentPerson.id())
                .getSingleResult();
    }

    /** The visible threads of a workspace's forum that are about one step of its pathway, most recent first. */
    @Transactional(readOnly = true)
    public List<ThreadSummary> threadsOnStep(long workspaceId, String stepKey) {
        gate.requireWorkspaceForum(workspaceId);
        Optional<ForumEntity> forum = forums.findByWorkspaceId(workspaceId);
        if (forum.isEmpty()) {
            return List.of();
        }
        long me = CurrentPerson.id();
        List<Tuple> rows = entityManager.createQuery("select t as thread, r.lastReadPostId as read from ForumThread t "
                        + "left join ForumThreadReading r on r.threadId = t.id and r.personId = :me "
                        + "where t.forumId = :forum and t.stepKey = :step and t.hidden = false and t.postCount > 0 "
                        + "order by t.lastActivityAt desc, t.id desc", Tuple.class)
                .setParameter("me", me).setParameter("forum", forum.get().id()).setParameter("step", stepKey)
                .setMaxResults(50)
                .getResultList();
        Map<Long, String> names = people.names(rows.stream().map(row -> row.get("thread", ThreadEntity.class).authorId())
                .collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            ThreadEntity thread = row.get("thread", ThreadEntity.class);
            return threadSummary(thread, names.get(thread.authorId()), row.get("read", Long.class));
        }).toList();
    }

    @Transactional(readOnly = true)
    public ThreadDetails thread(long threadId) {
        ThreadEntity thread = gate.requireReadThread(threadId);
        ForumEntity forum = forums.findById(thread.forumId()).orElseThrow();
        return details(thread, forum);
    }

    /**
     * Starts a thread with its first post. In a workspace's forum it may be about one step of
     * the pathway. The first post may be held for a moderator; the thread then shows only to
     * its author until it is approved.
     */
    @Transactional
    public PostDetails startThread(long forumId, @Valid NewThread request) {
        ForumEntity forum = gate.requireRead(forumId);
        String stepKey = request.stepKey();
        if (stepKey != null) {
            if (forum.workspaceId() == null) {
                throw new InvalidInputException("stepKey", "Only a workspace's forum has steps to choose from.");
            }
            boolean known = drafts.stepChoices(forum.workspaceId()).stream().map(StepChoice::key).anyMatch(stepKey::equals);
            if (!known) {
                throw new InvalidInputException("stepKey", "That step is no longer in the pathway. Choose another.");
            }
        }
        long me = CurrentPerson.id();
        PostAttempt attempt = new PostAttempt(me, forumId, null, request.body(), false);
        checks.forEach(check -> check.refuseIfNeeded(attempt));
        Instant now = clock.instant();
        ThreadEntity thread = threads.saveAndFlush(new ThreadEntity(forumId, request.title().strip(), me, stepKey, now));
        PostEntity post = write(forum, thread, attempt, request.body(), null, now, true);
        audit.record("forum.thread-started", AUDIT_SUBJECT, thread.id(), "Started a thread in forum " + forumId
                + (post.published() ? "" : ", held for a moderator (" + post.holdReason() + ")"));
        return postDetails(List.of(post), forum).getFirst();
    }

    /**
     * Replies to a thread, perhaps quoting one of its posts. Refused with {@link ThreadClosedException}
     * when the thread was locked or hidden, even while the reply was being written.
     */
    @Transactional
    public PostDetails reply(long threadId, @Valid NewReply request) {
        ThreadEntity readable = gate.requireReadThread(threadId);
        ThreadEntity thread = threads.lockById(readable.id()).orElseThrow();
        if (thread.hidden()) {
            throw new ThreadClosedException("A moderator has hidden this thread, so it takes no replies. "
                    + "Your reply is still in the form: copy it if you want to keep it.");
        }
        if (thread.locked()) {
            throw new ThreadClosedException("This thread was locked by a moderator, so it takes no more replies. "
                    + "Your reply is still in the form: copy it if you want to keep it.");
        }
        Long quoted = request.quotedPostId();
        if (quoted != null) {
            PostEntity quotedPost = posts.findById(quoted).orElse(null);
            if (quotedPost == null || quotedPost.threadId() != threadId || !quotedPost.published()) {
                throw new InvalidInputException("quotedPostId", "The post you quoted is no longer in this thread.");
            }
        }
        ForumEntity forum = forums.findById(thread.forumId()).orElseThrow();
        PostAttempt attempt = new PostAttempt(CurrentPerson.id(), forum.id(), threadId, request.body(), false);
        checks.forEach(check -> check.refuseIfNeeded(attempt));
        PostEntity post = write(forum, thread, attempt, request.body(), quoted, clock.instant(), false);
        audit.record("forum.post-written", AUDIT_SUBJECT, threadId, "Replied in the thread"
                + (post.published() ? "" : ", held for a moderator (" + post.holdReason() + ")"));
        return postDetails(List.of(post), forum).getFirst();
    }

    private PostEntity write(ForumEntity forum, ThreadEntity thread, PostAttempt attempt, String body, Long quoted,
            Instant now, boolean firstPost) {
        PostEntity post = posts.saveAndFlush(new PostEntity(thread.id(), attempt.authorId(), body.strip(), quoted, now));
        Optional<Hold> hold = holdFor(attempt);
        if (hold.isPresent()) {
            post.hold(hold.get().reason(), hold.get().detail());
        } else {
            post.publish(now);
            thread.published(post.id(), now);
            threads.saveAndFlush(thread);
            events.publishEvent(new PostPublished(post.id(), thread.id(), forum.id(), attempt.authorId(), firstPost, now));
        }
        posts.saveAndFlush(post);
        events.publishEvent(new ThreadChanged(thread.id(), forum.id(), post.id()));
        return post;
    }

    private Optional<Hold> holdFor(PostAttempt attempt) {
        for (PostingCheck check : checks) {
            Optional<Hold> hold = check.holdIfNeeded(attempt);
            if (hold.isPresent()) {
                return hold;
            }
        }
        return Optional.empty();
    }

    // Posts

    /**
     * A page of the thread's posts, oldest first: the published ones, and the signed-in
     * person's own held or hidden posts (with the reason). Moderators see every post.
     */
    @Transactional(readOnly = true)
    public List<PostDetails> posts(long threadId, int offset, int limit) {
        ThreadEntity thread = gate.requireReadThread(threadId);
        // The page's ids first, from the index alone, then only the page's rows: the posts skipped to reach
        // a late page (the newest posts of a long thread) are never read.
        List<Long> ids = entityManager.createQuery("select p.id from ForumPost p where p.threadId = :thread "
                        + "and (:moderator = true or p.status = :published or p.authorId = :me) order by p.id",
                        Long.class)
                .setParameter("thread", threadId).setParameter("moderator", ForumGate.moderator())
                .setParameter("published", PostStatus.PUBLISHED).setParameter("me", CurrentPerson.id())
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList();
        List<PostEntity> rows = ids.isEmpty() ? List.of() : entityManager.createQuery(
                        "select p from ForumPost p where p.id in :ids order by p.id", PostEntity.class)
                .setParameter("ids", ids).getResultList();
        return postDetails(rows, forums.findById(thread.forumId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public long countPosts(long threadId) {
        gate.requireReadThread(threadId);
        return countVisible(threadId, Long.MAX_VALUE);
    }

    /** Where a post sits among the posts the signed-in person sees: the offset to open the thread at. */
    @Transactional(readOnly = true)
    public long positionOf(long threadId, long postId) {
        gate.requireReadThread(threadId);
        return countVisible(threadId, postId);
    }

    private long countVisible(long threadId, long beforePostId) {
        return entityManager.createQuery("select count(p) from ForumPost p where p.threadId = :thread and p.id < :before "
                        + "and (:moderator = true or p.status = :published or p.authorId = :me)", Long.class)
                .setParameter("thread", threadId).setParameter("before", beforePostId)
                .setParameter("moderator", ForumGate.moderator())
                .setParameter("published", PostStatus.PUBLISHED).setParameter("me", CurrentPerson.id())
                .getSingleResult();
    }

    /** One post, as {@link #posts} would show it. */
    @Transactional(readOnly = true)
    public PostDetails post(long postId) {
        PostEntity post = visiblePost(postId);
        ThreadEntity thread = threads.findById(post.threadId()).orElseThrow();
        return postDetails(List.of(post), forums.findById(thread.forumId()).orElseThrow()).getFirst();
    }

    /**
     * Rewrites the signed-in person's own post. What it said before is kept for moderators.
     * The new text passes the posting checks again, so a published post may go back to a
     * moderator. Refused when someone (a moderator) changed it since {@code expectedVersion}.
     */
    @Transactional
    public PostDetails edit(long postId, long expectedVersion, @NotBlank(message = "A post cannot be empty.")
            @Size(max = ForumLimits.POST_MAX, message = "Keep a post to " + ForumLimits.POST_MAX + " characters.")
            String body) {
        PostEntity post = visiblePost(postId);
        long me = CurrentPerson.id();
        if (post.authorId() != me) {
            throw new ForumAccessDeniedException("Only its author can edit a post; moderators edit with a note.");
        }
        ThreadEntity thread = threads.lockById(post.threadId()).orElseThrow();
        if (thread.locked() || thread.hidden()) {
            throw new ThreadClosedException("This thread is locked, so its posts can no longer be edited. "
                    + "Your text is still in the form.");
        }
        if (post.version() != expectedVersion) {
            throw new PostChangedException();
        }
        if (post.status() == PostStatus.HIDDEN) {
            throw new ThreadClosedException("A moderator hid this post, so it cannot be edited. Your text is still "
                    + "in the form.");
        }
        ForumEntity forum = forums.findById(thread.forumId()).orElseThrow();
        PostAttempt attempt = new PostAttempt(me, forum.id(), thread.id(), body, true);
        checks.forEach(check -> check.refuseIfNeeded(attempt));
        Instant now = clock.instant();
        revisions.save(new PostRevision(post.id(), post.body(), me, now, null));
        post.rewrite(body.strip(), me, now);
        Optional<Hold> hold = holdFor(attempt);
        boolean wasPublished = post.published();
        if (hold.isPresent()) {
            post.hold(hold.get().reason(), hold.get().detail());
            if (wasPublished) {
                thread.unpublished();
            }
        } else if (!wasPublished) {
            post.publish(now);
            thread.published(post.id(), now);
            events.publishEvent(new PostPublished(post.id(), thread.id(), forum.id(), me,
                    post.id() == firstPostId(thread.id()), now));
        }
        posts.saveAndFlush(post);
        threads.saveAndFlush(thread);
        audit.record("forum.post-edited", AUDIT_SUBJECT, thread.id(), "Edited their post " + post.id()
                + (post.published() ? "" : ", held for a moderator (" + post.holdReason() + ")"));
        events.publishEvent(new ThreadChanged(thread.id(), forum.id(), post.id()));
        return postDetails(List.of(post), forum).getFirst();
    }

    /** What a post said before each edit, oldest first: for moderators. */
    @Transactional(readOnly = true)
    public List<PostRevisionDetails> revisions(long postId) {
        ForumGate.requireModerator();
        visiblePost(postId);
        List<PostRevision> rows = revisions.findByPostIdOrderById(postId);
        Map<Long, String> names = people.names(rows.stream().map(PostRevision::editedBy).collect(Collectors.toSet()));
        return rows.stream().map(row -> new PostRevisionDetails(row.id(), row.body(), names.get(row.editedBy()),
                row.editedAt(), row.note())).toList();
    }

    /** Notes that the signed-in person has seen the thread's posts up to this one; the marker never moves back. */
    @Transactional
    public void markRead(long threadId, long upToPostId) {
        ThreadEntity thread = gate.requireReadThread(threadId);
        long me = CurrentPerson.id();
        long upTo = thread.lastPostId() == null ? 0 : Math.min(upToPostId, thread.lastPostId());
        if (upTo <= 0) {
            return;
        }
        Instant now = clock.instant();
        ThreadReading reading = readings.findById(new ThreadReading.Key(threadId, me))
                .orElseGet(() -> new ThreadReading(threadId, me, upTo, now));
        reading.readUpTo(upTo, now);
        readings.save(reading);
    }

    private PostEntity visiblePost(long postId) {
        PostEntity post = posts.findById(postId).orElseThrow(() -> new ForumItemGoneException(ForumGate.POST_GONE));
        gate.requireReadThread(post.threadId());
        if (!post.published() && post.authorId() != CurrentPerson.id() && !ForumGate.moderator()) {
            throw new ForumItemGoneException(ForumGate.POST_GONE);
        }
        return post;
    }

    private long firstPostId(long threadId) {
        return entityManager.createQuery("select min(p.id) from ForumPost p where p.threadId = :thread", Long.class)
                .setParameter("thread", threadId).getSingleResult();
    }

    // Records

    private Map<Long, Tuple> stats(Collection<Long> forumIds) {
        if (forumIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select t.forumId as forum, count(t) as threads, max(t.lastActivityAt) as last "
                        + "from ForumThread t where t.forumId in :forums and t.hidden = false and t.postCount > 0 "
                        + "group by t.forumId", Tuple.class)
                .setParameter("forums", forumIds)
                .getResultStream().collect(Collectors.toMap(row -> row.get("forum", Long.class), Function.identity()));
    }

    private static ForumSummary summary(ForumEntity forum, Tuple stats) {
        return new ForumSummary(forum.id(), forum.kind(), forum.workspaceId(), forum.title(), forum.description(),
                stats == null ? 0 : stats.get("threads", Long.class), stats == null ? null : stats.get("last", Instant.class));
    }

    private ThreadDetails details(ThreadEntity thread, ForumEntity forum) {
        String author = people.names(List.of(thread.authorId())).get(thread.authorId());
        return new ThreadDetails(thread.id(), summary(forum, null), thread.title(), author, thread.stepKey(),
                thread.pinned(), thread.locked(), thread.hidden(), thread.postCount(), thread.createdAt(),
                thread.version(), !thread.locked() && !thread.hidden(), ForumGate.moderator());
    }

    private static ThreadSummary threadSummary(ThreadEntity thread, String author, Long lastRead) {
        boolean unread = thread.lastPostId() != null && (lastRead == null || lastRead < thread.lastPostId());
        return new ThreadSummary(thread.id(), thread.forumId(), thread.title(), author, thread.stepKey(), thread.pinned(),
                thread.locked(), thread.hidden(), Math.max(0, thread.postCount() - 1), thread.lastActivityAt(), unread,
                thread.postCount() > 0);
    }

    private List<PostDetails> postDetails(List<PostEntity> rows, ForumEntity forum) {
        Set<Long> quotedIds = rows.stream().map(PostEntity::quotedPostId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, PostEntity> quoted = quotedIds.isEmpty() ? Map.of() : posts.findAllById(quotedIds).stream()
                .collect(Collectors.toMap(PostEntity::id, Function.identity()));
        Set<Long> authors = new HashSet<>();
        rows.forEach(post -> authors.add(post.authorId()));
        quoted.values().forEach(post -> authors.add(post.authorId()));
        Map<Long, PersonCard> cards = people.cards(authors);
        Map<Long, String> realNames = ForumGate.seesRealNames() ? people.realNames(authors) : Map.of();
        long me = CurrentPerson.id();
        Map<Long, String> names = new HashMap<>();
        cards.forEach((id, card) -> names.put(id, card.displayName()));
        return rows.stream().map(post -> {
            PersonCard author = cards.get(post.authorId());
            PostEntity quotedPost = post.quotedPostId() == null ? null : quoted.get(post.quotedPostId());
            PostDetails.QuotedPost quote = quotedPost == null || !quotedPost.published() ? null
                    : new PostDetails.QuotedPost(quotedPost.id(), names.get(quotedPost.authorId()),
                            excerpt(quotedPost.body()));
            boolean patientPartner = author != null && !author.staff();
            return new PostDetails(post.id(), post.threadId(), post.authorId(),
                    author == null ? "Former member" : author.displayName(),
                    realNames.get(post.authorId()), patientPartner, post.body(), SafeMarkdown.toHtml(post.body()),
                    post.status(), post.holdReason(), post.holdDetail(), post.hiddenReason(), quote, post.createdAt(),
                    post.editedAt(), post.version(), post.authorId() == me);
        }).toList();
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTE_EXCERPT ? flat : flat.substring(0, QUOTE_EXCERPT - 1) + "…";
    }
}
