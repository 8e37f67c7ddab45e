package org.joinedup.pathway.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.workspace.WorkspaceLimits;

@Entity
@Table(name = "change_proposal")
public class ChangeProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = WorkspaceLimits.SUMMARY_MAX)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status;

    @Column(nullable = false)
    private int revision;

    /** The published version this proposal changes; null for the first publication. */
    @Column(name = "base_version")
    private Integer baseVersion;

    @Column(name = "proposed_content", nullable = false, columnDefinition = "longtext")
    private String proposedContent;

    @Column(name = "affected_settings", nullable = false, length = 200)
    private String affectedSettings;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "opened_by", nullable = false)
    private long openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Version
    private long version;

    protected ChangeProposal() {
    }

    public ChangeProposal(long workspaceId, int number, String summary, Integer baseVersion, String proposedContent,
            Set<CareSetting> affected, LocalDate deadline, long openedBy, Instant openedAt) {
        this.workspaceId = workspaceId;
        this.number = number;
        this.summary = summary;
        this.status = ProposalStatus.OPEN;
        this.revision = 1;
        this.baseVersion = baseVersion;
        this.proposedContent = proposedContent;
        this.affectedSettings = encode(affected);
        this.deadline = deadline;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public void revise(String newSummary, String newContent, Set<CareSetting> affected, LocalDate newDeadline) {
        this.revision++;
        this.summary = newSummary;
        this.proposedContent = newContent;
        this.affectedSettings = encode(affected);
        this.deadline = newDeadline;
        this.remindedOn = null;
    }

    public void close(ProposalStatus outcome, Instant at) {
        this.status = outcome;
        this.closedAt = at;
    }

    public Set<CareSetting> affectedSettings() {
        if (affectedSettings.isEmpty()) {
            return EnumSet.noneOf(CareSetting.class);
        }
        return Arrays.stream(affectedSettings.split(","))
                .map(CareSetting::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CareSetting.class)));
    }

    private static String encode(Set<CareSetting> settings) {
        return settings.stream().sorted().map(CareSetting::name).collect(Collectors.joining(","));
    }

    public Long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public int number() {
        return number;
    }

    public String summary() {
        return summary;
    }

    public ProposalStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public Integer baseVersion() {
        return baseVersion;
    }

    public String proposedContent() {
        return proposedContent;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public long openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public LocalDate remindedOn() {
        return remindedOn;
    }
}
