package org.joinedup.pathway.personaldata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.joinedup.pathway.internal.ChangeProposal;
import org.joinedup.pathway.internal.DocumentRevision;
import org.joinedup.pathway.internal.DraftRevision;
import org.joinedup.pathway.internal.DraftSnapshot;
import org.joinedup.pathway.internal.DraftSnapshotComment;
import org.joinedup.pathway.internal.DraftSnapshotCommentRepository;
import org.joinedup.pathway.internal.DraftSnapshotRepository;
import org.joinedup.pathway.internal.MemberChange;
import org.joinedup.pathway.internal.MemberRepository;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.RepresentationException;
import org.joinedup.pathway.internal.SignOff;
import org.joinedup.pathway.internal.SnapshotJson;
import org.joinedup.pathway.internal.StepComment;
import org.joinedup.pathway.internal.StepDocument;
import org.joinedup.pathway.internal.StepEntity;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceMember;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.platform.yourdata.PersonalDataSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Pathway workspaces' part of "your data" (decisions 007 and 017): the person's
 * memberships, the comments they wrote or resolved (on the draft and in replaced drafts),
 * the proposals they opened, their sign-offs with reasons, the steps they last edited, the
 * changes they made to drafts, the versions they published and the drafts they replaced. Closing the account ends the
 * memberships and replaces the text of their comments; everything else is part of the
 * pathway's record and stays, attributed to "Former member".
 */
@Component
@Order(30)
class WorkspacePersonalData implements PersonalDataContributor {

    /** What a closed account's comments say from then on. */
    static final String ERASED_COMMENT = "This comment was removed when its author closed their account.";

    private final MemberRepository members;
    private final DraftSnapshotRepository snapshots;
    private final DraftSnapshotCommentRepository snapshotComments;
    private final WorkspaceActivity activity;
    private final SnapshotJson json;
    private final EntityManager entityManager;

    WorkspacePersonalData(MemberRepository members, DraftSnapshotRepository snapshots,
            DraftSnapshotCommentRepository snapshotComments, WorkspaceActivity activity, SnapshotJson json,
            EntityManager entityManager) {
        this.members = members;
        this.snapshots = snapshots;
        this.snapshotComments = snapshotComments;
        this.activity = activity;
        this.json = json;
        this.entityManager = entityManager;
    }

