package org.joinedup.pathway.proposal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.internal.CommentRepository;
import org.joinedup.pathway.internal.DraftContent;
import org.joinedup.pathway.internal.DraftSnapshot;
import org.joinedup.pathway.internal.DraftSnapshotComment;
import org.joinedup.pathway.internal.DraftSnapshotCommentRepository;
import org.joinedup.pathway.internal.DraftSnapshotRepository;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.SnapshotJson;
import org.joinedup.pathway.internal.StepComment;
import org.joinedup.pathway.internal.StepEntity;
import org.joinedup.pathway.internal.StepRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps a draft, with its comments, before something replaces it, and brings a kept draft's
 * comments back. The callers check access and hold the draft lock.
 */
@Component
class ReplacedDrafts {

    private final DraftSnapshotRepository snapshots;
    private final DraftSnapshotCommentRepository snapshotComments;
    private final CommentRepository comments;
    private final StepRepository steps;
    private final DraftContent drafts;
    private final SnapshotJson json;
    private final PersonNames names;
    private final EntityManager entityManager;
    private final Clock clock;

    ReplacedDrafts(DraftSnapshotRepository snapshots, DraftSnapshotCommentRepository snapshotComments,
            CommentRepository comments, StepRepository steps, DraftContent drafts, SnapshotJson json, PersonNames names,
            EntityManager entityManager, Clock clock) {
        this.snapshots = snapshots;
        this.snapshotComments = snapshotComments;
        this.comments = comments;
        this.steps = steps;
        this.drafts = drafts;
        this.json = json;
        this.names = names;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Keeps the draft as it stands, replaced by restoring {@code restoredVersion} or by bringing back {@code broughtBackId}. */
    DraftSnapshot keep(long workspaceId, Integer restoredVersion, Long broughtBackId) {
        DraftSnapshot kept = snapshots.saveAndFlush(new DraftSnapshot(workspaceId, json.write(drafts.snapshot(workspaceId)),
                restoredVersion, broughtBackId, CurrentPerson.id(), clock.instant()));
        entityManager.createQuery("select c as comment, s.key as stepKey from StepComment c join StepEntity s on s.id = c.stepId "
                        + "where s.workspaceId = :workspace order by c.createdAt, c.id", Tuple.class)
                .setParameter("workspace", workspaceId)
                .getResultStream()
                .map(row -> new DraftSnapshotComment(kept.id(), row.get("comment", StepComment.class),
                        row.get("stepKey", String.class)))
                .forEach(snapshotComments::save);
        snapshotComments.flush();
        return kept;
    }

    Optional<DraftSnapshot> find(long workspaceId, long snapshotId) {
        return snapshots.findByIdAndWorkspaceId(snapshotId, workspaceId);
    }

    /**
     * Puts back on the draft, which now says what {@code kept} says, every comment of
     * {@code kept} that is no longer there, with its author, date and resolution. Comments
     * still on the draft (on steps that were never removed) stay as they now are.
     *
     * @return how many comments came back
     */
    int returnComments(DraftSnapshot kept) {
        Set<Long> present = Set.copyOf(entityManager.createQuery("select c.id from StepComment c where c.workspaceId = :workspace",
                Long.class).setParameter("workspace", kept.workspaceId()).getResultList());
        Map<String, Long> stepIds = steps.findByWorkspaceIdOrderByPosition(kept.workspaceId()).stream()
                .collect(Collectors.toMap(StepEntity::key, StepEntity::id));
        List<StepComment> returned = snapshotComments.findBySnapshotIdOrderByCreatedAtAscIdAsc(kept.id()).stream()
                .filter(comment -> !present.contains(comment.commentId()) && stepIds.containsKey(comment.stepKey()))
                .map(comment -> comment.toComment(kept.workspaceId(), stepIds.get(comment.stepKey())))
                .toList();
        comments.saveAllAndFlush(returned);
        return returned.size();
    }

    /** Newest first. */
    List<ReplacedDraft> list(long workspaceId) {
        List<DraftSnapshot> kept = snapshots.findByWorkspaceIdOrderByIdDesc(workspaceId);
        Map<Long, DraftSnapshot> byId = kept.stream().collect(Collectors.toMap(DraftSnapshot::id, Function.identity()));
        Map<Long, String> replacers = names.of(kept.stream().map(DraftSnapshot::replacedBy).collect(Collectors.toSet()));
        return kept.stream().map(snapshot -> {
            PathwaySnapshot content = json.read(snapshot.content());
            DraftSnapshot broughtBack = snapshot.broughtBackId() == null ? null : byId.get(snapshot.broughtBackId());
            return new ReplacedDraft(snapshot.id(), snapshot.restoredVersion(),
                    broughtBack == null ? null : broughtBack.replacedAt(),
                    replacers.getOrDefault(snapshot.replacedBy(), PersonNames.FORMER_MEMBER), snapshot.replacedAt(),
                    content.stages().size(), (int) content.steps().count(),
                    Math.toIntExact(snapshotComments.countBySnapshotId(snapshot.id())));
        }).toList();
    }
}
