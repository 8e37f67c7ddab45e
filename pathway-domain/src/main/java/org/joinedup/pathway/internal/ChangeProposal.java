package org.joinedup.pathway.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.joinedup.pathway.proposal.Decision;
import org.joinedup.pathway.proposal.ProposalRevisedException;
import org.joinedup.pathway.proposal.PublicationRefusedException;
import org.joinedup.pathway.proposal.SupersededBecause;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * A change proposal and its rules: who may decide on which revision, what a revision asks
 * again, and when it may be published or withdrawn. Refusals are the exceptions a person
 * is shown; access checks and saving are the service's.
 */
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

    /** Refuses any change once the proposal has been published or withdrawn. */
    public void requireOpen() {
        if (status != ProposalStatus.OPEN) {
            throw new InvalidInputException("proposal", "Proposal " + number + " is "
                    + status.label().toLowerCase(Locale.ROOT) + ": it can no longer change.");
        }
    }

    /**
     * A setting's decision on the revision the person was shown; the setting's standing
     * decision, if any, stops standing. The caller saves the new sign-off.
     *
     * @throws ProposalRevisedException the proposal was revised after that revision was shown
     */
    public SignOff decide(int shownRevision, CareSetting setting, Decision decision, String reason, SignOff standing,
            long personId, Instant at) {
        requireOpen();
        if (revision != shownRevision) {
            throw new ProposalRevisedException(number, shownRevision, revision);
        }
        if (!affectedSettings().contains(setting)) {
            throw new InvalidInputException("setting", "This proposal does not change anything for " + setting.label()
                    + ", so it does not need its sign-off.");
        }
        if (standing != null) {
            standing.supersede(SupersededBecause.DECIDED_AGAIN, at);
        }
        return new SignOff(id, setting, revision, decision, reason, personId, at);
    }

    /** Withdraws the setting's standing objection, so the setting is waiting again. */
    public void withdrawObjection(CareSetting setting, SignOff standing, Instant at) {
        requireOpen();
        if (standing == null || standing.decision() != Decision.OBJECTED) {
            throw new InvalidInputException("setting", setting.label() + " has no objection to withdraw.");
        }
        standing.supersede(SupersededBecause.OBJECTION_WITHDRAWN, at);
    }

    /**
     * Puts forward new content. Decisions of settings whose part it changes
     * ({@code changedFor}), or that it no longer affects, stop standing; agreements to parts
     * it leaves alone stand.
     *
     * @return the settings asked to decide again: those it changes and those it newly affects
     */
    public Set<CareSetting> revise(String newSummary, String newContent, Set<CareSetting> affected, Set<CareSetting> changedFor,
            LocalDate newDeadline, Collection<SignOff> standing, Instant at) {
        requireOpen();
        for (SignOff signOff : standing) {
            if (changedFor.contains(signOff.careSetting()) || !affected.contains(signOff.careSetting())) {
                signOff.supersede(SupersededBecause.PROPOSAL_REVISED, at);
            }
        }
        Set<CareSetting> askAgain = EnumSet.noneOf(CareSetting.class);
        Set<CareSetting> before = affectedSettings();
        for (CareSetting setting : affected) {
            if (changedFor.contains(setting) || !before.contains(setting)) {
                askAgain.add(setting);
            }
        }
        this.revision++;
        this.summary = newSummary;
        this.proposedContent = newContent;
        this.affectedSettings = encode(affected);
        this.deadline = newDeadline;
        this.remindedOn = null;
        return askAgain;
    }

    public void withdraw(Instant at) {
        requireOpen();
        close(ProposalStatus.WITHDRAWN, at);
    }

    /**
     * Closes the proposal as published and says which version number it becomes.
     *
     * @param latestVersion the workspace's latest published version, null when there is none
     * @throws PublicationRefusedException unless every affected setting agrees and nothing was
     *                                     published since the proposal opened
     */
    public int publish(Map<CareSetting, SignOff> standing, Integer latestVersion, Instant at) {
        requireOpen();
        String blocked = blockedBecause(standing);
        if (blocked != null) {
            throw new PublicationRefusedException(blocked);
        }
        if (!Objects.equals(latestVersion, baseVersion)) {
            throw new PublicationRefusedException("Version " + latestVersion + " was published after this proposal "
                    + "opened. Withdraw it and open a new one from the draft.");
        }
        close(ProposalStatus.PUBLISHED, at);
        return latestVersion == null ? 1 : latestVersion + 1;
    }

    /** Why it cannot be published with these standing decisions; null when every affected setting agrees. */
    public String blockedBecause(Map<CareSetting, SignOff> standing) {
        Set<CareSetting> affected = affectedSettings();
        if (affected.isEmpty()) {
            return "No care setting has been asked to agree.";
        }
        List<String> objecting = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (CareSetting setting : affected) {
            SignOff signOff = standing.get(setting);
            if (signOff == null) {
                waiting.add(setting.label());
            } else if (signOff.decision() == Decision.OBJECTED) {
                objecting.add(setting.label());
            }
        }
        if (!objecting.isEmpty()) {
            return String.join(", ", objecting) + " objected. Publish once the objection is withdrawn, or revise the proposal.";
        }
        if (!waiting.isEmpty()) {
            return "Waiting for " + String.join(", ", waiting) + " to agree.";
        }
        return null;
    }

    private void close(ProposalStatus outcome, Instant at) {
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
