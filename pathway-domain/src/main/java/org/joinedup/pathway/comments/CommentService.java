package org.joinedup.pathway.comments;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.internal.CommentChange;
import org.joinedup.pathway.internal.CommentRepository;
import org.joinedup.pathway.internal.MemberRepository;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.StepComment;
import org.joinedup.pathway.internal.StepEntity;
import org.joinedup.pathway.internal.StepRepository;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.internal.WorkspaceMember;
import org.joinedup.pathway.internal.WorkspaceNotices;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.screening.IdentifierScreening;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Comments on the steps of a draft. Anyone who may read the draft may comment and resolve;
 * writing "@Name" mentions a member of the workspace, who is notified. A comment that looks
 * like it identifies a patient is refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class CommentService {

    private final StepRepository steps;
    private final CommentRepository comments;
    private final MemberRepository members;
    private final WorkspaceGate gate;
    private final WorkspaceActivity activity;
    private final PersonNames names;
    private final WorkspaceNotices notices;
    private final IdentifierScreening screening;
    private final EntityManager entityManager;
    private final Clock clock;

    CommentService(StepRepository steps, CommentRepository comments, MemberRepository members, WorkspaceGate gate,
            WorkspaceActivity activity, PersonNames names, WorkspaceNotices notices, IdentifierScreening screening,
            EntityManager entityManager, Clock clock) {
        this.steps = steps;
        this.comments = comments;
        this.members = members;
        this.gate = gate;
        this.activity = activity;
        this.names = names;
        this.notices = notices;
        this.screening = screening;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The step's comments, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentDetails> comments(long stepId) {
        StepEntity step = step(stepId);
        gate.requireRead(step.workspaceId());
        List<StepComment> rows = entityManager.createQuery("select c from StepComment c where c.stepId = :step "
                        + "order by c.createdAt, c.id", StepComment.class)
                .setParameter("step", stepId)
                .getResultList();
        Set<Long> people = new HashSet<>();
        rows.forEach(comment -> {
            people.add(comment.authorId());
            if (comment.resolvedBy() != null) {
                people.add(comment.resolvedBy());
            }
        });
        Map<Long, String> named = names.of(people);
        return rows.stream()
                .map(comment -> details(comment, named.get(comment.authorId()),
                        comment.resolvedBy() == null ? null : named.get(comment.resolvedBy())))
                .toList();
    }

    @Transactional
    public CommentDetails addComment(long stepId, @NotBlank(message = "Write a comment first.")
            @Size(max = WorkspaceLimits.COMMENT_MAX, message = "Keep a comment to " + WorkspaceLimits.COMMENT_MAX
                    + " characters.") String body) {
        StepEntity step = step(stepId);
        gate.requireRead(step.workspaceId());
        String text = body.strip();
        screening.requireNone("a comment on step " + stepId, Map.of("body", body));
        long me = CurrentPerson.id();
        StepComment comment = comments.saveAndFlush(new StepComment(step.workspaceId(), stepId, me, text, clock.instant()));
        Set<Long> mentioned = mentioned(step.workspaceId(), text);
        mentioned.remove(me);
        activity.record(new CommentChange.CommentAdded(step.workspaceId(), stepId, step.title(),
                names.of(mentioned).values()));
        notices.mentioned(step.workspaceId(), mentioned, names.of(me), step.title());
        return details(comment, names.of(me), null);
    }

    @Transactional
    public CommentDetails resolve(long commentId) {
        StepComment comment = comments.findById(commentId)
                .orElseThrow(() -> new DraftItemGoneException("This comment has gone: its step was deleted."));
        gate.requireRead(comment.workspaceId());
        if (!comment.resolved()) {
            comment.resolve(CurrentPerson.id(), clock.instant());
            comments.saveAndFlush(comment);
            StepEntity step = step(comment.stepId());
            activity.record(new CommentChange.CommentResolved(comment.workspaceId(), comment.stepId(), step.title()));
        }
        return comments(comment.stepId()).stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
    }

    /** Members whose display name follows an "@" in the text, ignoring case. */
    private Set<Long> mentioned(long workspaceId, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("@")) {
            return new HashSet<>();
        }
        Map<Long, String> memberNames = names.of(members.findByWorkspaceId(workspaceId).stream()
                .map(WorkspaceMember::personId).toList());
        return memberNames.entrySet().stream()
                .filter(entry -> lower.contains("@" + entry.getValue().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private StepEntity step(long stepId) {
        return steps.findById(stepId).orElseThrow(() -> new DraftItemGoneException(DraftService.STEP_GONE));
    }

    private static CommentDetails details(StepComment comment, String author, String resolver) {
        return new CommentDetails(comment.id(), comment.stepId(), author, comment.body(), comment.createdAt(),
                resolver, comment.resolvedAtOrNull());
    }
}
