package org.joinedup.pathway.workspace;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByProposalIdAndSupersededFalse(long proposalId);

    List<SignOff> findByProposalIdOrderByDecidedAt(long proposalId);
}
