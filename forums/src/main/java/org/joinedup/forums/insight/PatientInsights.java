package org.joinedup.forums.insight;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.validation.Valid;

import org.joinedup.forums.internal.ForumEntity;
import org.joinedup.forums.internal.ForumGate;
import org.joinedup.forums.internal.ForumRepository;
import org.joinedup.forums.internal.PostEntity;
import org.joinedup.forums.internal.PostRepository;
import org.joinedup.forums.internal.ThreadEntity;
import org.joinedup.forums.threads.ForumAccessDeniedException;
import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.StepChoice;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspacePermissions;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Patient insight: what patients said in the forums, attached by clinicians to the pathway
 * steps it bears on, so that the people designing a pathway read it where they work. A
 * clinician who may read a published post may attach it to a step of any pathway whose draft
 * they read; the step's page in the workspace lists it with a link back to the thread. When
 * a published version changes that step, the thread is told ({@code InsightReplies}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class PatientInsights {

    /** Offered to a patient partner starting a thread in a pathway's forum. */
    public static final String WHAT_MATTERS_PROMPT = "What matters to you? Tell us about care as you have lived it: "
            + "what helped, what was hard, and what you wish had been different. Please leave out names, dates of "
            + "birth and NHS numbers.";

    static final String AUDIT_SUBJECT = "forum-thread";

    private static final int EXCERPT = 280;
    private static final int WORKSPACE_CHOICES = 200;

    private final PostInsightRepository insights;
    private final PostRepository posts;
    private final ForumRepository forums;
    private final ForumGate gate;
    private final ForumService forumService;
    private final WorkspaceService workspaces;
    private final DraftService drafts;
    private final PeopleLookup people;
    private final IdentifierScreening screening;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;

    PatientInsights(PostInsightRepository insights, PostRepository posts, ForumRepository forums, ForumGate gate,
            ForumService forumService, WorkspaceService workspaces, DraftService drafts, PeopleLookup people,
            IdentifierScreening screening, AuditTrail audit, EntityManager entityManager, Clock clock) {
        this.insights = insights;
        this.posts = posts;
        this.forums = forums;
        this.gate = gate;
        this.forumService = forumService;
        this.workspaces = workspaces;
        this.drafts = drafts;
        this.people = people;
        this.screening = screening;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Whether starting a thread in this forum should offer {@link #WHAT_MATTERS_PROMPT}: to a
     * patient partner, in a pathway workspace's forum.
     */
    public boolean promptsWhatMatters(ForumSummary forum) {
        return forum != null && forum.kind() == ForumKind.WORKSPACE && ForumGate.signedInWith(Role.PATIENT_PARTNER);
    }

    /** Whether the signed-in person may mark posts as patient insight: clinicians may. */
    public boolean marksInsight() {
        return ForumGate.signedInWith(Role.CLINICIAN);
    }

    /**
     * The workspaces the signed-in clinician may attach this post to: those whose draft they
     * read, the post's own workspace first when it was written in a workspace's forum.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLINICIAN')")
    public List<InsightWorkspace> workspaceChoices(long postId) {
        requireClinician();
        PostEntity post = readablePublishedPost(postId);
        ThreadEntity thread = entityManager.find(ThreadEntity.class, post.threadId());
        ForumEntity forum = forums.findById(thread.forumId()).orElseThrow();
        Map<Long, InsightWorkspace> choices = new LinkedHashMap<>();
        if (forum.workspaceId() != null && readsDraft(forum.workspaceId())) {
            choices.put(forum.workspaceId(), new InsightWorkspace(forum.workspaceId(),
                    workspaces.workspace(forum.workspaceId()).title()));
        }
        for (WorkspaceSummary mine : workspaces.myWorkspaces(0, WORKSPACE_CHOICES)) {
            if (mine.myRole() != null && mine.myRole().readsDraft()) {
                choices.putIfAbsent(mine.id(), new InsightWorkspace(mine.id(), mine.title()));
            }
        }
        for (WorkspaceSummary open : workspaces.openWorkspaces(0, WORKSPACE_CHOICES)) {
            choices.putIfAbsent(open.id(), new InsightWorkspace(open.id(), open.title()));
        }
        return List.copyOf(choices.values());
    }

    /**
     * Marks a published post as patient insight on a step of a pathway whose draft the
     * signed-in clinician reads. A post may inform several steps, each once.
     */
    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public PatientInsight mark(long postId, @Valid MarkInsight request) {
        requireClinician();
        PostEntity post = readablePublishedPost(postId);
        long workspaceId = request.workspaceId();
        requireDraftReader(workspaceId);
        StepChoice step = drafts.stepChoices(workspaceId).stream().filter(choice -> choice.key().equals(request.stepKey()))
                .findFirst().orElseThrow(() -> new InvalidInputException("stepKey",
                        "That step is no longer in the pathway. Choose another."));
        String summary = oneLine(request.summary());
        if (summary != null) {
            screening.requireNone("patient insight on post " + postId, Map.of("summary", summary));
        }
        if (insights.existsByPostIdAndWorkspaceIdAndStepKey(postId, workspaceId, step.key())) {
            throw new InvalidInputException("stepKey", "This post is already patient insight on that step.");
        }
        PostInsight insight = insights.saveAndFlush(new PostInsight(postId, post.threadId(), workspaceId, step.key(),
                cut(step.title(), InsightLimits.STEP_TITLE_MAX), summary, CurrentPerson.id(), clock.instant()));
        audit.record("forum.insight-attached", AUDIT_SUBJECT, post.threadId(), "Marked post " + postId
                + " as patient insight on step " + step.key() + " of workspace " + workspaceId);
        return records(List.of(insight)).getFirst();
    }

    /** Takes a post's insight off a step; for clinicians who read that pathway's draft. */
    @Transactional
    @PreAuthorize("hasRole('CLINICIAN')")
    public void detach(long insightId) {
        requireClinician();
        PostInsight insight = insights.findById(insightId).orElseThrow(() -> new ForumItemGoneException(
                "This patient insight has already been taken off its step."));
        gate.requireReadThread(insight.threadId());
        requireDraftReader(insight.workspaceId());
        insights.delete(insight);
        audit.record("forum.insight-detached", AUDIT_SUBJECT, insight.threadId(), "Took post " + insight.postId()
                + " off step " + insight.stepKey() + " of workspace " + insight.workspaceId() + " as patient insight");
    }

    /**
     * The steps a post is patient insight on, as the signed-in person may see them: only in
     * pathways whose draft they read.
     */
    @Transactional(readOnly = true)
    public List<PatientInsight> onPost(long postId) {
        // Asked for every post a thread page draws: most carry none, and an empty answer tells nothing.
        List<PostInsight> rows = insights.findByPostIdOrderById(postId);
        if (rows.isEmpty()) {
            return List.of();
        }
        PostEntity post = posts.findById(postId).orElseThrow(() -> new ForumItemGoneException(ForumGate.POST_GONE));
        gate.requireReadThread(post.threadId());
        if (!post.published()) {
            return List.of();
        }
        Map<Long, Boolean> reads = new HashMap<>();
        return records(rows.stream().filter(row -> reads.computeIfAbsent(row.workspaceId(), this::readsDraft)).toList());
    }

    /**
     * What the forums hold about one step of a pathway: its patient insight in the order it
     * was attached, and its threads. For readers of the draft; insight from a forum the
     * signed-in person may not read is left out.
     */
    @Transactional(readOnly = true)
    public StepInsights onStep(long workspaceId, String stepKey) {
        requireDraftReader(workspaceId);
        List<PostInsight> rows = entityManager.createQuery("select i from PostInsight i, ForumPost p, ForumThread t "
                        + "where i.workspaceId = :workspace and i.stepKey = :step and p.id = i.postId "
                        + "and t.id = i.threadId and p.status = :published "
                        + "and t.hidden = false order by i.attachedAt, i.id", PostInsight.class)
                .setParameter("workspace", workspaceId).setParameter("step", stepKey)
                .setParameter("published", PostStatus.PUBLISHED)
                .getResultList();
        Set<Long> threadIds = rows.stream().map(PostInsight::threadId).collect(Collectors.toSet());
        Map<Long, Boolean> readableForums = new HashMap<>();
        Set<Long> readableThreads = new HashSet<>();
        if (!threadIds.isEmpty()) {
            entityManager.createQuery("select t.id as thread, t.forumId as forum from ForumThread t where t.id in :ids",
                            Tuple.class)
                    .setParameter("ids", threadIds).getResultStream().forEach(row -> {
                        long forumId = row.get("forum", Long.class);
                        boolean readable = readableForums.computeIfAbsent(forumId,
                                id -> forums.findById(id).map(gate::mayRead).orElse(false));
                        if (readable) {
                            readableThreads.add(row.get("thread", Long.class));
                        }
                    });
        }
        List<PatientInsight> shown = records(rows.stream().filter(row -> readableThreads.contains(row.threadId())).toList());
        return new StepInsights(shown, forumService.threadsOnStep(workspaceId, stepKey));
    }

    // Checks

    private static void requireClinician() {
        if (!ForumGate.signedInWith(Role.CLINICIAN)) {
            throw new ForumAccessDeniedException("Only clinicians can mark posts as patient insight.");
        }
    }

    /** The post, when the signed-in person may read it and it is published. */
    private PostEntity readablePublishedPost(long postId) {
        PostEntity post = posts.findById(postId).orElseThrow(() -> new ForumItemGoneException(ForumGate.POST_GONE));
        gate.requireReadThread(post.threadId());
        if (!post.published()) {
            if (post.authorId() != CurrentPerson.id() && !ForumGate.moderator()) {
                throw new ForumItemGoneException(ForumGate.POST_GONE);
            }
            throw new InvalidInputException("postId",
                    "Only a published post can be patient insight: this one waits for a moderator or was hidden.");
        }
        return post;
    }

    private void requireDraftReader(long workspaceId) {
        WorkspacePermissions permissions = workspaces.myPermissions(workspaceId);
        if (!permissions.readsDraft()) {
            throw new WorkspaceAccessDeniedException("Patient insight is attached to steps of the draft, which only "
                    + "members who read the draft can open.");
        }
    }

    private boolean readsDraft(long workspaceId) {
        try {
            return workspaces.myPermissions(workspaceId).readsDraft();
        } catch (WorkspaceAccessDeniedException notTheirs) {
            return false;
        }
    }

    // Records

    private List<PatientInsight> records(List<PostInsight> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, PostEntity> postById = posts.findAllById(rows.stream().map(PostInsight::postId).distinct().toList())
                .stream().collect(Collectors.toMap(PostEntity::id, post -> post));
        Map<Long, String> titles = threadTitles(rows.stream().map(PostInsight::threadId).collect(Collectors.toSet()));
        Set<Long> authors = postById.values().stream().map(PostEntity::authorId).collect(Collectors.toSet());
        Map<Long, PersonCard> cards = people.cards(authors);
        Map<Long, String> attachers = people.names(rows.stream().map(PostInsight::attachedBy).collect(Collectors.toSet()));
        List<PatientInsight> records = new ArrayList<>(rows.size());
        for (PostInsight row : rows) {
            PostEntity post = postById.get(row.postId());
            PersonCard author = post == null ? null : cards.get(post.authorId());
            records.add(new PatientInsight(row.id(), row.postId(), row.threadId(), titles.get(row.threadId()),
                    row.workspaceId(), row.stepKey(), row.stepTitle(), row.summary(),
                    author == null ? "Former member" : author.displayName(),
                    post == null ? "" : cut(post.body().replaceAll("\\s+", " ").strip(), EXCERPT),
                    Objects.requireNonNullElse(attachers.get(row.attachedBy()), "Former member"), row.attachedAt()));
        }
        return records;
    }

    private Map<Long, String> threadTitles(Collection<Long> threadIds) {
        return entityManager.createQuery("select t.id as id, t.title as title from ForumThread t where t.id in :ids",
                        Tuple.class)
                .setParameter("ids", threadIds).getResultStream()
                .collect(Collectors.toMap(row -> row.get("id", Long.class), row -> row.get("title", String.class)));
    }

    private static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
