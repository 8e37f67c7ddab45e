package org.joinedup.pathway.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.internal.ChangeProposal;
import org.joinedup.pathway.internal.MemberRepository;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.ProposalRepository;
import org.joinedup.pathway.internal.ProposalStatus;
import org.joinedup.pathway.internal.RepresentationRule;
import org.joinedup.pathway.internal.SignOff;
import org.joinedup.pathway.internal.SignOffRepository;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.Workspace;
import org.joinedup.pathway.internal.WorkspaceMember;
import org.joinedup.pathway.internal.WorkspaceNotices;
import org.joinedup.pathway.internal.WorkspaceRepository;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.notification.PendingDecision;
import org.joinedup.platform.notification.PendingDecisions;
import org.joinedup.platform.time.PortalTime;
import org.springframework.stereotype.Component;

/**
 * What waits on people in pathway workspaces, for the daily digest: representatives'
 * sign-offs, and for convenors proposals ready to publish, objections to answer and
 * reviews that are due or were asked for.
 */
@Component
class WorkspaceDecisions implements PendingDecisions {

    private static final int REVIEW_WARNING_DAYS = 60;

    private final ProposalRepository proposals;
    private final SignOffRepository signOffs;
    private final MemberRepository members;
    private final WorkspaceRepository workspaces;
    private final VersionRepository versions;
    private final RepresentationRule rule;
    private final Clock clock;

    WorkspaceDecisions(ProposalRepository proposals, SignOffRepository signOffs, MemberRepository members,
            WorkspaceRepository workspaces, VersionRepository versions, RepresentationRule rule, Clock clock) {
        this.proposals = proposals;
        this.signOffs = signOffs;
        this.members = members;
        this.workspaces = workspaces;
        this.versions = versions;
        this.rule = rule;
        this.clock = clock;
    }

    @Override
    public List<PendingDecision> pendingFor(long personId) {
        List<PendingDecision> pending = new ArrayList<>();
        for (WorkspaceMember member : members.findByPersonId(personId)) {
            Workspace workspace = workspaces.findById(member.workspaceId()).orElseThrow();
            Optional<ChangeProposal> open = proposals.findByWorkspaceIdAndStatus(workspace.id(), ProposalStatus.OPEN);
            if (open.isPresent()) {
                ChangeProposal proposal = open.get();
                Map<CareSetting, SignOff> standing = standing(proposal);
                if (member.role() == WorkspaceRole.SETTING_REPRESENTATIVE
                        && proposal.affectedSettings().contains(member.careSetting())
                        && !standing.containsKey(member.careSetting()) && rule.signs(member)) {
                    pending.add(new PendingDecision("Sign off proposal " + proposal.number() + " for " + workspace.title()
                            + " on behalf of " + member.careSetting().label(), WorkspaceNotices.proposalLink(workspace.id()),
                            proposal.deadline()));
                }
                if (member.role() == WorkspaceRole.CONVENOR) {
                    String blocked = proposal.blockedBecause(standing);
                    if (blocked == null) {
                        pending.add(new PendingDecision("Publish proposal " + proposal.number() + " for " + workspace.title()
                                + ": every affected setting has agreed", WorkspaceNotices.proposalLink(workspace.id()), null));
                    } else if (blocked.contains("objected")) {
                        pending.add(new PendingDecision("Answer the objection to proposal " + proposal.number() + " for "
                                + workspace.title(), WorkspaceNotices.proposalLink(workspace.id()), proposal.deadline()));
                    }
                }
            }
            if (member.role() == WorkspaceRole.CONVENOR && reviewNeeded(workspace)) {
                pending.add(new PendingDecision("Review " + workspace.title()
                        + (workspace.reviewRequestReason() != null ? ": " + workspace.reviewRequestReason() : ""),
                        WorkspaceNotices.draftLink(workspace.id()), reviewDue(workspace).orElse(null)));
            }
        }
        return pending;
    }

    @Override
    public Set<Long> peopleWithPendingDecisions() {
        Set<Long> people = new HashSet<>();
        for (ChangeProposal proposal : proposals.findByStatus(ProposalStatus.OPEN)) {
            Map<CareSetting, SignOff> standing = standing(proposal);
            Set<CareSetting> waiting = signOffs.waiting(proposal);
            String blocked = proposal.blockedBecause(standing);
            boolean convenorsNeeded = blocked == null || blocked.contains("objected");
            for (WorkspaceMember member : members.findByWorkspaceId(proposal.workspaceId())) {
                if (member.role() == WorkspaceRole.CONVENOR && convenorsNeeded
                        || member.role() == WorkspaceRole.SETTING_REPRESENTATIVE && waiting.contains(member.careSetting())) {
                    people.add(member.personId());
                }
            }
        }
        for (Workspace workspace : workspaces.findAll()) {
            if (reviewNeeded(workspace)) {
                members.findByWorkspaceId(workspace.id()).stream().filter(m -> m.role() == WorkspaceRole.CONVENOR)
                        .forEach(m -> people.add(m.personId()));
            }
        }
        return people;
    }

    private boolean reviewNeeded(Workspace workspace) {
        LocalDate warnFrom = PortalTime.today(clock).plusDays(REVIEW_WARNING_DAYS);
        return workspace.reviewRequestedAt() != null || reviewDue(workspace).filter(due -> !due.isAfter(warnFrom)).isPresent();
    }

    private Optional<LocalDate> reviewDue(Workspace workspace) {
        return versions.findFirstByWorkspaceIdOrderByNumberDesc(workspace.id()).map(PathwayVersion::reviewDue);
    }

    private Map<CareSetting, SignOff> standing(ChangeProposal proposal) {
        return signOffs.standing(proposal.id());
    }
}
