package org.joinedup.pathway.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.joinedup.identity.people.AccountEnded;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.CareSettingChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A sign-off speaks for a setting only while the person who gave it still may: when a
 * representative leaves the workspace, stops representing the setting, no longer works
 * in it (without an administrator's exception), or their account is deactivated or
 * closed, their standing decisions on open proposals are superseded, kept with the reason
 * and time, and the setting waits for a representative again. Publication counts only
 * standing decisions, so it then needs that setting again.
 *
 * <p>Changes to the workspace call {@link #recheck}; changes to the person's account
 * arrive as events from {@code people}, handled before that transaction commits, so the
 * account change and the lapse commit together or not at all. Each proposal row is locked
 * first, as sign-off and publication lock it.
 */
@Component
public class SignOffLapses {

    private static final Logger log = LoggerFactory.getLogger(SignOffLapses.class);

    private final ProposalRepository proposals;
    private final SignOffRepository signOffs;
    private final WorkspaceRepository workspaces;
    private final RepresentationRule rule;
    private final WorkspaceActivity activity;
    private final WorkspaceNotices notices;
    private final PersonNames names;
    private final Clock clock;

    public SignOffLapses(ProposalRepository proposals, SignOffRepository signOffs, WorkspaceRepository workspaces,
            RepresentationRule rule, WorkspaceActivity activity, WorkspaceNotices notices, PersonNames names, Clock clock) {
        this.proposals = proposals;
        this.signOffs = signOffs;
        this.workspaces = workspaces;
        this.rule = rule;
        this.activity = activity;
        this.notices = notices;
        this.names = names;
        this.clock = clock;
    }

    /**
     * Locks the workspace's open proposal, if any, before a membership change: proposal rows
     * are locked before workspace rows everywhere, so this change and a publication cannot
     * wait for each other.
     */
    public Optional<Long> lockOpenProposal(long workspaceId) {
        return proposals.findByWorkspaceIdAndStatus(workspaceId, ProposalStatus.OPEN)
                .flatMap(open -> proposals.lockById(open.id()))
                .filter(locked -> locked.status() == ProposalStatus.OPEN)
                .map(ChangeProposal::id);
    }

    /** Supersedes what the person decided on the workspace's open proposal if they can no longer speak for it. */
    public void recheck(long workspaceId, long personId) {
        lockOpenProposal(workspaceId).ifPresent(proposalId -> recheckProposal(proposalId, personId));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void careSettingChanged(CareSettingChanged event) {
        recheckEverywhere(event.personId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void accountEnded(AccountEnded event) {
        recheckEverywhere(event.personId());
    }

    private void recheckEverywhere(long personId) {
        for (long proposalId : signOffs.proposalsWithStandingDecisionBy(personId, ProposalStatus.OPEN)) {
            recheckProposal(proposalId, personId);
        }
    }

    private void recheckProposal(long proposalId, long personId) {
        ChangeProposal proposal = proposals.lockById(proposalId).orElseThrow();
        if (proposal.status() != ProposalStatus.OPEN) {
            return;
        }
        Set<CareSetting> lapsed = EnumSet.noneOf(CareSetting.class);
        String name = names.of(personId);
        for (SignOff signOff : signOffs.lockStandingBy(proposalId, personId)) {
            rule.whyNot(proposal.workspaceId(), personId, signOff.careSetting()).ifPresent(because -> {
                signOff.supersede(because, clock.instant());
                lapsed.add(signOff.careSetting());
                activity.record(new ProposalChange.SignOffLapsed(proposal.workspaceId(), proposalId, proposal.number(),
                        name, signOff.decision(), signOff.careSetting(), because));
            });
        }
        if (!lapsed.isEmpty()) {
            signOffs.flush();
            String title = workspaces.findById(proposal.workspaceId()).orElseThrow().title();
            notices.signOffLapsed(proposal.workspaceId(), title, proposal.number(), name, lapsed);
            log.info("Sign-offs of person {} for {} on proposal {} lapsed", personId, lapsed, proposalId);
        }
    }
}
