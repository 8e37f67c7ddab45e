package org.joinedup.pathway.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.validation.Valid;

import org.joinedup.identity.people.ConcurrentChangeException;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.identity.people.PersonCard;
import org.joinedup.pathway.internal.ChangeProposal;
import org.joinedup.pathway.internal.MemberChange;
import org.joinedup.pathway.internal.MemberRepository;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.ProposalRepository;
import org.joinedup.pathway.internal.ProposalStatus;
import org.joinedup.pathway.internal.RepresentationRule;
import org.joinedup.pathway.internal.SignOffLapses;
import org.joinedup.pathway.internal.SignOffRepository;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.internal.WorkspaceMember;
import org.joinedup.pathway.internal.WorkspaceNotices;
import org.joinedup.pathway.internal.WorkspaceOriginRepository;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.internal.WorkspaceWideChange;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opens workspaces, manages their members and settings, and lists them. Any member of
 * staff may open a workspace and becomes its convenor; the last active convenor cannot
 * leave. A workspace loses its convenor only when that person's account is closed or
 * deactivated; an administrator then names a new one.
 */
@Service
@Validated
public class WorkspaceService {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceService.class);
    private static final String STAFF = "hasAnyRole('CLINICIAN','QI_LEAD','ROUND_FACILITATOR','MODERATOR','ADMIN')";
    /** Workspaces "open to every clinician" are open to the clinician role, not to every member of staff. */
    private static final String CLINICIAN = "hasRole('CLINICIAN')";

    private final WorkspaceRepository workspaces;
    private final MemberRepository members;
    private final VersionRepository versions;
    private final ProposalRepository proposals;
    private final SignOffRepository signOffs;
    private final WorkspaceGate gate;
    private final RepresentationRule representation;
    private final SignOffLapses lapses;
    private final WorkspaceActivity activity;
    private final WorkspaceNotices notices;
    private final EntityManager entityManager;
    private final PeopleLookup people;
    private final Clock clock;
    private final IdentifierScreening screening;
    private final WorkspaceOriginRepository origins;
    private final WorkspaceReaders readers;

    WorkspaceService(WorkspaceRepository workspaces, MemberRepository members, VersionRepository versions,
            ProposalRepository proposals, SignOffRepository signOffs, WorkspaceGate gate,
            RepresentationRule representation, SignOffLapses lapses, WorkspaceActivity activity,
            WorkspaceNotices notices, EntityManager entityManager, PeopleLookup people, Clock clock,
            IdentifierScreening screening, WorkspaceOriginRepository origins, WorkspaceReaders readers) {
        this.workspaces = workspaces;
        this.members = members;
        this.versions = versions;
        this.proposals = proposals;
        this.signOffs = signOffs;
        this.gate = gate;
        this.representation = representation;
        this.lapses = lapses;
        this.activity = activity;
        this.notices = notices;
        this.entityManager = entityManager;
        this.people = people;
        this.clock = clock;
        this.screening = screening;
        this.origins = origins;
        this.readers = readers;
    }

    @Transactional
    @PreAuthorize(STAFF)
    public WorkspaceDetails create(@Valid NewWorkspace request) {
        Workspace workspace = workspaces.save(new Workspace(request.condition().strip(), request.locality().strip(),
                request.visibility(), request.reviewIntervalMonths(), clock.instant()));
        members.save(new WorkspaceMember(workspace.id(), CurrentPerson.id(), Membership.of(WorkspaceRole.CONVENOR),
                clock.instant()));
        activity.record(new WorkspaceWideChange.WorkspaceOpened(workspace.id(), workspace.title(), workspace.visibility()));
        log.info("Workspace {} opened", workspace.id());
        return details(workspace);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public WorkspaceDetails workspace(long workspaceId) {
        gate.permissions(workspaceId);
        return details(workspaces.findById(workspaceId).orElseThrow());
    }

    /** What the signed-in person may do in the workspace now; refused when they may not open it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public WorkspacePermissions myPermissions(long workspaceId) {
        return gate.permissions(workspaceId);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public WorkspaceDetails updateSettings(long workspaceId, long expectedVersion, @Valid WorkspaceSettings settings) {
        gate.requireConvenor(workspaceId);
        Workspace workspace = workspaces.findById(workspaceId).orElseThrow();
        if (workspace.version() != expectedVersion) {
            throw new ConcurrentChangeException(
                    "Another convenor changed the workspace's settings since you opened them.");
        }
        if (settings.confidentialReason() != null) {
            screening.requireNone("the reason workspace " + workspaceId + " is confidential",
                    Map.of("confidentialReason", settings.confidentialReason()));
        }
        WorkspaceWideChange.Settings before = WorkspaceWideChange.Settings.of(workspace);
        String confidentialBefore = workspace.confidentialReason();
        workspace.keepConfidential(settings.confidentialReason());
        workspace.configure(settings.condition().strip(), settings.locality().strip(), settings.visibility(),
                settings.reviewIntervalMonths());
        workspaces.saveAndFlush(workspace);
        WorkspaceWideChange.Settings after = WorkspaceWideChange.Settings.of(workspace);
        boolean confidentialityChanged = !Objects.equals(confidentialBefore, workspace.confidentialReason());
        if (!confidentialityChanged || !after.equals(before)) {
            activity.record(new WorkspaceWideChange.SettingsChanged(workspaceId, before, after));
        }
        if (confidentialityChanged) {
            activity.record(new WorkspaceWideChange.ConfidentialityChanged(workspaceId, workspace.confidentialReason()));
        }
        return details(workspace);
    }

    /**
     * Every workspace whose draft the signed-in person may read: their memberships in a role
     * that reads it, and, for holders of the clinician role, every workspace open to every
     * clinician (see {@link WorkspaceReaders#readableWorkspaceIds}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Set<Long> readableWorkspaceIds() {
        return readers.readableWorkspaceIds(CurrentPerson.id());
    }

    /** Workspaces the signed-in person is a member of, by title. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WorkspaceSummary> myWorkspaces(int offset, int limit) {
        List<Tuple> rows = entityManager.createQuery("select w as workspace, m as member from Workspace w, WorkspaceMember m "
                        + "where m.workspaceId = w.id and m.personId = :me order by w.title, w.id", Tuple.class)
                .setParameter("me", CurrentPerson.id())
                .setFirstResult(offset).setMaxResults(Math.max(1, limit))
                .getResultList();
        return rows.stream().map(row -> summary(row.get("workspace", Workspace.class), row.get("member", WorkspaceMember.class)))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countMyWorkspaces() {
        return members.countByPersonId(CurrentPerson.id());
    }

    /** Workspaces open to every clinician that the signed-in clinician has not joined, by title. */
    @Transactional(readOnly = true)
    @PreAuthorize(CLINICIAN)
    public List<WorkspaceSummary> openWorkspaces(int offset, int limit) {
        return entityManager.createQuery("select w from Workspace w where w.visibility = :open and not exists "
                        + "(select m from WorkspaceMember m where m.workspaceId = w.id and m.personId = :me) "
                        + "order by w.title, w.id", Workspace.class)
                .setParameter("open", WorkspaceVisibility.ALL_CLINICIANS)
                .setParameter("me", CurrentPerson.id())
                .setFirstResult(offset).setMaxResults(Math.max(1, limit))
                .getResultStream().map(workspace -> summary(workspace, null)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CLINICIAN)
    public long countOpenWorkspaces() {
        return entityManager.createQuery("select count(w) from Workspace w where w.visibility = :open and not exists "
                        + "(select m from WorkspaceMember m where m.workspaceId = w.id and m.personId = :me)", Long.class)
                .setParameter("open", WorkspaceVisibility.ALL_CLINICIANS)
                .setParameter("me", CurrentPerson.id())
                .getSingleResult();
    }

    /**
     * Members by role, then name. Anyone who may open the workspace sees who is in it; a
     * patient partner's organisation is their patient group, which says something about
     * their health, so it is never given.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MemberDetails> members(long workspaceId) {
        gate.permissions(workspaceId);
        List<WorkspaceMember> rows = members.findByWorkspaceId(workspaceId);
        Map<Long, PersonCard> people = this.people.cards(rows.stream().map(WorkspaceMember::personId).toList());
        return rows.stream()
                .filter(member -> people.containsKey(member.personId()))
                .map(member -> {
                    PersonCard person = people.get(member.personId());
                    boolean representative = member.role() == WorkspaceRole.SETTING_REPRESENTATIVE;
                    boolean ownSetting = representative && member.careSetting() != null && representation
                            .ownSetting(member.personId()).filter(own -> own == member.careSetting()).isPresent();
                    return new MemberDetails(member.personId(), person.displayName(),
                            member.role() == WorkspaceRole.PATIENT_PARTNER ? null : person.organisation(),
                            member.role(), member.careSetting(), member.addedAt(), representative && representation.signs(member),
                            representative && !ownSetting && representation.signs(member));
                })
                .sorted(Comparator.comparing(MemberDetails::role).thenComparing(MemberDetails::displayName))
                .toList();
    }

    /**
     * Active people whose name contains the text, for a convenor adding members; at most
     * {@code limit}. Only whoever may add members searches, so patient partners are found
     * only by the workspace's convenors; their organisation is their patient group, which
     * says something about their health, so it is never given.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PersonChoice> candidates(long workspaceId, String text, int limit) {
        gate.requireConvenor(workspaceId);
        List<Long> memberIds = members.findByWorkspaceId(workspaceId).stream().map(WorkspaceMember::personId).toList();
        return people.activeNamed(text, memberIds, Math.min(limit, 50)).stream()
                .map(person -> new PersonChoice(person.id(), person.displayName(),
                        person.staff() ? person.organisation() : null, person.careSetting(), person.staff()))
                .toList();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MemberDetails addMember(long workspaceId, long personId, @Valid Membership membership) {
        gate.requireConvenor(workspaceId);
        workspaces.lockById(workspaceId);
        String name = activeName(personId);
        if (members.findByWorkspaceIdAndPersonId(workspaceId, personId).isPresent()) {
            throw new InvalidInputException("person", name + " is already a member. Change their role instead.");
        }
        refuseUnsuitableRole(workspaceId, personId, name, membership);
        WorkspaceMember member = members.save(new WorkspaceMember(workspaceId, personId, membership, clock.instant()));
        activity.record(new MemberChange.MemberAdded(workspaceId, personId, name, membership));
        return memberDetails(workspaceId, member.personId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MemberDetails changeMember(long workspaceId, long personId, @Valid Membership membership) {
        gate.requireConvenor(workspaceId);
        lapses.lockOpenProposal(workspaceId);
        workspaces.lockById(workspaceId);
        WorkspaceMember member = members.findByWorkspaceIdAndPersonId(workspaceId, personId)
                .orElseThrow(() -> new InvalidInputException("person", "That person is no longer a member."));
        String name = activeOrFormerName(personId);
        refuseUnsuitableRole(workspaceId, personId, name, membership);
        if (member.role() == WorkspaceRole.CONVENOR && membership.role() != WorkspaceRole.CONVENOR) {
            refuseLastConvenor(workspaceId, personId, name);
        }
        Membership before = new Membership(member.role(), member.careSetting());
        member.assign(membership);
        members.flush();
        activity.record(new MemberChange.MemberChanged(workspaceId, personId, name, before, membership));
        lapses.recheck(workspaceId, personId);
        return memberDetails(workspaceId, personId);
    }

    /**
     * Removes a member. They lose access at their next action. Their decisions on the open
     * proposal no longer stand (they are kept, marked superseded), so their setting signs
     * again; the proposal shows who can sign now.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeMember(long workspaceId, long personId) {
        gate.requireConvenor(workspaceId);
        lapses.lockOpenProposal(workspaceId);
        workspaces.lockById(workspaceId);
        WorkspaceMember member = members.findByWorkspaceIdAndPersonId(workspaceId, personId)
                .orElseThrow(() -> new InvalidInputException("person", "That person is no longer a member."));
        String name = activeOrFormerName(personId);
        if (member.role() == WorkspaceRole.CONVENOR) {
            refuseLastConvenor(workspaceId, personId, name);
        }
        members.delete(member);
        members.flush();
        activity.record(new MemberChange.MemberRemoved(workspaceId, personId, name,
                new Membership(member.role(), member.careSetting())));
        lapses.recheck(workspaceId, personId);
    }

    /** Refuses to let the last convenor with an active account stop convening. */
    private void refuseLastConvenor(long workspaceId, long personId, String name) {
        long others = members.countActiveConvenors(workspaceId) - (activeAccount(personId) ? 1 : 0);
        if (others < 1) {
            throw new InvalidInputException("role", name + " is the only convenor. Make someone else convenor first.");
        }
    }

    /** Workspaces that have no convenor with an active account, by title; administrators name one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<WorkspaceSummary> workspacesWithoutConvenor() {
        return workspaces.findAll(Sort.by("title", "id")).stream()
                .filter(workspace -> members.countActiveConvenors(workspace.id()) == 0)
                .map(workspace -> summary(workspace, null)).toList();
    }

    /**
     * Members of staff with an active account whose name contains the text, members of the
     * workspace first, for an administrator naming a convenor; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<PersonChoice> convenorCandidates(long workspaceId, String text, int limit) {
        if (!workspaces.existsById(workspaceId)) {
            throw new InvalidInputException("workspace", "That workspace does not exist.");
        }
        List<Long> memberIds = members.findByWorkspaceId(workspaceId).stream().map(WorkspaceMember::personId).toList();
        return people.activeStaffNamed(text, memberIds, Math.min(limit, 50)).stream()
                .map(person -> new PersonChoice(person.id(), person.displayName(), person.organisation(),
                        person.careSetting(), true))
                .toList();
    }

    /**
     * Makes a member of staff convenor of a workspace that has no convenor with an active
     * account: a member changes role, anyone else joins. Audited, and the new convenor is told.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void nameConvenor(long workspaceId, long personId) {
        Workspace workspace = workspaces.lockById(workspaceId)
                .orElseThrow(() -> new InvalidInputException("workspace", "That workspace does not exist."));
        if (members.countActiveConvenors(workspaceId) > 0) {
            throw new InvalidInputException("person", workspace.title() + " has a convenor already. Its convenor "
                    + "manages its members.");
        }
        String name = activeName(personId);
        Membership convenor = Membership.of(WorkspaceRole.CONVENOR);
        refuseUnsuitableRole(workspaceId, personId, name, convenor);
        Optional<WorkspaceMember> existing = members.findByWorkspaceIdAndPersonId(workspaceId, personId);
        Membership before = existing.map(member -> new Membership(member.role(), member.careSetting())).orElse(null);
        existing.ifPresentOrElse(member -> member.assign(convenor),
                () -> members.save(new WorkspaceMember(workspaceId, personId, convenor, clock.instant())));
        activity.record(new MemberChange.ConvenorNamed(workspaceId, personId, name, before));
        notices.convenorNamed(workspaceId, personId, workspace.title());
        log.info("Administrator {} named person {} convenor of workspace {}", CurrentPerson.id(), personId, workspaceId);
    }

    private void refuseUnsuitableRole(long workspaceId, long personId, String name, Membership membership) {
        if (membership.role() == WorkspaceRole.SETTING_REPRESENTATIVE && membership.careSetting() == null) {
            throw new InvalidInputException("careSetting", "Choose the care setting " + name + " signs off for.");
        }
        if (membership.role() == WorkspaceRole.SETTING_REPRESENTATIVE
                && !representation.mayRepresent(workspaceId, personId, membership.careSetting())) {
            throw new InvalidInputException("careSetting", name + " does not work in " + membership.careSetting().label()
                    + ", and a representative represents their own care setting. If " + name + " should speak for "
                    + membership.careSetting().label() + " here, ask an administrator for an exception.");
        }
        boolean staff = people.card(personId).map(PersonCard::staff).orElse(false);
        if (!staff && membership.role() != WorkspaceRole.PATIENT_PARTNER) {
            throw new InvalidInputException("role", name + " is a patient partner and can only join as one.");
        }
        if (staff && membership.role() == WorkspaceRole.PATIENT_PARTNER) {
            throw new InvalidInputException("role", name + " is a member of staff: choose a staff role.");
        }
    }

    private boolean activeAccount(long personId) {
        return people.card(personId).map(PersonCard::active).orElse(false);
    }

    private String activeName(long personId) {
        return people.card(personId)
                .filter(PersonCard::active)
                .map(PersonCard::displayName)
                .orElseThrow(() -> new InvalidInputException("person", "Only people with an active account can join."));
    }

    private String activeOrFormerName(long personId) {
        return people.card(personId).map(PersonCard::displayName).orElse("Former member");
    }

    private MemberDetails memberDetails(long workspaceId, long personId) {
        return members(workspaceId).stream().filter(m -> m.personId() == personId).findFirst().orElseThrow();
    }

    private WorkspaceDetails details(Workspace workspace) {
        Optional<PathwayVersion> latest = versions.findFirstByWorkspaceIdOrderByNumberDesc(workspace.id());
        LocalDate reviewDue = latest.map(PathwayVersion::reviewDue).orElse(null);
        return new WorkspaceDetails(workspace.id(), workspace.version(), workspace.title(), workspace.condition(),
                workspace.locality(), workspace.visibility(), workspace.reviewIntervalMonths(),
                latest.map(PathwayVersion::number).orElse(null), latest.map(PathwayVersion::publishedAt).orElse(null),
                reviewDue, reviewDue != null && reviewDue.isBefore(today()), workspace.reviewRequestReason(),
                workspace.reviewRequestedAt(), members.countActiveConvenors(workspace.id()) > 0,
                workspace.confidentialReason(), copiedFrom(workspace.id()));
    }

    private CopiedFrom copiedFrom(long workspaceId) {
        return origins.findById(workspaceId).map(origin -> new CopiedFrom(origin.sourceWorkspaceId(),
                workspaces.findById(origin.sourceWorkspaceId()).map(Workspace::title).orElseThrow(),
                origin.sourceVersion(), origin.copiedAt())).orElse(null);
    }

    private WorkspaceSummary summary(Workspace workspace, WorkspaceMember member) {
        Optional<PathwayVersion> latest = versions.findFirstByWorkspaceIdOrderByNumberDesc(workspace.id());
        Optional<ChangeProposal> open = proposals.findByWorkspaceIdAndStatus(workspace.id(), ProposalStatus.OPEN);
        int awaiting = 0;
        if (open.isPresent() && member != null && member.role() == WorkspaceRole.SETTING_REPRESENTATIVE
                && open.get().affectedSettings().contains(member.careSetting())) {
            awaiting = signOffs.waiting(open.get()).contains(member.careSetting()) && representation.signs(member) ? 1 : 0;
        }
        boolean draftChanged = latest.map(version -> workspace.draftChangedAt().isAfter(version.publishedAt()))
                .orElse(true);
        LocalDate reviewDue = latest.map(PathwayVersion::reviewDue).orElse(null);
        return new WorkspaceSummary(workspace.id(), workspace.title(), workspace.visibility(),
                member == null ? null : member.role(), draftChanged, awaiting,
                open.map(ChangeProposal::number).orElse(null), latest.map(PathwayVersion::number).orElse(null),
                latest.map(PathwayVersion::publishedAt).orElse(null), reviewDue,
                reviewDue != null && reviewDue.isBefore(today()), workspace.reviewRequestedAt() != null);
    }

    private LocalDate today() {
        return PortalTime.today(clock);
    }
}
