package org.joinedup.pathway.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.InvalidInputException;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.time.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreement before publication. The convenor turns the draft into a change proposal; the
 * care settings it affects are those named on any changed stage, step or hand-over,
 * before or after the change. Each affected setting's representative agrees or objects;
 * an objection blocks until it is withdrawn or the proposal is revised, and a revision
 * asks again only the settings its own changes touch. {@link #publish} is the one way a
 * version comes into being, and it refuses unless every affected setting has agreed.
 * Sign-offs and publication lock the proposal row, so an objection cannot slip past a
 * publication happening at the same moment.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class ProposalService {

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);
    private static final int LONGEST_DEADLINE_DAYS = 365;

    private final WorkspaceRepository workspaces;
    private final ProposalRepository proposals;
    private final SignOffRepository signOffs;
    private final VersionRepository versions;
    private final DraftService drafts;
    private final WorkspaceGate gate;
    private final RepresentationRule representation;
    private final WorkspaceActivity activity;
    private final WorkspaceNotices notices;
    private final SnapshotJson json;
    private final PersonNames names;
    private final IdentifierScreening screening;
    private final EntityManager entityManager;
    private final Clock clock;

    ProposalService(WorkspaceRepository workspaces, ProposalRepository proposals, SignOffRepository signOffs,
            VersionRepository versions, DraftService drafts, WorkspaceGate gate, RepresentationRule representation,
            WorkspaceActivity activity, WorkspaceNotices notices, SnapshotJson json, PersonNames names,
            IdentifierScreening screening, EntityManager entityManager, Clock clock) {
        this.workspaces = workspaces;
        this.proposals = proposals;
        this.signOffs = signOffs;
        this.versions = versions;
        this.drafts = drafts;
        this.gate = gate;
        this.representation = representation;
        this.activity = activity;
        this.notices = notices;
        this.json = json;
        this.names = names;
        this.screening = screening;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What the draft changes compared with the last published version: what a proposal would put forward. */
    @Transactional(readOnly = true)
    public List<PathwayChange> draftChanges(long workspaceId) {
        gate.requireRead(workspaceId);
        return PathwayDiff.between(publishedContent(workspaceId), drafts.currentSnapshot(workspaceId));
    }

    @Transactional
    public ProposalDetails open(long workspaceId, @ProposalSummary String summary, LocalDate deadline) {
        gate.requireConvenor(workspaceId);
        Workspace workspace = workspaces.lockById(workspaceId).orElseThrow();
        String checkedSummary = summary(summary);
        checkDeadline(deadline);
        proposals.findByWorkspaceIdAndStatus(workspaceId, ProposalStatus.OPEN).ifPresent(open -> {
            throw new InvalidInputException("proposal", "Proposal " + open.number()
                    + " is still open. Revise it with the draft's changes, or withdraw it first.");
        });
        Optional<PathwayVersion> base = versions.findFirstByWorkspaceIdOrderByNumberDesc(workspaceId);
        PathwaySnapshot proposed = drafts.currentSnapshot(workspaceId);
        Set<CareSetting> affected = affected(base.map(version -> json.read(version.content())).orElse(PathwaySnapshot.EMPTY),
                proposed, base.map(PathwayVersion::number).orElse(null));
        ChangeProposal proposal = proposals.saveAndFlush(new ChangeProposal(workspaceId, proposals.lastNumber(workspaceId) + 1,
                checkedSummary, base.map(PathwayVersion::number).orElse(null), json.write(proposed), affected, deadline,
                CurrentPerson.id(), clock.instant()));
        activity.changed(workspaceId, "proposal.opened", "Opened proposal " + proposal.number() + " (needs "
                + labels(affected) + "; deadline " + deadline + "): " + checkedSummary, Kind.PROPOSAL_CHANGED,
                proposal.id(), "opened proposal " + proposal.number());
        notices.signOffRequested(workspaceId, workspace.title(), proposal.number(), affected);
        log.info("Proposal {} opened in workspace {} for {}", proposal.number(), workspaceId, affected);
        return details(proposal, workspace);
    }

    /** The workspace's open proposal, if there is one. */
    @Transactional(readOnly = true)
    public Optional<ProposalDetails> openProposal(long workspaceId) {
        gate.requireRead(workspaceId);
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow();
        return proposals.findByWorkspaceIdAndStatus(workspaceId, ProposalStatus.OPEN).map(p -> details(p, workspace));
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
        SignOff objection = current(proposal).get(setting);
        if (objection == null || objection.decision() != Decision.OBJECTED) {
            throw new InvalidInputException("setting", setting.label() + " has no objection to withdraw.");
        }
        objection.supersede(SupersededBecause.OBJECTION_WITHDRAWN, clock.instant());
        activity.changed(proposal.workspaceId(), "proposal.objection-withdrawn", setting.label()
                + " withdrew its objection to proposal " + proposal.number(), Kind.PROPOSAL_CHANGED, proposalId,
                "withdrew the objection of " + setting.label());
        return details(proposal, workspaces.findById(proposal.workspaceId()).orElseThrow());
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
        PathwaySnapshot revised = drafts.currentSnapshot(proposal.workspaceId());
        List<PathwayChange> revision = PathwayDiff.between(previous, revised);
        if (revision.isEmpty()) {
            throw new InvalidInputException("proposal", "The draft has not changed since revision " + proposal.revision()
                    + ". Edit the draft first, or change only the summary and deadline by withdrawing and reopening.");
        }
        Set<CareSetting> restarted = PathwayDiff.affectedSettings(revision);
        Set<CareSetting> affected = affected(publishedContent(proposal.workspaceId()), revised, proposal.baseVersion());
        Set<CareSetting> askAgain = EnumSet.noneOf(CareSetting.class);
        for (SignOff signOff : signOffs.findByProposalIdAndSupersededFalse(proposalId)) {
            if (restarted.contains(signOff.careSetting()) || !affected.contains(signOff.careSetting())) {
                signOff.supersede(SupersededBecause.PROPOSAL_REVISED, clock.instant());
            }
        }
        askAgain.addAll(affected);
        askAgain.retainAll(union(restarted, difference(affected, proposal.affectedSettings())));
        proposal.revise(checkedSummary, json.write(revised), affected, deadline);
        proposals.saveAndFlush(proposal);
        activity.changed(proposal.workspaceId(), "proposal.revised", "Revised proposal " + proposal.number() + " to revision "
                + proposal.revision() + "; sign-off restarted for " + labels(askAgain) + ": " + checkedSummary,
                Kind.PROPOSAL_CHANGED, proposalId, "revised proposal " + proposal.number());
        notices.signOffRequested(proposal.workspaceId(), workspace.title(), proposal.number(), askAgain);
        return details(proposal, workspace);
    }

    @Transactional
    public void withdraw(long proposalId) {
        ChangeProposal proposal = lockOpen(proposalId);
        gate.requireConvenor(proposal.workspaceId());
        proposal.close(ProposalStatus.WITHDRAWN, clock.instant());
        activity.changed(proposal.workspaceId(), "proposal.withdrawn", "Withdrew proposal " + proposal.number(),
                Kind.PROPOSAL_CHANGED, proposalId, "withdrew proposal " + proposal.number());
    }

    /**
     * Publishes the proposal as a new, immutable version.
     *
     * @throws PublicationRefusedException unless every affected setting has agreed
     */
    @Transactional
    public VersionSummary publish(long proposalId) {
        ChangeProposal proposal = lockOpen(proposalId);
        gate.requireConvenor(proposal.workspaceId());
        Workspace workspace = workspaces.lockById(proposal.workspaceId()).orElseThrow();
        String blocked = blockedBecause(proposal, current(proposal));
        if (blocked != null) {
            log.warn("Publication of proposal {} in workspace {} refused: {}", proposal.number(), proposal.workspaceId(), blocked);
            throw new PublicationRefusedException(blocked);
        }
        Integer latest = versions.findFirstByWorkspaceIdOrderByNumberDesc(proposal.workspaceId())
                .map(PathwayVersion::number).orElse(null);
        if (!Objects.equals(latest, proposal.baseVersion())) {
            throw new PublicationRefusedException("Version " + latest + " was published after this proposal opened. "
                    + "Withdraw it and open a new one from the draft.");
        }
        int number = latest == null ? 1 : latest + 1;
        LocalDate reviewDue = PortalTime.today(clock).plusMonths(workspace.reviewIntervalMonths());
        PathwayVersion version = versions.saveAndFlush(new PathwayVersion(proposal.workspaceId(), number, proposalId,
                proposal.summary(), proposal.proposedContent(), CurrentPerson.id(), clock.instant(), reviewDue));
        proposal.close(ProposalStatus.PUBLISHED, clock.instant());
        workspace.reviewed();
        activity.changed(proposal.workspaceId(), "proposal.published", "Published proposal " + proposal.number()
                + " as version " + number + " with the agreement of " + agreementsText(proposal) + "; review due " + reviewDue,
                Kind.PROPOSAL_CHANGED, proposalId, "published version " + number);
        notices.published(proposal.workspaceId(), workspace.title(), number);
        log.info("Workspace {} published version {}", proposal.workspaceId(), number);
        return PathwayHistory.summary(version, proposal.number(), names.of(version.publishedBy()), agreements(proposal));
    }

    private ProposalDetails decide(long proposalId, int shownRevision, CareSetting setting, Decision decision,
            String reason) {
        ChangeProposal proposal = lockOpen(proposalId);
        gate.requireSignOff(proposal.workspaceId(), setting);
        if (proposal.revision() != shownRevision) {
            log.info("Refused a decision for {} on revision {} of proposal {}; it is at revision {}", setting,
                    shownRevision, proposalId, proposal.revision());
            throw new ProposalRevisedException(proposal.number(), shownRevision, proposal.revision());
        }
        if (!proposal.affectedSettings().contains(setting)) {
            throw new InvalidInputException("setting", "This proposal does not change anything for " + setting.label()
                    + ", so it does not need its sign-off.");
        }
        SignOff previous = current(proposal).get(setting);
        if (previous != null) {
            previous.supersede(SupersededBecause.DECIDED_AGAIN, clock.instant());
        }
        signOffs.save(new SignOff(proposalId, setting, proposal.revision(), decision, reason, CurrentPerson.id(),
                clock.instant()));
        signOffs.flush();
        Workspace workspace = workspaces.findById(proposal.workspaceId()).orElseThrow();
        activity.changed(proposal.workspaceId(), decision == Decision.AGREED ? "proposal.agreed" : "proposal.objected",
                setting.label() + (decision == Decision.AGREED ? " agreed to" : " objected to") + " proposal "
                        + proposal.number() + " revision " + proposal.revision() + (reason == null ? "" : ": " + reason),
                Kind.PROPOSAL_CHANGED, proposalId, (decision == Decision.AGREED ? "agreed to" : "objected to")
                        + " proposal " + proposal.number() + " for " + setting.label());
        if (decision == Decision.OBJECTED) {
            notices.objected(proposal.workspaceId(), workspace.title(), proposal.number(), setting);
        }
        return details(proposal, workspace);
    }

    private ChangeProposal lockOpen(long proposalId) {
        ChangeProposal proposal = proposals.lockById(proposalId)
                .orElseThrow(() -> new InvalidInputException("proposal", "There is no such proposal."));
        gate.requireRead(proposal.workspaceId());
        if (proposal.status() != ProposalStatus.OPEN) {
            throw new InvalidInputException("proposal", "Proposal " + proposal.number() + " is "
                    + proposal.status().label().toLowerCase(Locale.ROOT) + ": it can no longer change.");
        }
        return proposal;
    }

    /** Every affected setting has a standing agreement: the single rule publication depends on. */
    static String blockedBecause(ChangeProposal proposal, Map<CareSetting, SignOff> standing) {
        List<String> objecting = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (CareSetting setting : proposal.affectedSettings()) {
            SignOff signOff = standing.get(setting);
            if (signOff == null) {
                waiting.add(setting.label());
            } else if (signOff.decision() == Decision.OBJECTED) {
                objecting.add(setting.label());
            }
        }
        if (proposal.affectedSettings().isEmpty()) {
            return "No care setting has been asked to agree.";
        }
        if (!objecting.isEmpty()) {
            return String.join(", ", objecting) + " objected. Publish once the objection is withdrawn, or revise the proposal.";
        }
        if (!waiting.isEmpty()) {
            return "Waiting for " + String.join(", ", waiting) + " to agree.";
        }
        return null;
    }

    private Map<CareSetting, SignOff> current(ChangeProposal proposal) {
        return signOffs.standing(proposal.id());
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

    private PathwaySnapshot publishedContent(long workspaceId) {
        return versions.findFirstByWorkspaceIdOrderByNumberDesc(workspaceId).map(version -> json.read(version.content()))
                .orElse(PathwaySnapshot.EMPTY);
    }

    ProposalDetails details(ChangeProposal proposal, Workspace workspace) {
        WorkspacePermissions me = gate.permissions(proposal.workspaceId());
        Map<CareSetting, SignOff> standing = current(proposal);
        Map<Long, String> people = names.of(standing.values().stream().map(SignOff::personId).collect(Collectors.toSet()));
        Map<CareSetting, List<String>> representatives = representatives(proposal.workspaceId());
        List<SettingSignOff> settings = proposal.affectedSettings().stream().map(setting -> {
            SignOff signOff = standing.get(setting);
            SignOffState state = signOff == null ? SignOffState.WAITING
                    : signOff.decision() == Decision.AGREED ? SignOffState.AGREED : SignOffState.OBJECTED;
            SignOff lapsed = signOff == null ? lapsed(proposal, setting) : null;
            return new SettingSignOff(setting, state, signOff == null ? null : people.get(signOff.personId()),
                    signOff == null ? null : signOff.decidedAt(), signOff == null ? null : signOff.reason(),
                    signOff == null ? proposal.revision() : signOff.revision(),
                    representatives.getOrDefault(setting, List.of()), me.signsFor().contains(setting),
                    lapsed == null ? null : new SettingSignOff.Lapse(names.of(lapsed.personId()),
                            lapsed.supersededBecause(), lapsed.supersededAt()));
        }).toList();
        Set<CareSetting> mine = me.signsFor().isEmpty() ? ownSetting() : me.signsFor();
        PathwayChangeSplit split = PathwayChangeSplit.of(PathwayDiff.between(
                proposal.baseVersion() == null ? PathwaySnapshot.EMPTY
                        : json.read(versions.findByWorkspaceIdAndNumber(proposal.workspaceId(), proposal.baseVersion())
                                .orElseThrow().content()),
                json.read(proposal.proposedContent())), mine);
        String blocked = proposal.status() == ProposalStatus.OPEN ? blockedBecause(proposal, standing) : null;
        LocalDate today = PortalTime.today(clock);
        return new ProposalDetails(proposal.id(), proposal.workspaceId(), workspace.title(), proposal.number(),
                proposal.status(), proposal.revision(), proposal.summary(), proposal.deadline(),
                proposal.status() == ProposalStatus.OPEN && proposal.deadline().isBefore(today),
                names.of(proposal.openedBy()), proposal.openedAt(), proposal.baseVersion(), settings, split.forMe(),
                split.others(), proposal.status() == ProposalStatus.OPEN && blocked == null, blocked);
    }

    private record PathwayChangeSplit(List<PathwayChange> forMe, List<PathwayChange> others) {
        static PathwayChangeSplit of(List<PathwayChange> changes, Set<CareSetting> mine) {
            List<PathwayChange> forMe = new ArrayList<>();
            List<PathwayChange> others = new ArrayList<>();
            for (PathwayChange change : changes) {
                (Collections.disjoint(change.touches(), mine) ? others : forMe).add(change);
            }
            return new PathwayChangeSplit(List.copyOf(forMe), List.copyOf(others));
        }
    }

    private Set<CareSetting> ownSetting() {
        CareSetting setting = entityManager.createQuery("select p.careSetting from Person p where p.id = :me", CareSetting.class)
                .setParameter("me", CurrentPerson.id()).getResultStream().findFirst().orElse(null);
        return setting == null ? EnumSet.noneOf(CareSetting.class) : EnumSet.of(setting);
    }

    /** A waiting setting's last decision, when it stopped standing because its signatory could no longer sign. */
    private SignOff lapsed(ChangeProposal proposal, CareSetting setting) {
        return signOffs.findFirstByProposalIdAndCareSettingAndSupersededTrueOrderBySupersededAtDescIdDesc(proposal.id(),
                setting).filter(last -> last.supersededBecause() != null && last.supersededBecause().lapse()).orElse(null);
    }

    /** Who can sign for each setting now: appointed, and working in it or holding an exception. */
    private Map<CareSetting, List<String>> representatives(long workspaceId) {
        return entityManager.createQuery("select m as member, p.displayName as name from WorkspaceMember m "
                        + "join Person p on p.id = m.personId where m.workspaceId = :workspace and m.role = :role "
                        + "order by p.displayName", Tuple.class)
                .setParameter("workspace", workspaceId)
                .setParameter("role", WorkspaceRole.SETTING_REPRESENTATIVE)
                .getResultStream()
                .filter(row -> representation.signs(row.get("member", WorkspaceMember.class)))
                .collect(Collectors.groupingBy(row -> row.get("member", WorkspaceMember.class).careSetting(),
                        Collectors.mapping(row -> row.get("name", String.class), Collectors.toList())));
    }

    List<Agreement> agreements(ChangeProposal proposal) {
        List<SignOff> agreed = signOffs.findByProposalIdAndSupersededFalse(proposal.id()).stream()
                .filter(signOff -> signOff.decision() == Decision.AGREED).toList();
        Map<Long, String> people = names.of(agreed.stream().map(SignOff::personId).collect(Collectors.toSet()));
        return agreed.stream().sorted(Comparator.comparing(SignOff::careSetting))
                .map(signOff -> new Agreement(signOff.careSetting(), people.get(signOff.personId()), signOff.decidedAt(),
                        signOff.revision()))
                .toList();
    }

    private String agreementsText(ChangeProposal proposal) {
        return agreements(proposal).stream().map(a -> a.careSetting().label() + " (" + a.agreedBy() + ")")
                .collect(Collectors.joining(", "));
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

    private static String labels(Set<CareSetting> settings) {
        return settings.isEmpty() ? "nobody" : settings.stream().map(CareSetting::label).collect(Collectors.joining(", "));
    }

    private static Set<CareSetting> union(Set<CareSetting> a, Set<CareSetting> b) {
        Set<CareSetting> union = EnumSet.noneOf(CareSetting.class);
        union.addAll(a);
        union.addAll(b);
        return union;
    }

    private static Set<CareSetting> difference(Set<CareSetting> a, Set<CareSetting> b) {
        Set<CareSetting> difference = EnumSet.noneOf(CareSetting.class);
        difference.addAll(a);
        difference.removeAll(b);
        return difference;
    }
}
