package org.joinedup.forums.interfaceissues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One issue in the log. Its status changes only through {@link #moveTo}, which checks the way. */
@Entity(name = "InterfaceIssue")
@Table(name = "interface_issue")
class InterfaceIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InterfaceIssueKind kind;

    @Column(nullable = false, length = InterfaceIssueLimits.TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(name = "owner_organisation_id", nullable = false)
    private long ownerOrganisationId;

    @ElementCollection
    @CollectionTable(name = "interface_issue_organisation", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> organisationIds = new HashSet<>();

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "workspace_id")
    private Long workspaceId;

    @Column(name = "thread_id")
    private Long threadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InterfaceIssueStatus status;

    @Column(name = "raised_by", nullable = false)
    private long raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "change_proposal_id")
    private Long changeProposalId;

    @Column(name = "change_requested_by")
    private Long changeRequestedBy;

    @Column(name = "change_requested_at")
    private Instant changeRequestedAt;

    @Version
    private long version;

    protected InterfaceIssue() {
    }

    InterfaceIssue(InterfaceIssueKind kind, String title, String description, long ownerOrganisationId,
            Set<Long> organisationIds, LocalDate dueDate, Long workspaceId, long raisedBy, Instant raisedAt) {
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.ownerOrganisationId = ownerOrganisationId;
        this.organisationIds = new HashSet<>(organisationIds);
        this.organisationIds.add(ownerOrganisationId);
        this.dueDate = dueDate;
        this.workspaceId = workspaceId;
        this.status = InterfaceIssueStatus.RAISED;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.statusChangedAt = raisedAt;
    }

    void discussedIn(long threadId) {
        this.threadId = threadId;
    }

    void moveTo(InterfaceIssueStatus to, Instant at) {
        if (!status.mayBecome(to)) {
            throw new ImpossibleTransitionException(status.whyNot(to));
        }
        this.status = to;
        this.statusChangedAt = at;
    }

    void changeRequested(long proposalId, long by, Instant at) {
        this.changeProposalId = proposalId;
        this.changeRequestedBy = by;
        this.changeRequestedAt = at;
    }

    boolean overdue(LocalDate today) {
        return status.open() && dueDate.isBefore(today);
    }

    Long id() {
        return id;
    }

    InterfaceIssueKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    long ownerOrganisationId() {
        return ownerOrganisationId;
    }

    Set<Long> organisationIds() {
        return Set.copyOf(organisationIds);
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Long workspaceId() {
        return workspaceId;
    }

    Long threadId() {
        return threadId;
    }

    InterfaceIssueStatus status() {
        return status;
    }

    long raisedBy() {
        return raisedBy;
    }

    Instant raisedAt() {
        return raisedAt;
    }

    Long changeProposalId() {
        return changeProposalId;
    }

    long version() {
        return version;
    }
}
