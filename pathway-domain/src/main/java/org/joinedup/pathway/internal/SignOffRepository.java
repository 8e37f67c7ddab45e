package org.joinedup.pathway.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.LockModeType;

import org.joinedup.identity.people.CareSetting;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByProposalIdAndSupersededFalse(long proposalId);

    /** The person's standing decisions on the proposal, locked: a locking read also sees what committed a moment ago. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SignOff s where s.proposalId = ?1 and s.personId = ?2 and s.superseded = false")
    List<SignOff> lockStandingBy(long proposalId, long personId);

    /** Proposals in the given state on which the person has a standing decision, in id order (the order they are locked in). */
    @Query("select distinct s.proposalId from SignOff s, ChangeProposal p where p.id = s.proposalId and p.status = ?2 "
            + "and s.personId = ?1 and s.superseded = false order by s.proposalId")
    List<Long> proposalsWithStandingDecisionBy(long personId, ProposalStatus status);

    /** The setting's most recent superseded decision on the proposal, to say why a setting waits again. */
    Optional<SignOff> findFirstByProposalIdAndCareSettingAndSupersededTrueOrderBySupersededAtDescIdDesc(
            long proposalId, CareSetting careSetting);

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