    @Override
    public PersonalDataSection export(long personId) {
        Map<Long, String> titles = titles();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("memberships", members.findByPersonId(personId).stream().map(member -> item(
                "workspace", titles.get(member.workspaceId()),
                "role", member.role().label(),
                "careSetting", member.careSetting() == null ? null : member.careSetting().label(),
                "since", member.addedAt())).toList());
        addComments(personId, titles, data);
        data.put("proposalsOpened", query("select p from ChangeProposal p where p.openedBy = :person order by p.openedAt",
                ChangeProposal.class, personId).stream().map(proposal -> item(
                "workspace", titles.get(proposal.workspaceId()),
                "proposal", proposal.number(),
                "summary", proposal.summary(),
                "status", proposal.status().label(),
                "openedAt", proposal.openedAt())).toList());
        data.put("signOffs", query("select s as signOff, p as proposal from SignOff s join ChangeProposal p on p.id = s.proposalId "
                + "where s.personId = :person order by s.decidedAt", Tuple.class, personId).stream().map(row -> {
                    SignOff signOff = row.get("signOff", SignOff.class);
                    ChangeProposal proposal = row.get("proposal", ChangeProposal.class);
                    return item("workspace", titles.get(proposal.workspaceId()),
                            "proposal", proposal.number(),
                            "revision", signOff.revision(),
                            "careSetting", signOff.careSetting().label(),
                            "decision", signOff.decision().label(),
                            "reason", signOff.reason(),
                            "decidedAt", signOff.decidedAt(),
                            "stillStands", !signOff.superseded());
                }).toList());
        data.put("stepsLastEdited", query("select s from StepEntity s where s.lastEditedBy = :person order by s.lastEditedAt",
                StepEntity.class, personId).stream().map(step -> item(
                "workspace", titles.get(step.workspaceId()),
                "step", step.title(),
                "editedAt", step.lastEditedAt())).toList());
        data.put("draftChanges", query("select r from DraftRevision r where r.changedBy = :person order by r.id",
                DraftRevision.class, personId).stream().map(revision -> item(
                "workspace", titles.get(revision.workspaceId()),
                "item", revision.kind().label(),
                "title", revision.title(),
                "change", revision.action().label(),
                "changedAt", revision.changedAt())).toList());
        data.put("versionsPublished", query("select v from PathwayVersion v where v.publishedBy = :person order by v.publishedAt",
                PathwayVersion.class, personId).stream().map(version -> item(
                "workspace", titles.get(version.workspaceId()),
                "version", version.number(),
                "publishedAt", version.publishedAt())).toList());
        data.put("draftsReplaced", snapshots.findByReplacedByOrderById(personId).stream().map(snapshot -> item(
                "workspace", titles.get(snapshot.workspaceId()),
                "replacedAt", snapshot.replacedAt(),
                "by", snapshot.restoredVersion() != null ? "restoring version " + snapshot.restoredVersion()
                        : "bringing back an earlier draft")).toList());
        // Exceptions are part of the sign-off record, so closing an account keeps them (decision 018).
        data.put("representationExceptions", query("select e from RepresentationException e where e.personId = :person "
                + "or e.grantedBy = :person or e.revokedBy = :person order by e.grantedAt, e.id",
                RepresentationException.class, personId).stream().map(exception -> item(
                "workspace", titles.get(exception.workspaceId()),
                "yours", exception.personId() == personId,
                "setting", exception.careSetting().label(),
                "reason", exception.reason(),
                "grantedAt", exception.grantedAt(),
                "revoked", exception.revoked())).toList());
        data.put("documentsUploaded", query("select r from DocumentRevision r where r.uploadedBy = :person order by r.id",
                DocumentRevision.class, personId).stream().map(revision -> item(
                "workspace", titles.get(revision.workspaceId()),
                "title", revision.title(),
                "fileName", revision.fileName(),
                "revision", revision.number(),
                "uploadedAt", revision.uploadedAt())).toList());
        data.put("documentsAddedOrRemoved", query("select d from StepDocument d where d.addedBy = :person "
                + "or d.removedBy = :person order by d.id", StepDocument.class, personId).stream().map(document -> item(
                "workspace", titles.get(document.workspaceId()),
                "addedByYouAt", document.addedBy() == personId ? document.addedAt() : null,
                "removedByYouAt", Long.valueOf(personId).equals(document.removedBy()) ? document.removedAt() : null))
                .toList());
        addUrgentNotices(personId, titles, data);
        return new PersonalDataSection("pathwayWorkspaces", "The pathway workspaces you are a member of, the comments "
                + "you wrote or resolved, the proposals you opened, your sign-offs, the steps you last edited, the "
                + "changes you made to drafts (their history), the versions you published, the drafts you replaced, "
                + "the documents you uploaded or removed, the exceptions to represent a setting that you hold, "
                + "granted or revoked, the urgent notices you drafted, agreed, withdrew or answered for, and when you "
                + "last opened each published pathway.", data);
    }

    /**
     * Ends the person's memberships and replaces the text of their comments, on the draft
     * and in replaced drafts. Proposals, sign-offs with their reasons, published versions, documents and
     * edits stay: they are the pathway's clinical-governance record, and the person's row,
     * now "Former member", keeps them attributed. Never refuses: a workspace whose last
     * convenor leaves says it has none until an administrator names one.
     */
    @Override
    public void erase(long personId) {
        entityManager.createQuery("update StepComment c set c.body = :text where c.authorId = :person")
                .setParameter("text", ERASED_COMMENT).setParameter("person", personId).executeUpdate();
        snapshotComments.replaceTextOf(personId, ERASED_COMMENT);
        entityManager.createNativeQuery("delete from pathway_opening where person_id = :person")
                .setParameter("person", personId).executeUpdate();
        for (WorkspaceMember member : members.findByPersonId(personId)) {
            members.delete(member);
            members.flush();
            boolean noConvenorLeft = member.role() == WorkspaceRole.CONVENOR
                    && members.countActiveConvenors(member.workspaceId()) == 0;
            activity.record(new MemberChange.MemberLeft(member.workspaceId(), personId,
                    new Membership(member.role(), member.careSetting()), noConvenorLeft));
        }
    }

    @Override
    public Set<String> coveredColumns() {
        return Set.of("workspace_member.person_id", "step_comment.author_id", "step_comment.resolved_by",
                "draft_snapshot_comment.author_id", "draft_snapshot_comment.resolved_by", "change_proposal.opened_by",
                "sign_off.person_id", "pathway_step.last_edited_by", "pathway_version.published_by",
                "draft_snapshot.replaced_by", "draft_revision.changed_by", "representation_exception.person_id",
                "representation_exception.granted_by", "representation_exception.revoked_by",
                "step_document.added_by", "step_document.removed_by", "document_revision.uploaded_by",
                "urgent_notice.drafted_by", "urgent_notice.agreed_by", "urgent_notice.withdrawn_by",
                "urgent_notice.coverage_answered_by", "pathway_opening.person_id");
    }

