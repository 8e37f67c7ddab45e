package org.joinedup.pathway.history;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.joinedup.pathway.draft.PathwayChange.Subject;
import org.joinedup.pathway.internal.DraftRevision;
import org.joinedup.pathway.internal.DraftRevisionRepository;
import org.joinedup.pathway.internal.DraftRevisions;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft's page history for those who may read the draft: every change to its stages,
 * steps and hand-overs, newest first, each with who made it, when and the field-level
 * difference from the revision before; for the whole draft or for one item, even one that
 * has since been deleted.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DraftHistory {

    private static final RevisionAction NEVER_LISTED = RevisionAction.RECORDED;

    private final DraftRevisionRepository revisions;
    private final DraftRevisions reader;
    private final WorkspaceGate gate;
    private final PersonNames names;

    DraftHistory(DraftRevisionRepository revisions, DraftRevisions reader, WorkspaceGate gate, PersonNames names) {
        this.revisions = revisions;
        this.reader = reader;
        this.gate = gate;
        this.names = names;
    }

    /** Every change to the draft, newest first. */
    @Transactional(readOnly = true)
    public List<DraftRevisionEntry> changes(long workspaceId, int offset, int limit) {
        gate.requireRead(workspaceId);
        return entries(revisions.findByWorkspaceIdAndActionNot(workspaceId, NEVER_LISTED, page(offset, limit)));
    }

    @Transactional(readOnly = true)
    public long countChanges(long workspaceId) {
        gate.requireRead(workspaceId);
        return revisions.countByWorkspaceIdAndActionNot(workspaceId, NEVER_LISTED);
    }

    /** Every change to one stage, step or hand-over, by its key, newest first. */
    @Transactional(readOnly = true)
    public List<DraftRevisionEntry> changesOf(long workspaceId, String itemKey, int offset, int limit) {
        gate.requireRead(workspaceId);
        return entries(revisions.findByWorkspaceIdAndItemKeyAndActionNot(workspaceId, itemKey, NEVER_LISTED,
                page(offset, limit)));
    }

    @Transactional(readOnly = true)
    public long countChangesOf(long workspaceId, String itemKey) {
        gate.requireRead(workspaceId);
        return revisions.countByWorkspaceIdAndItemKeyAndActionNot(workspaceId, itemKey, NEVER_LISTED);
    }

    /** What the item is, by its latest revision; empty for a key the draft's history does not know. */
    @Transactional(readOnly = true)
    public Optional<DraftItem> item(long workspaceId, String itemKey) {
        gate.requireRead(workspaceId);
        return revisions.findFirstByWorkspaceIdAndItemKeyOrderByIdDesc(workspaceId, itemKey)
                .map(latest -> new DraftItem(latest.kind(), latest.itemKey(), latest.title(),
                        latest.action() == RevisionAction.DELETED || latest.action() == RevisionAction.REMOVED_BY_RESTORE));
    }

    private static Pageable page(int offset, int limit) {
        int size = Math.max(1, limit);
        return PageRequest.of(Math.max(0, offset) / size, size, Sort.by(Sort.Direction.DESC, "id"));
    }

    private List<DraftRevisionEntry> entries(List<DraftRevision> rows) {
        Map<Long, DraftRevision> previous = revisions.findByIdIn(rows.stream().map(DraftRevision::previousId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(DraftRevision::id, Function.identity()));
        Map<Long, String> who = names.of(rows.stream().map(DraftRevision::changedBy).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream().map(row -> new DraftRevisionEntry(row.id(), row.kind(), row.itemKey(), row.title(),
                row.place() == null ? "" : row.place(), row.action(),
                row.changedBy() == null ? PersonNames.FORMER_MEMBER
                        : who.getOrDefault(row.changedBy(), PersonNames.FORMER_MEMBER),
                row.changedAt(),
                RevisionDiff.between(row.previousId() == null ? null : revision(previous.get(row.previousId())),
                        revision(row))))
                .toList();
    }

    private RevisionDiff.Revision revision(DraftRevision row) {
        if (row == null) {
            return null;
        }
        RevisionDiff.Move move = row.movedWhat() == null ? null
                : new RevisionDiff.Move(row.movedWhat(), row.movedFrom(), row.movedTo());
        return new RevisionDiff.Revision(row.kind(), row.action(), row.title(), row.place(),
                row.kind() == Subject.STEP && row.fields() != null ? reader.stepFields(row) : null,
                row.kind() == Subject.HANDOVER && row.fields() != null ? reader.handoverFields(row) : null, move);
    }
}
