package org.joinedup.pathway.notices;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.joinedup.platform.validation.InvalidInputException;

/** One urgent notice and what happened to it: drafted, agreed, withdrawn, asked about after a publication. */
@Entity
@Table(name = "urgent_notice")
class UrgentNotice {

    enum Status {
        DRAFT, PUBLISHED, WITHDRAWN, RETIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(name = "step_key", length = 36)
    private String stepKey;

    @Column(name = "step_title", length = NoticeLimits.TITLE_MAX)
    private String stepTitle;

    @Column(nullable = false, length = NoticeLimits.TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "for_patients", nullable = false)
    private boolean forPatients;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "drafted_by", nullable = false)
    private long draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "agreed_by")
    private Long agreedBy;

    @Column(name = "agreed_as", length = 60)
    private String agreedAs;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "coverage_asked_version")
    private Integer coverageAskedVersion;

    @Column(name = "coverage_answered_by")
    private Long coverageAnsweredBy;

    @Column(name = "coverage_answered_at")
    private Instant coverageAnsweredAt;

    @Version
    private long version;

    protected UrgentNotice() {
    }

    UrgentNotice(long workspaceId, NewNotice notice, String stepTitle, long draftedBy, Instant now) {
        this.workspaceId = workspaceId;
        this.stepKey = stepTitle == null ? null : notice.stepKey();
        this.stepTitle = stepTitle;
        this.title = notice.title().strip();
        this.body = notice.body().strip();
        this.forPatients = notice.forPatients();
        this.expiresOn = notice.expiresOn();
        this.status = Status.DRAFT;
        this.draftedBy = draftedBy;
        this.draftedAt = now;
    }

    /** Published with one agreement; {@code as} names the role it was agreed in. */
    void agree(long personId, String as, LocalDate today, Instant now) {
        if (status != Status.DRAFT) {
            throw new InvalidInputException("notice", "This notice is no longer waiting for agreement.");
        }
        if (expiresOn.isBefore(today)) {
            throw new InvalidInputException("notice", "This notice's last day has passed: a convenor can draft it again "
                    + "with a later date.");
        }
        this.status = Status.PUBLISHED;
        this.agreedBy = personId;
        this.agreedAs = as;
        this.agreedAt = now;
    }

    void withdraw(long personId, Instant now) {
        if (status != Status.DRAFT && status != Status.PUBLISHED) {
            throw new InvalidInputException("notice", "This notice has already been withdrawn or retired.");
        }
        this.status = Status.WITHDRAWN;
        this.withdrawnBy = personId;
        this.withdrawnAt = now;
    }

    /** A new version was published while the notice shows: the convenors are asked whether it is still needed. */
    void askCoverage(int versionNumber) {
        this.coverageAskedVersion = versionNumber;
        this.coverageAnsweredBy = null;
        this.coverageAnsweredAt = null;
    }

    /** The convenor's answer: covered retires the notice, otherwise it stays. */
    void answerCoverage(boolean covered, long personId, Instant now) {
        if (!coverageOpen()) {
            throw new InvalidInputException("notice", "Nobody is being asked whether this notice is still needed.");
        }
        this.coverageAnsweredBy = personId;
        this.coverageAnsweredAt = now;
        if (covered) {
            this.status = Status.RETIRED;
        }
    }

    boolean live(LocalDate today) {
        return status == Status.PUBLISHED && !expiresOn.isBefore(today);
    }

    boolean coverageOpen() {
        return status == Status.PUBLISHED && coverageAskedVersion != null && coverageAnsweredAt == null;
    }

    NoticeState state(LocalDate today) {
        return switch (status) {
            case DRAFT -> NoticeState.WAITING;
            case PUBLISHED -> expiresOn.isBefore(today) ? NoticeState.EXPIRED : NoticeState.LIVE;
            case WITHDRAWN -> NoticeState.WITHDRAWN;
            case RETIRED -> NoticeState.COVERED;
        };
    }

    Long id() { return id; }
    long workspaceId() { return workspaceId; }
    String stepTitle() { return stepTitle; }
    String title() { return title; }
    String body() { return body; }
    boolean forPatients() { return forPatients; }
    LocalDate expiresOn() { return expiresOn; }
    Status status() { return status; }
    long draftedBy() { return draftedBy; }
    Instant draftedAt() { return draftedAt; }
    Long agreedBy() { return agreedBy; }
    String agreedAs() { return agreedAs; }
    Instant agreedAt() { return agreedAt; }
    Long withdrawnBy() { return withdrawnBy; }
    Instant withdrawnAt() { return withdrawnAt; }
    Integer coverageAskedVersion() { return coverageAskedVersion; }
    Long coverageAnsweredBy() { return coverageAnsweredBy; }
    Instant coverageAnsweredAt() { return coverageAnsweredAt; }
}
