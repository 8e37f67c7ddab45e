package org.joinedup.forums.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.joinedup.forums.internal.ForumEntity;
import org.joinedup.forums.internal.ForumGate;
import org.joinedup.forums.internal.ForumRepository;
import org.joinedup.forums.internal.PostEntity;
import org.joinedup.forums.internal.PostRepository;
import org.joinedup.forums.internal.PostRevision;
import org.joinedup.forums.internal.PostRevisionRepository;
import org.joinedup.forums.internal.ThreadEntity;
import org.joinedup.forums.internal.ThreadRepository;
import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.HoldReason;
import org.joinedup.forums.threads.PostPublished;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.forums.threads.ThreadChanged;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.markdown.SafeMarkdown;
import org.joinedup.platform.notification.NewNotification;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.platform.screening.IdentifierFinding;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Moderating the forums. Anyone who may read a published post may flag it once; when
 * {@link ModerationLimits#FLAGS_TO_HOLD} different people have flagged it, it is held out of
 * sight until a moderator decides. Moderators work through the queue of held and flagged
 * posts (approve, hide with a reason, edit with a note, dismiss the flags), lock, pin and hide
 * threads, and suspend accounts from posting. Every decision is audited, and the author of a
 * post a moderator approved, hid or edited is told.
 * <p>
 * A decision on a post names the version the moderator saw; if another moderator (or the
 * author) changed the post since, it is refused with {@link PostModeratedElsewhereException}
 * and nothing is saved. Locks are taken thread row first, then the post row.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class ModerationService {

    static final String THREAD_SUBJECT = "forum-thread";
    static final String PERSON_SUBJECT = "person";

    private static final String GUIDELINES = "forums/guidelines";

    private final PostRepository posts;
    private final ThreadRepository threads;
    private final ForumRepository forums;
    private final PostRevisionRepository revisions;
    private final FlagRepository flags;
    private final SuspensionRepository suspensions;
    private final ForumGate gate;
    private final PeopleLookup people;
    private final IdentifierScreening screening;
    private final AuditTrail audit;
    private final NotificationCentre notifications;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    ModerationService(PostRepository posts, ThreadRepository threads, ForumRepository forums,
            PostRevisionRepository revisions, FlagRepository flags, SuspensionRepository suspensions, ForumGate gate,
            PeopleLookup people, IdentifierScreening screening, AuditTrail audit, NotificationCentre notifications,
            ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.posts = posts;
        this.threads = threads;
        this.forums = forums;
        this.revisions = revisions;
        this.flags = flags;
        this.suspensions = suspensions;
        this.gate = gate;
        this.people = people;
        this.screening = screening;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // Flags

    /**
     * Flags a published post the signed-in person may read. Refused for their own post and for
     * a post they flagged before. The flag that makes {@link ModerationLimits#FLAGS_TO_HOLD}
     * holds the post for a moderator.
     *
     * @return whether the post is now held
     */
    @Transactional
    public boolean flag(long postId, @Valid NewFlag flag) {
        required(flag, "reason", "Choose why you are flagging this post.");
        PostEntity post = posts.findById(postId).orElseThrow(() -> new ForumItemGoneException(ForumGate.POST_GONE));
        gate.requireReadThread(post.threadId());
        long me = CurrentPerson.id();
        if (post.authorId() == me) {
            throw new InvalidInputException("reason", "You cannot flag your own post. You can edit it, or ask a "
                    + "moderator to remove it.");
        }
        // A post that is not published shows only to its author and moderators: to anyone else it does not exist.
        if (post.status() == PostStatus.HIDDEN || (!post.published() && !ForumGate.moderator())) {
            throw new ForumItemGoneException(ForumGate.POST_GONE);
        }
        String note = screened("note", flag.note());
        ThreadEntity thread = threads.lockById(post.threadId()).orElseThrow();
        entityManager.refresh(post, LockModeType.PESSIMISTIC_WRITE);
        if (flags.findByPostIdAndFlaggedBy(postId, me).isPresent()) {
            throw new InvalidInputException("reason", "You have already flagged this post. A moderator will look "
                    + "at it.");
        }
        if (!post.published()) {
            throw new InvalidInputException("reason", "This post is already waiting for a moderator, so there is "
                    + "no need to flag it.");
        }
        Instant now = clock.instant();
        flags.saveAndFlush(new FlagEntity(postId, me, flag.reason(), note, now));
        audit.record("forum.post-flagged", THREAD_SUBJECT, thread.id(), "Flagged post " + postId + ": "
                + flag.reason().label());
        List<FlagEntity> open = flags.findByPostIdAndClearedAtIsNullOrderById(postId);
        long flaggers = open.stream().map(FlagEntity::flaggedBy).distinct().count();
        if (flaggers < ModerationLimits.FLAGS_TO_HOLD) {
            return false;
        }
        String reasons = open.stream().map(FlagEntity::reason).distinct().map(FlagReason::label)
                .collect(Collectors.joining("; "));
        post.hold(HoldReason.FLAGGED, "Flagged by " + flaggers + " people: " + reasons + ".");
        thread.unpublished();
        posts.saveAndFlush(post);
        threads.saveAndFlush(thread);
        audit.record("forum.post-held-by-flags", THREAD_SUBJECT, thread.id(), "Post " + postId + " held after "
                + flaggers + " people flagged it");
        notifyAuthor(post, thread, "Your post in “" + thread.title() + "” is hidden until a moderator has read it: "
                + "several people flagged it");
        events.publishEvent(new ThreadChanged(thread.id(), thread.forumId(), postId));
        return true;
    }

    /** Whether the signed-in person has flagged this post (even if a moderator has since decided on it). */
    @Transactional(readOnly = true)
    public boolean flaggedByMe(long postId) {
        return flags.findByPostIdAndFlaggedBy(postId, CurrentPerson.id()).isPresent();
    }

    // The queue

    /**
     * A page of the posts waiting for a moderator, the longest waiting first: every held post
     * (whatever held it), and published posts with open flags.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public List<QueueItem> queue(int offset, int limit) {
        ForumGate.requireModerator();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select p.id, case when p.status = 'HELD' "
                        + "then p.created_at else (select min(f.flagged_at) from forum_post_flag f where f.post_id = p.id "
                        + "and f.cleared_at is null) end as waiting from forum_post p where p.status = 'HELD' "
                        + "or (p.status = 'PUBLISHED' and exists (select 1 from forum_post_flag f where f.post_id = p.id "
                        + "and f.cleared_at is null)) order by waiting, p.id")
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, PostEntity> postById = posts.findAllById(ids).stream()
                .collect(Collectors.toMap(PostEntity::id, Function.identity()));
        Map<Long, ThreadEntity> threadById = threads.findAllById(postById.values().stream().map(PostEntity::threadId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ThreadEntity::id, Function.identity()));
        Map<Long, ForumEntity> forumById = forums.findAllById(threadById.values().stream().map(ThreadEntity::forumId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ForumEntity::id, Function.identity()));
        Map<Long, List<FlagEntity>> flagsByPost = flags.findByPostIdInAndClearedAtIsNullOrderById(ids).stream()
                .collect(Collectors.groupingBy(FlagEntity::postId));
        Set<Long> personIds = new HashSet<>();
        postById.values().forEach(post -> personIds.add(post.authorId()));
        flagsByPost.values().forEach(list -> list.forEach(flag -> personIds.add(flag.flaggedBy())));
        Map<Long, String> names = people.names(personIds);
        Map<Long, String> realNames = people.realNames(personIds);
        List<QueueItem> items = new ArrayList<>();
        for (Object[] row : rows) {
            PostEntity post = postById.get(((Number) row[0]).longValue());
            ThreadEntity thread = threadById.get(post.threadId());
            ForumEntity forum = forumById.get(thread.forumId());
            List<FlagDetails> flagDetails = flagsByPost.getOrDefault(post.id(), List.of()).stream()
                    .map(flag -> new FlagDetails(names.getOrDefault(flag.flaggedBy(), "Former member"), flag.reason(),
                            flag.note(), flag.flaggedAt()))
                    .toList();
            String highlighted = post.holdReason() == HoldReason.IDENTIFIERS && post.status() == PostStatus.HELD
                    ? IdentifierHighlight.html(post.body(), screening.screen(post.body())) : null;
            Instant waitingSince = post.status() == PostStatus.HELD || flagDetails.isEmpty() ? post.createdAt()
                    : flagDetails.getFirst().flaggedAt();
            items.add(new QueueItem(post.id(), thread.id(), thread.title(), forum.id(), forum.title(), post.authorId(),
                    names.getOrDefault(post.authorId(), "Former member"), realNames.get(post.authorId()), post.status(),
                    post.holdReason(), post.holdDetail(), flagDetails, post.body(), SafeMarkdown.toHtml(post.body()),
                    highlighted, post.createdAt(), waitingSince, post.version()));
        }
        return items;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public long queueSize() {
        ForumGate.requireModerator();
        return ((Number) entityManager.createNativeQuery("select count(*) from forum_post p where p.status = 'HELD' "
                        + "or (p.status = 'PUBLISHED' and exists (select 1 from forum_post_flag f where f.post_id = p.id "
                        + "and f.cleared_at is null))")
                .getSingleResult()).longValue();
    }

    // Decisions on posts

    /**
     * Publishes a held post, or brings back a hidden one, and clears its flags. Its author is told.
     *
     * @throws PostModeratedElsewhereException when the post changed since {@code expectedVersion}
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void approve(long postId, long expectedVersion) {
        Locked locked = moderated(postId, expectedVersion);
        PostEntity post = locked.post();
        if (post.published()) {
            throw new InvalidInputException("post", "This post is already published. To keep it and clear its "
                    + "flags, dismiss the flags.");
        }
        publish(locked);
        audit.record("forum.post-approved", THREAD_SUBJECT, locked.thread().id(), "Approved post " + postId);
        notifyAuthor(post, locked.thread(), "A moderator approved your post in “" + locked.thread().title()
                + "”: everyone in the forum can now read it");
    }

    /**
     * Hides a held or published post with a reason its author sees beside it, and clears its
     * flags. Its author is told.
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void hide(long postId, long expectedVersion,
            @NotBlank(message = "Give the reason: the author sees it beside their post.")
            @Size(max = ModerationLimits.NOTE_MAX, message = "Keep the reason to " + ModerationLimits.NOTE_MAX
                    + " characters.") String reason) {
        Locked locked = moderated(postId, expectedVersion);
        PostEntity post = locked.post();
        if (post.status() == PostStatus.HIDDEN) {
            throw new InvalidInputException("reason", "This post is already hidden.");
        }
        String why = screened("reason", reason);
        if (post.published()) {
            locked.thread().unpublished();
        }
        post.hideBecause(why);
        clearFlags(postId);
        posts.saveAndFlush(post);
        threads.saveAndFlush(locked.thread());
        audit.record("forum.post-hidden", THREAD_SUBJECT, locked.thread().id(), "Hid post " + postId + ": " + why);
        notifyAuthor(post, locked.thread(), "A moderator hid your post in “" + locked.thread().title()
                + "”. The reason is shown with the post");
        events.publishEvent(new ThreadChanged(locked.thread().id(), locked.forum().id(), postId));
    }

    /**
     * Rewrites someone's held or published post with a note shown under it ("Edited by a
     * moderator: …"). What it said before is kept as a revision with the note. The new text is
     * not held again even if the screening still finds something in it: the moderator has read
     * it, and the note says what they did. Its status does not change; its author is told.
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void editWithNote(long postId, long expectedVersion, @Valid ModeratorEdit edit) {
        ForumGate.requireModerator();
        required(edit, "body", "Write the post and a note.");
        Locked locked = moderated(postId, expectedVersion);
        PostEntity post = locked.post();
        if (post.status() == PostStatus.HIDDEN) {
            throw new InvalidInputException("body", "This post is hidden. Approve it first if it should be read "
                    + "again.");
        }
        String note = screened("note", edit.note());
        Instant now = clock.instant();
        long me = CurrentPerson.id();
        revisions.save(new PostRevision(post.id(), post.body(), me, now, note));
        post.rewrite(edit.body().strip(), me, now);
        if (post.status() == PostStatus.HELD && post.holdReason() == HoldReason.IDENTIFIERS) {
            List<IdentifierFinding> found = screening.screen(post.body());
            post.hold(HoldReason.IDENTIFIERS, found.isEmpty() ? "Edited by a moderator; nothing is found now."
                    : "Edited by a moderator; still found: " + found.stream().map(IdentifierFinding::describe)
                            .collect(Collectors.joining("; ")) + ".");
        }
        posts.saveAndFlush(post);
        audit.record("forum.post-edited-by-moderator", THREAD_SUBJECT, locked.thread().id(), "Edited post " + postId
                + " with the note: " + note);
        notifyAuthor(post, locked.thread(), "A moderator edited your post in “" + locked.thread().title() + "”: "
                + note);
        events.publishEvent(new ThreadChanged(locked.thread().id(), locked.forum().id(), postId));
    }

    /**
     * Keeps a flagged post and clears its flags. A post held because of its flags is published
     * again, and its author told.
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void dismissFlags(long postId, long expectedVersion) {
        Locked locked = moderated(postId, expectedVersion);
        PostEntity post = locked.post();
        if (post.status() == PostStatus.HELD && post.holdReason() == HoldReason.FLAGGED) {
            publish(locked);
            audit.record("forum.flags-dismissed", THREAD_SUBJECT, locked.thread().id(), "Dismissed the flags on post "
                    + postId + " and published it again");
            notifyAuthor(post, locked.thread(), "A moderator read your post in “" + locked.thread().title()
                    + "” and it is back in the thread");
            return;
        }
        if (flags.findByPostIdAndClearedAtIsNullOrderById(postId).isEmpty()) {
            throw new InvalidInputException("post", "This post has no flags to dismiss.");
        }
        clearFlags(postId);
        // The post itself is unchanged, but another moderator deciding on it from the same view must be told.
        flags.flush();
        entityManager.createQuery("update ForumPost p set p.version = p.version + 1 where p.id = :id")
                .setParameter("id", postId).executeUpdate();
        audit.record("forum.flags-dismissed", THREAD_SUBJECT, locked.thread().id(), "Dismissed the flags on post "
                + postId);
        events.publishEvent(new ThreadChanged(locked.thread().id(), locked.forum().id(), postId));
    }

    /**
     * The note of the latest moderator's edit of a post, for everyone who may read the post;
     * empty when no moderator has edited it.
     */
    @Transactional(readOnly = true)
    public Optional<String> moderatorNote(long postId) {
        PostEntity post = posts.findById(postId).orElseThrow(() -> new ForumItemGoneException(ForumGate.POST_GONE));
        gate.requireReadThread(post.threadId());
        if (!post.published() && post.authorId() != CurrentPerson.id() && !ForumGate.moderator()) {
            throw new ForumItemGoneException(ForumGate.POST_GONE);
        }
        if (post.editedAt() == null) {
            return Optional.empty();
        }
        List<PostRevision> edits = revisions.findByPostIdOrderById(postId);
        for (int i = edits.size() - 1; i >= 0; i--) {
            if (edits.get(i).note() != null) {
                return Optional.of(edits.get(i).note());
            }
        }
        return Optional.empty();
    }

    // Threads

    /** Locks a thread against replies and edits, or unlocks it. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void lockThread(long threadId, boolean locked) {
        ThreadEntity thread = moderatedThread(threadId);
        if (thread.locked() == locked) {
            return;
        }
        thread.lock(locked);
        threadChanged(thread, locked ? "forum.thread-locked" : "forum.thread-unlocked",
                locked ? "Locked the thread" : "Unlocked the thread");
    }

    /** Pins a thread to the top of its forum, or unpins it. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void pinThread(long threadId, boolean pinned) {
        ThreadEntity thread = moderatedThread(threadId);
        if (thread.pinned() == pinned) {
            return;
        }
        thread.pin(pinned);
        threadChanged(thread, pinned ? "forum.thread-pinned" : "forum.thread-unpinned",
                pinned ? "Pinned the thread" : "Unpinned the thread");
    }

    /** Hides a whole thread from everyone but moderators, or shows it again. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void hideThread(long threadId, boolean hidden) {
        ThreadEntity thread = moderatedThread(threadId);
        if (thread.hidden() == hidden) {
            return;
        }
        thread.hide(hidden);
        threadChanged(thread, hidden ? "forum.thread-hidden" : "forum.thread-shown",
                hidden ? "Hid the thread" : "Showed the thread again");
    }

    // Suspensions

    /**
     * Keeps a person from posting in the forums (threads, replies and edits) for a number of
     * days. They are told until when, and why.
     */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public SuspensionDetails suspend(@Valid NewSuspension suspension) {
        ForumGate.requireModerator();
        required(suspension, "personId", "Say whom to suspend.");
        long me = CurrentPerson.id();
        if (people.card(suspension.personId()).isEmpty()) {
            throw new InvalidInputException("personId", "There is no such person.");
        }
        if (suspension.personId() == me) {
            throw new InvalidInputException("personId", "You cannot suspend yourself.");
        }
        String reason = screened("reason", suspension.reason());
        Instant now = clock.instant();
        Instant ends = now.plus(Duration.ofDays(suspension.days()));
        SuspensionEntity row = suspensions.saveAndFlush(new SuspensionEntity(suspension.personId(), me, reason, now,
                ends));
        audit.record("forum.suspended", PERSON_SUBJECT, suspension.personId(), "Suspended from posting in the forums "
                + "until " + PortalTime.dateTime(ends) + ": " + reason);
        notifications.send(new NewNotification(suspension.personId(), NotificationKind.MODERATION,
                "A moderator has suspended you from posting in the forums until " + PortalTime.dateTime(ends),
                GUIDELINES));
        return details(List.of(row)).getFirst();
    }

    /** Ends a suspension early. */
    @Transactional
    @PreAuthorize("hasRole('MODERATOR')")
    public void lift(long suspensionId) {
        ForumGate.requireModerator();
        SuspensionEntity row = suspensions.findById(suspensionId)
                .orElseThrow(() -> new InvalidInputException("suspension", "There is no such suspension."));
        Instant now = clock.instant();
        if (!row.activeAt(now)) {
            throw new InvalidInputException("suspension", "This suspension has already ended.");
        }
        row.lift(CurrentPerson.id(), now);
        suspensions.saveAndFlush(row);
        audit.record("forum.suspension-lifted", PERSON_SUBJECT, row.personId(), "Lifted the suspension from posting "
                + "that was to last until " + PortalTime.dateTime(row.endsAt()));
        notifications.send(new NewNotification(row.personId(), NotificationKind.MODERATION,
                "A moderator has lifted your suspension: you can post in the forums again", GUIDELINES));
    }

    /** The suspensions in force, the one ending soonest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('MODERATOR')")
    public List<SuspensionDetails> suspensions() {
        ForumGate.requireModerator();
        return details(suspensions.activeAt(clock.instant()));
    }

    // The rest

    private record Locked(ForumEntity forum, ThreadEntity thread, PostEntity post) {
    }

    /** The post under lock (its thread's row first), if it is still as the moderator saw it. */
    private Locked moderated(long postId, long expectedVersion) {
        ForumGate.requireModerator();
        PostEntity post = posts.findById(postId).orElseThrow(() -> new ForumItemGoneException(ForumGate.POST_GONE));
        ThreadEntity thread = threads.lockById(post.threadId()).orElseThrow();
        entityManager.refresh(post, LockModeType.PESSIMISTIC_WRITE);
        if (post.version() != expectedVersion) {
            throw new PostModeratedElsewhereException();
        }
        return new Locked(forums.findById(thread.forumId()).orElseThrow(), thread, post);
    }

    private void publish(Locked locked) {
        PostEntity post = locked.post();
        ThreadEntity thread = locked.thread();
        Instant now = clock.instant();
        post.publish(now);
        thread.published(post.id(), now);
        clearFlags(post.id());
        posts.saveAndFlush(post);
        threads.saveAndFlush(thread);
        long first = entityManager.createQuery("select min(p.id) from ForumPost p where p.threadId = :thread",
                Long.class).setParameter("thread", thread.id()).getSingleResult();
        events.publishEvent(new PostPublished(post.id(), thread.id(), locked.forum().id(), post.authorId(),
                post.id() == first, now));
        events.publishEvent(new ThreadChanged(thread.id(), locked.forum().id(), post.id()));
    }

    private void clearFlags(long postId) {
        Instant now = clock.instant();
        long me = CurrentPerson.id();
        flags.findByPostIdAndClearedAtIsNullOrderById(postId).forEach(flag -> flag.clear(me, now));
    }

    private ThreadEntity moderatedThread(long threadId) {
        ForumGate.requireModerator();
        return threads.lockById(threadId).orElseThrow(() -> new ForumItemGoneException(ForumGate.THREAD_GONE));
    }

    private void threadChanged(ThreadEntity thread, String action, String details) {
        threads.saveAndFlush(thread);
        audit.record(action, THREAD_SUBJECT, thread.id(), details);
        events.publishEvent(new ThreadChanged(thread.id(), thread.forumId(), null));
    }

    private void notifyAuthor(PostEntity post, ThreadEntity thread, String title) {
        if (post.authorId() == CurrentPerson.id()) {
            return;
        }
        notifications.send(new NewNotification(post.authorId(), NotificationKind.MODERATION, title,
                ForumRoutes.post(thread.id(), post.id())));
    }

    private static void required(Object value, String field, String message) {
        if (value == null) {
            throw new InvalidInputException(field, message);
        }
    }

    /** The text stripped, null when blank; refused when it looks as if it identifies a patient. */
    private String screened(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<IdentifierFinding> found = screening.screen(text);
        if (!found.isEmpty()) {
            throw new InvalidInputException(field, "This looks as if it could identify a patient ("
                    + found.stream().map(IdentifierFinding::describe).collect(Collectors.joining("; "))
                    + "). Others read it, so leave that out.");
        }
        return text.strip();
    }

    private List<SuspensionDetails> details(Collection<SuspensionEntity> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> {
            ids.add(row.personId());
            ids.add(row.suspendedBy());
        });
        Map<Long, String> names = people.names(ids);
        Map<Long, String> realNames = people.realNames(ids);
        Map<Long, SuspensionDetails> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.id(), new SuspensionDetails(row.id(), row.personId(),
                names.getOrDefault(row.personId(), "Former member"), realNames.get(row.personId()), row.reason(),
                names.getOrDefault(row.suspendedBy(), "Former member"), row.startsAt(), row.endsAt())));
        return List.copyOf(byId.values());
    }
}