    private void addComments(long personId, Map<Long, String> titles, Map<String, Object> data) {
        List<Map<String, Object>> written = new ArrayList<>();
        List<Map<String, Object>> resolved = new ArrayList<>();
        query("select c as comment, s.title as step from StepComment c join StepEntity s on s.id = c.stepId "
                + "where c.authorId = :person or c.resolvedBy = :person order by c.createdAt, c.id", Tuple.class, personId)
                .forEach(row -> {
                    StepComment comment = row.get("comment", StepComment.class);
                    String workspace = titles.get(comment.workspaceId());
                    String step = row.get("step", String.class);
                    if (comment.authorId() == personId) {
                        written.add(item("workspace", workspace, "step", step, "text", comment.body(),
                                "writtenAt", comment.createdAt(), "resolvedAt", comment.resolvedAtOrNull()));
                    }
                    if (Long.valueOf(personId).equals(comment.resolvedBy())) {
                        resolved.add(item("workspace", workspace, "step", step, "resolvedAt", comment.resolvedAtOrNull()));
                    }
                });
        List<Map<String, Object>> kept = new ArrayList<>();
        List<DraftSnapshotComment> inSnapshots = snapshotComments.writtenOrResolvedBy(personId);
        Map<Long, DraftSnapshot> keptIn = snapshots.findAllById(inSnapshots.stream().map(DraftSnapshotComment::snapshotId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(DraftSnapshot::id, Function.identity()));
        for (DraftSnapshotComment comment : inSnapshots) {
            DraftSnapshot snapshot = keptIn.get(comment.snapshotId());
            String workspace = titles.get(snapshot.workspaceId());
            String step = json.read(snapshot.content()).step(comment.stepKey())
                    .map(found -> found.fields().title()).orElse(null);
            if (comment.authorId() == personId) {
                kept.add(item("workspace", workspace, "step", step, "text", comment.body(), "writtenAt", comment.createdAt(),
                        "resolvedAt", comment.resolvedAt(), "keptWithTheDraftReplacedAt", snapshot.replacedAt()));
            }
            if (Long.valueOf(personId).equals(comment.resolvedBy())) {
                resolved.add(item("workspace", workspace, "step", step, "resolvedAt", comment.resolvedAt()));
            }
        }
        data.put("comments", written);
        data.put("commentsInReplacedDrafts", kept);
        data.put("commentsYouResolved", resolved);
    }

    /** Urgent notices stay attributed, like proposals; the record of pathways opened is deleted with the account. */
    private void addUrgentNotices(long personId, Map<Long, String> titles, Map<String, Object> data) {
        data.put("urgentNotices", query("select n.workspaceId as workspace, n.title as title, n.draftedBy as draftedBy, "
                + "n.agreedBy as agreedBy, n.withdrawnBy as withdrawnBy, n.coverageAnsweredBy as answeredBy, "
                + "n.draftedAt as draftedAt from UrgentNotice n where n.draftedBy = :person or n.agreedBy = :person "
                + "or n.withdrawnBy = :person or n.coverageAnsweredBy = :person order by n.draftedAt, n.id",
                Tuple.class, personId).stream().map(row -> item(
                "workspace", titles.get(row.get("workspace", Long.class)),
                "notice", row.get("title", String.class),
                "drafted", Long.valueOf(personId).equals(row.get("draftedBy", Long.class)),
                "agreed", Long.valueOf(personId).equals(row.get("agreedBy", Long.class)),
                "withdrew", Long.valueOf(personId).equals(row.get("withdrawnBy", Long.class)),
                "saidWhetherStillNeeded", Long.valueOf(personId).equals(row.get("answeredBy", Long.class)),
                "draftedAt", row.get("draftedAt"))).toList());
        List<?> opened = entityManager.createNativeQuery("select workspace_id, page, opened_at from pathway_opening "
                + "where person_id = :person order by opened_at").setParameter("person", personId).getResultList();
        data.put("publishedPathwaysOpened", opened.stream().map(row -> (Object[]) row).map(row -> item(
                "workspace", titles.get(((Number) row[0]).longValue()),
                "page", "PATIENT_PAGE".equals(row[1]) ? "what patients see" : "the published pathway",
                "lastOpenedAt", row[2])).toList());
    }

    private Map<Long, String> titles() {
        return entityManager.createQuery("select w.id as id, w.title as title from Workspace w", Tuple.class)
                .getResultStream()
                .collect(Collectors.toMap(row -> row.get("id", Long.class), row -> row.get("title", String.class)));
    }

    private <T> List<T> query(String jpql, Class<T> type, long personId) {
        return entityManager.createQuery(jpql, type).setParameter("person", personId).getResultList();
    }

    /** A map of the names and values given in turn, in that order; values may be null. */
    private static Map<String, Object> item(Object... namesAndValues) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            item.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return item;
    }
}
