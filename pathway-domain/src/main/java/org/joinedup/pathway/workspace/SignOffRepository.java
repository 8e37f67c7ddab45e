package org.joinedup.pathway.workspace;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.pathway.people.CareSetting;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByProposalIdAndSupersededFalse(long proposalId);

    /** Each setting's decision that still stands on the proposal (the newest, should there be two). */
    default Map<CareSetting, SignOff> standing(long proposalId) {
        return findByProposalIdAndSupersededFalse(proposalId).stream().collect(Collectors.toMap(SignOff::careSetting,
                signOff -> signOff, (a, b) -> a.decidedAt().isAfter(b.decidedAt()) ? a : b));
    }

    /** The affected settings that have not decided yet. */
    default Set<CareSetting> waiting(ChangeProposal proposal) {
        Set<CareSetting> waiting = EnumSet.noneOf(CareSetting.class);
        waiting.addAll(proposal.affectedSettings());
        waiting.removeAll(standing(proposal.id()).keySet());
        return waiting;
    }
}
