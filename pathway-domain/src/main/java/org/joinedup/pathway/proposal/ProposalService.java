package org.joinedup.pathway.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.pathway.draft.PathwayChange;
import org.joinedup.pathway.draft.PathwayChange.FieldChange;
import org.joinedup.pathway.draft.PathwayDiff;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.internal.ChangeProposal;
import org.joinedup.pathway.internal.DraftContent;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.ProposalChange;
import org.joinedup.pathway.internal.ProposalRepository;
import org.joinedup.pathway.internal.ProposalStatus;
import org.joinedup.pathway.internal.SignOffRepository;
import org.joinedup.pathway.internal.SnapshotJson;
import org.joinedup.pathway.internal.VersionDocuments;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.internal.WorkspaceNotices;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Agreement before publication. The convenor turns the draft into a change proposal; the
 * care settings it affects are those named on any changed stage, step or hand-over,
 * before or after the change. Each affected setting's representative agrees or objects;
 * an objection blocks until it is withdrawn or the proposal is revised, and a revision
 * asks again only the settings its own changes touch. {@link #publish} is the one way a
 * version comes into being, and it refuses unless every affected setting has agreed.
 * Sign-offs and publication lock the proposal row, so an objection cannot slip past a
 * publication happening at the same moment. The rules are the proposal's own
 * ({@link ChangeProposal}) and how it reads is {@link ProposalQueries}'; this service
 * checks access, holds the transaction and tells the workspace.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class ProposalService {

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);
    private static final int LONGEST_DEADLINE_DAYS = 365;
    /** The sign-off deadline of a proposal opened by a change request, as the proposal page offers by default. */
    static final int REQUESTED_CHANGE_DEADLINE_DAYS = 14;

    private final WorkspaceRepository workspaces;
    private final ProposalRepository proposals;
    private final SignOffRepository signOffs;
    private final VersionRepository versions;
    private final DraftContent drafts;
    private final WorkspaceGate gate;
    private final ProposalQueries queries;
    private final WorkspaceActivity activity;
    private final WorkspaceNotices notices;
    private final SnapshotJson json;
    private final PersonNames names;
    private final IdentifierScreening screening;
    private final VersionDocuments versionDocuments;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProposalService(WorkspaceRepository workspaces, ProposalRepository proposals, SignOffRepository signOffs,
            VersionRepository versions, DraftContent drafts, WorkspaceGate gate, ProposalQueries queries,
            WorkspaceActivity activity, WorkspaceNotices notices, SnapshotJson json, PersonNames names,
            IdentifierScreening screening, VersionDocuments versionDocuments, Clock clock,
            ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.proposals = proposals;
        this.signOffs = signOffs;
        this.versions = versions;
        this.drafts = drafts;
        this.gate = gate;
        this.queries = queries;
        this.activity = activity;
        this.notices = notices;
        this.json = json;
        this.names = names;
        this.screening = screening;
        this.versionDocuments = versionDocuments;
        this.clock = clock;
        this.events = events;
    }

    /** What the draft changes compared with the last published version: what a proposal would put forward. */
    @Transactional(readOnly = true)
    public List<PathwayChange> draftChanges(long workspaceId) {
        gate.requireRead(workspaceId);
        return PathwayDiff.between(publishedContent(workspaceId), drafts.snapshot(workspaceId));
    }

    @Transactional
    public ProposalDetails open(long workspaceId, @ProposalSummary String summary, LocalDate deadline) {
        gate.requireConvenor(workspaceId);
        return openFromDraft(workspaceId, summary, deadline);
    }

    /**
     * A design-forum meeting's decision, or a resolved interface issue, asks for the pathway
     * to change. The request becomes a paragraph, "Asked for at {@code source}: {@code reason}",
     * screened for patient identifiers like every summary, and:
     * <ul>
     * <li>when the workspace has an open proposal, the paragraph is added to the end of its
     * summary. That is a revision of the proposal with its content unchanged: the revision
     * number goes up, so a decision on the earlier wording is refused as stale
     * ({@link ProposalRevisedException}), and every setting the proposal affects is asked to
     * decide again, since the proposal now says the pathway should change further, which they
     * did not agree to. The draft's own changes are put forward only when the convenor revises
     * it. A summary that would grow past {@link WorkspaceLimits#SUMMARY_MAX} characters is
     * refused and the proposal is left as it was;</li>
     * <li>otherwise a proposal is opened from the draft with the paragraph as its summary and a
     * sign-off deadline {@value #REQUESTED_CHANGE_DEADLINE_DAYS} days away, which the convenor
     * changes by revising. Opening refuses exactly as {@link #open} does, with the same
     * {@link InvalidInputException}: the draft is empty or the same as the latest version
     * (nothing to propose), its changes name no care setting, or a decision's branch leads to a
     * deleted step.</li>
     * </ul>
     * Only the workspace's convenors may ask, as only they open and revise proposals; it is
     * audited and told to the workspace as an opening or a revision is.
     */
    @Transactional
    public ChangeRequestOutcome requestChange(long workspaceId, @Valid ChangeRequest request) {
        gate.requireConvenor(workspaceId);
        screening.requireNone("a change asked for in workspace " + workspaceId, Map.of("reason", request.reason()));
        String asked = "Asked for at " + request.source().strip() + ": " + request.reason().strip();
        Optional<ChangeProposal> open = proposals.findByWorkspaceIdAndStatus(workspaceId, ProposalStatus.OPEN);
        if (open.isEmpty()) {
            if (asked.length() > WorkspaceLimits.SUMMARY_MAX) {
                throw new InvalidInputException("reason", "A proposal's summary is at most " + WorkspaceLimits.SUMMARY_MAX
                        + " characters, and this request would make it " + asked.length() + ". Shorten the reason.");
            }
            ProposalDetails opened = openFromDraft(workspaceId, asked,
                    PortalTime.today(clock).plusDays(REQUESTED_CHANGE_DEADLINE_DAYS));
            return new ChangeRequestOutcome(opened.id(), true);
        }
        ChangeProposal proposal = lockOpen(open.get().id());
        Workspace workspace = workspaces.lockById(workspaceId).orElseThrow();
        String summary = proposal.summary() + "\n\n" + asked;
        if (summary.length() > WorkspaceLimits.SUMMARY_MAX) {
            throw new InvalidInputException("reason", "Proposal " + proposal.number() + "'s summary is at most "
                    + WorkspaceLimits.SUMMARY_MAX + " characters, and adding this request would make it " + summary.length()
                    + ". Shorten the reason, or shorten the proposal's summary by revising it first.");
        }
        Set<CareSetting> affected = proposal.affectedSettings();
        Set<CareSetting> askAgain = proposal.revise(summary, proposal.proposedContent(), affected, affected,
                proposal.deadline(), signOffs.findByProposalIdAndSupersededFalse(proposal.id()), clock.instant());
        proposals.saveAndFlush(proposal);
        activity.record(new ProposalChange.ChangeAskedFor(workspaceId, proposal.id(), proposal.number(),
                proposal.revision(), askAgain, request.source().strip(), request.reason().strip()));
        notices.signOffRequested(workspaceId, workspace.title(), proposal.number(), askAgain);
        log.info("Change asked for from {} added to proposal {} in workspace {}", request.source().strip(),
                proposal.number(), workspaceId);
        return new ChangeRequestOutcome(proposal.id(), false);
    }

    /** Opens a proposal from the draft; the caller has checked that the person convenes the workspace. */
    private ProposalDetails openFromDraft(long workspaceId, String summary, LocalDate deadline) {
        Workspace workspace = workspaces.lockById(workspaceId).orElseThrow();
        String checkedSummary = summary(summary);
        checkDeadline(deadline);
        proposals.findByWorkspaceIdAndStatus(workspaceId, ProposalStatus.OPEN).ifPresent(open -> {
            throw new InvalidInputException("proposal", "Proposal " + open.number()
                    + " is still open. Revise it with the draft's changes, or withdraw it first.");
        });
        Optional<PathwayVersion> base = versions.findFirstByWorkspaceIdOrderByNumberDesc(workspaceId);
        PathwaySnapshot proposed = drafts.snapshot(workspaceId);
        refuseBrokenBranches(proposed);
        Set<CareSetting> affected = affected(base.map(version -> json.read(version.content())).orElse(PathwaySnapshot.EMPTY),
                proposed, base.map(PathwayVersion::number).orElse(null));
        ChangeProposal proposal = proposals.saveAndFlush(new ChangeProposal(workspaceId, proposals.lastNumber(workspaceId) + 1,
                checkedSummary, base.map(PathwayVersion::number).orElse(null), json.write(proposed), affected, deadline,
                CurrentPerson.id(), clock.instant()));
        activity.record(new ProposalChange.ProposalOpened(workspaceId, proposal.id(), proposal.number(), affected,
                deadline, checkedSummary));
        notices.signOffRequested(workspaceId, workspace.title(), proposal.number(), affected);
        log.info("Proposal {} opened in workspace {} for {}", proposal.number(), workspaceId, affected);
        return queries.details(proposal, workspace);
    }

    /** The workspace's open proposal, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ProposalDetails> openProposal(long workspaceId) {
        gate.requireRead(workspaceId);
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow();
        return proposals.findByWorkspaceIdAndStatus(workspaceId, ProposalStatus.OPEN).map(p -> queries.details(p, workspace));
    }

    /**
     * Agrees for the setting to the revision the person was shown.
     *
     * @throws ProposalRevisedException the proposal has been revised since that revision
     */
    @Transactional
    public ProposalDetails agree(long proposalId, int revision, CareSetting setting) {
        return decide(proposalId, revision, setting, Decision.AGREED, null);
    }

    /**
     * Objects for the setting to the revision the person was shown.
     *
     * @throws ProposalRevisedException the proposal has been revised since that revision
     */
    @Transactional
    public ProposalDetails object(long proposalId, int revision, CareSetting setting,
            @NotBlank(message = "Say why you object, so the convenor and editors can respond.")
            @Size(max = WorkspaceLimits.REASON_MAX, message = "Keep the reason to " + WorkspaceLimits.REASON_MAX
                    + " characters.") String reason) {
        String stripped = reason.strip();
        screening.requireNone("an objection to proposal " + proposalId, Map.of("reason", reason));
        return decide(proposalId, revision, setting, Decision.OBJECTED, stripped);
    }

    @Transactional
    public ProposalDetails withdrawObjection(long proposalId, CareSetting setting) {
        ChangeProposal proposal = lockOpen(proposalId);
        gate.requireSignOff(proposal.workspaceId(), setting);
        proposal.withdrawObjection(setting, signOffs.standing(proposalId).get(setting), clock.instant());
        activity.record(new ProposalChange.ObjectionWithdrawn(proposal.workspaceId(), proposalId, proposal.number(),
                setting));
        return queries.details(proposal, workspaces.findById(proposal.workspaceId()).orElseThrow());
    }

    /**
     * Replaces the proposal's content with the draft as it is now. Settings whose part the
     * revision changes (and settings newly affected) are asked again; agreements to parts
     * it leaves alone stand.
     */
    @Transactional
    public ProposalDetails revise(long proposalId, @ProposalSummary String summary, LocalDate deadline) {
        ChangeProposal proposal = lockOpen(proposalId);
        gate.requireConvenor(proposal.workspaceId());
        Workspace workspace = workspaces.lockById(proposal.workspaceId()).orElseThrow();
        String checkedSummary = summary(summary);
        checkDeadline(deadline);
        PathwaySnapshot previous = json.read(proposal.proposedContent());
        PathwaySnapshot revised = drafts.snapshot(proposal.workspaceId());
        refuseBrokenBranches(revised);
        List<PathwayChange> revision = PathwayDiff.between(previous, revised);
        if (revision.isEmpty()) {
            throw new InvalidInputException("proposal", "The draft has not changed since revision " + proposal.revision()
                    + ". Edit the draft first, or change only the summary and deadline by withdrawing and reopening.");
        }
        Set<CareSetting> affected = affected(publishedContent(proposal.workspaceId()), revised, proposal.baseVersion());
        Set<CareSetting> askAgain = proposal.revise(checkedSummary, json.write(revised), affected,
                PathwayDiff.affectedSettings(revision), deadline, signOffs.findByProposalIdAndSupersededFalse(proposalId),
                clock.instant());
        proposals.saveAndFlush(proposal);
        activity.record(new ProposalChange.ProposalRevised(proposal.workspaceId(), proposalId, proposal.number(),
                proposal.revision(), askAgain, checkedSummary));
        notices.signOffRequested(proposal.workspaceId(), workspace.title(), proposal.number(), askAgain);
        return queries.details(proposal, workspace);
    }

    @Transactional
    public void withdraw(long proposalId) {
        ChangeProposal proposal = lockOpen(proposalId);
        gate.requireConvenor(proposal.workspaceId());
        proposal.withdraw(clock.instant());
        activity.record(new ProposalChange.ProposalWithdrawn(proposal.workspaceId(), proposalId, proposal.number()));
    }

    /**
     * Publishes the proposal as a new, immutable version.
     *
     * @throws PublicationRefusedException unless every affected setting has agreed, or when a
     *                                     decision's branch leads to a step that is not there
     */
    @Transactional
    public VersionSummary publish(long proposalId) {
        ChangeProposal proposal = lockOpen(proposalId);
        gate.requireConvenor(proposal.workspaceId());
        Workspace workspace = workspaces.lockById(proposal.workspaceId()).orElseThrow();
        Optional<PathwayVersion> previous = versions.findFirstByWorkspaceIdOrderByNumberDesc(proposal.workspaceId());
        Integer latest = previous.map(PathwayVersion::number).orElse(null);
        List<PathwaySnapshot.BrokenBranch> broken = json.read(proposal.proposedContent()).brokenBranches();
        if (!broken.isEmpty()) {
            log.warn("Publication of proposal {} in workspace {} refused: {} broken branch(es)", proposal.number(),
                    proposal.workspaceId(), broken.size());
            throw new PublicationRefusedException(PathwaySnapshot.brokenBranchesMessage(broken));
        }
        int number;
        try {
            number = proposal.publish(signOffs.standing(proposalId), latest, clock.instant());
        } catch (PublicationRefusedException refused) {
            log.warn("Publication of proposal {} in workspace {} refused: {}", proposal.number(), proposal.workspaceId(),
                    refused.getMessage());
            throw refused;
        }
        LocalDate reviewDue = PortalTime.today(clock).plusMonths(workspace.reviewIntervalMonths());
        PathwayVersion version = versions.saveAndFlush(new PathwayVersion(proposal.workspaceId(), number, proposalId,
                proposal.summary(), proposal.proposedContent(), CurrentPerson.id(), clock.instant(), reviewDue));
        versionDocuments.keep(version);
        workspace.reviewed();
        activity.record(new ProposalChange.ProposalPublished(proposal.workspaceId(), proposalId, proposal.number(), number,
                queries.agreements(proposal), reviewDue));
        notices.published(proposal.workspaceId(), workspace.title(), number);
        events.publishEvent(new VersionPublished(proposal.workspaceId(), workspace.title(), number, version.publishedAt(),
                stepChanges(previous.map(earlier -> json.read(earlier.content())).orElse(PathwaySnapshot.EMPTY),
                        json.read(version.content()))));
        log.info("Workspace {} published version {}", proposal.workspaceId(), number);
        return PathwayHistory.summary(version, proposal.number(), names.of(version.publishedBy()),
                queries.agreements(proposal));
    }

    /** The steps that differ between two versions, each with a short sentence saying how. */
    static List<VersionPublished.StepChange> stepChanges(PathwaySnapshot before, PathwaySnapshot after) {
        List<VersionPublished.StepChange> steps = new ArrayList<>();
        for (PathwayChange change : PathwayDiff.between(before, after)) {
            if (change.subject() != PathwayChange.Subject.STEP) {
                continue;
            }
            String summary = switch (change.kind()) {
                case ADDED -> "Added.";
                case REMOVED -> "Removed.";
                case CHANGED -> "Changed: "
                        + String.join(", ", change.fields().stream().map(FieldChange::field).toList()) + ".";
            };
            steps.add(new VersionPublished.StepChange(change.key(), change.title(), summary));
        }
        return steps;
    }

    private ProposalDetails decide(long proposalId, int shownRevision, CareSetting setting, Decision decision,
            String reason) {
        ChangeProposal proposal = lockOpen(proposalId);
        gate.requireSignOff(proposal.workspaceId(), setting);
        try {
            signOffs.save(proposal.decide(shownRevision, setting, decision, reason, signOffs.standing(proposalId).get(setting),
                    CurrentPerson.id(), clock.instant()));
        } catch (ProposalRevisedException revised) {
            log.info("Refused a decision for {} on revision {} of proposal {}; it is at revision {}", setting,
                    shownRevision, proposalId, revised.currentRevision());
            throw revised;
        }
        signOffs.flush();
        Workspace workspace = workspaces.findById(proposal.workspaceId()).orElseThrow();
        activity.record(decision == Decision.AGREED
                ? new ProposalChange.ProposalAgreed(proposal.workspaceId(), proposalId, proposal.number(),
                        proposal.revision(), setting)
                : new ProposalChange.ProposalObjected(proposal.workspaceId(), proposalId, proposal.number(),
                        proposal.revision(), setting, reason));
        if (decision == Decision.OBJECTED) {
            notices.objected(proposal.workspaceId(), workspace.title(), proposal.number(), setting);
        }
        return queries.details(proposal, workspace);
    }

    private ChangeProposal lockOpen(long proposalId) {
        ChangeProposal proposal = proposals.lockById(proposalId)
                .orElseThrow(() -> new InvalidInputException("proposal", "There is no such proposal."));
        gate.requireRead(proposal.workspaceId());
        proposal.requireOpen();
        return proposal;
    }

    private Set<CareSetting> affected(PathwaySnapshot base, PathwaySnapshot proposed, Integer baseVersion) {
        List<PathwayChange> changes = PathwayDiff.between(base, proposed);
        if (changes.isEmpty()) {
            throw new InvalidInputException("proposal", baseVersion == null
                    ? "The draft is empty. Add stages and steps before proposing it."
                    : "The draft is the same as version " + baseVersion + ": there is nothing to propose.");
        }
        Set<CareSetting> affected = PathwayDiff.affectedSettings(changes);
        if (affected.isEmpty()) {
            throw new InvalidInputException("proposal", "These changes name no care setting (an empty stage, say), so nobody"
                    + " could agree to them. Add the steps that belong to it first.");
        }
        return affected;
    }

    /** A decision whose branch leads to a deleted step cannot be put forward: nobody could follow it. */
    private static void refuseBrokenBranches(PathwaySnapshot content) {
        List<PathwaySnapshot.BrokenBranch> broken = content.brokenBranches();
        if (!broken.isEmpty()) {
            throw new InvalidInputException("proposal", PathwaySnapshot.brokenBranchesMessage(broken));
        }
    }

    private PathwaySnapshot publishedContent(long workspaceId) {
        return versions.findFirstByWorkspaceIdOrderByNumberDesc(workspaceId).map(version -> json.read(version.content()))
                .orElse(PathwaySnapshot.EMPTY);
    }

    private void checkDeadline(LocalDate deadline) {
        LocalDate today = PortalTime.today(clock);
        if (deadline == null || deadline.isBefore(today)) {
            throw new InvalidInputException("deadline", "Choose a deadline from today onwards.");
        }
        if (deadline.isAfter(today.plusDays(LONGEST_DEADLINE_DAYS))) {
            throw new InvalidInputException("deadline", "Choose a deadline within a year.");
        }
    }

    private String summary(String summary) {
        screening.requireNone("a proposal summary", Map.of("summary", summary));
        return summary.strip();
    }
}
