package org.joinedup.pathway.internal;

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

import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceVisibility;

@Entity
@Table(name = "workspace")
public class Workspace {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = WorkspaceLimits.TITLE_MAX)
    private String title;

    @Column(name = "condition_name", nullable = false, length = WorkspaceLimits.TITLE_MAX)
    private String condition;

    @Column(nullable = false, length = WorkspaceLimits.TITLE_MAX)
    private String locality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkspaceVisibility visibility;

    /** Set when the published pathway is kept from the library; the reason is shown to members. */
    @Column(name = "confidential_reason", length = WorkspaceLimits.SHORT_TEXT_MAX)
    private String confidentialReason;

    @Column(name = "review_interval_months", nullable = false)
    private int reviewIntervalMonths;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Moved forward by every change to the draft; compared with the last publication. */
    @Column(name = "draft_changed_at", nullable = false)
    private Instant draftChangedAt;

    @Column(name = "review_requested_at")
    private Instant reviewRequestedAt;

    @Column(name = "review_request_reason", length = WorkspaceLimits.SHORT_TEXT_MAX)
    private String reviewRequestReason;

    @Column(name = "review_reminded_on")
    private LocalDate reviewRemindedOn;

    @Version
    private long version;

    protected Workspace() {
    }

    public Workspace(String condition, String locality, WorkspaceVisibility visibility, int reviewIntervalMonths, Instant now) {
        this.createdAt = now;
        this.draftChangedAt = now;
        configure(condition, locality, visibility, reviewIntervalMonths);
    }

    /** The title is "condition — locality", as clinicians name pathways. */
    public static String titleOf(String condition, String locality) {
        return condition + " \u2014 " + locality;
    }

    public void configure(String newCondition, String newLocality, WorkspaceVisibility newVisibility, int months) {
        this.condition = newCondition;
        this.locality = newLocality;
        this.title = titleOf(newCondition, newLocality);
        this.visibility = newVisibility;
        this.reviewIntervalMonths = months;
    }

    public void requestReview(String reason, Instant at) {
        this.reviewRequestReason = reason;
        this.reviewRequestedAt = at;
    }

    /** A new publication is the review: any request for one is answered. */
    public void reviewed() {
        this.reviewRequestReason = null;
        this.reviewRequestedAt = null;
        this.reviewRemindedOn = null;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String condition() {
        return condition;
    }

    public String locality() {
        return locality;
    }

    public WorkspaceVisibility visibility() {
        return visibility;
    }

    public boolean confidential() {
        return confidentialReason != null;
    }

    /** Why the published pathway is kept from the library, or null when it is in it. */
    public String confidentialReason() {
        return confidentialReason;
    }

    /** A blank reason puts the published pathway back in the library. */
    public void keepConfidential(String reason) {
        this.confidentialReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public int reviewIntervalMonths() {
        return reviewIntervalMonths;
    }

    public Instant draftChangedAt() {
        return draftChangedAt;
    }

    public Instant reviewRequestedAt() {
        return reviewRequestedAt;
    }

    public String reviewRequestReason() {
        return reviewRequestReason;
    }

    public LocalDate reviewRemindedOn() {
        return reviewRemindedOn;
    }

    public long version() {
        return version;
    }
}
