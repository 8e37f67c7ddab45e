package org.joinedup.pathway.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.pathway.draft.PathwayChange;
import org.joinedup.pathway.draft.PathwayDiff;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.internal.ChangeProposal;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.ProposalStatus;
import org.joinedup.pathway.internal.RepresentationRule;
import org.joinedup.pathway.internal.SignOff;
import org.joinedup.pathway.internal.SignOffRepository;
import org.joinedup.pathway.internal.SnapshotJson;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.pathway.internal.WorkspaceMember;
import org.joinedup.pathway.workspace.WorkspacePermissions;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.time.PortalTime;
import org.springframework.stereotype.Component;

/**
 * How a proposal reads to the signed-in person: each setting's sign-off and who can give
 * it, the changes that touch their own setting first, and whether it can be published.
 * The caller has checked access and holds the transaction.
 */
@Component
class ProposalQueries {

    private final SignOffRepository signOffs;
    private final VersionRepository versions;
    private final WorkspaceGate gate;
    private final RepresentationRule representation;
    private final SnapshotJson json;
    private final PersonNames names;
    private final EntityManager entityManager;
    private final Clock clock;

    ProposalQueries(SignOffRepository signOffs, VersionRepository versions, WorkspaceGate gate,
            RepresentationRule representation, SnapshotJson json, PersonNames names, EntityManager entityManager,
            Clock clock) {
        this.signOffs = signOffs;
        this.versions = versions;
        this.gate = gate;
        this.representation = representation;
        this.json = json;
        this.names = names;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    ProposalDetails details(ChangeProposal proposal, Workspace workspace) {
        WorkspacePermissions me = gate.permissions(proposal.workspaceId());
        Map<CareSetting, SignOff> standing = signOffs.standing(proposal.id());
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
        String blocked = proposal.status() == ProposalStatus.OPEN ? proposal.blockedBecause(standing) : null;
        LocalDate today = PortalTime.today(clock);
        return new ProposalDetails(proposal.id(), proposal.workspaceId(), workspace.title(), proposal.number(),
                proposal.status(), proposal.revision(), proposal.summary(), proposal.deadline(),
                proposal.status() == ProposalStatus.OPEN && proposal.deadline().isBefore(today),
                names.of(proposal.openedBy()), proposal.openedAt(), proposal.baseVersion(), settings, split.forMe(),
                split.others(), proposal.status() == ProposalStatus.OPEN && blocked == null, blocked);
    }

    /** The standing agreements, by setting, with who gave them. */
    List<Agreement> agreements(ChangeProposal proposal) {
        List<SignOff> agreed = signOffs.findByProposalIdAndSupersededFalse(proposal.id()).stream()
                .filter(signOff -> signOff.decision() == Decision.AGREED).toList();
        Map<Long, String> people = names.of(agreed.stream().map(SignOff::personId).collect(Collectors.toSet()));
        return agreed.stream().sorted(Comparator.comparing(SignOff::careSetting))
                .map(signOff -> new Agreement(signOff.careSetting(), people.get(signOff.personId()), signOff.decidedAt(),
                        signOff.revision()))
                .toList();
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
        CareSetting setting = representation.ownSetting(CurrentPerson.id()).orElse(null);
        return setting == null ? EnumSet.noneOf(CareSetting.class) : EnumSet.of(setting);
    }

    /** A waiting setting's last decision, when it stopped standing because its signatory could no longer sign. */
    private SignOff lapsed(ChangeProposal proposal, CareSetting setting) {
        return signOffs.findFirstByProposalIdAndCareSettingAndSupersededTrueOrderBySupersededAtDescIdDesc(proposal.id(),
                setting).filter(last -> last.supersededBecause() != null && last.supersededBecause().lapse()).orElse(null);
    }

    /** Who can sign for each setting now: appointed, and working in it or holding an exception. */
    private Map<CareSetting, List<String>> representatives(long workspaceId) {
        List<WorkspaceMember> signing = entityManager.createQuery("select m from WorkspaceMember m "
                        + "where m.workspaceId = :workspace and m.role = :role", WorkspaceMember.class)
                .setParameter("workspace", workspaceId)
                .setParameter("role", WorkspaceRole.SETTING_REPRESENTATIVE)
                .getResultStream()
                .filter(representation::signs)
                .toList();
        Map<Long, String> named = names.of(signing.stream().map(WorkspaceMember::personId).toList());
        return signing.stream()
                .sorted(Comparator.comparing(member -> named.getOrDefault(member.personId(), PersonNames.FORMER_MEMBER)))
                .collect(Collectors.groupingBy(WorkspaceMember::careSetting,
                        Collectors.mapping(member -> named.getOrDefault(member.personId(), PersonNames.FORMER_MEMBER),
                                Collectors.toList())));
    }
}
