package org.joinedup.forums.interfaceissues;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssueEventRepository extends JpaRepository<IssueEvent, Long> {

    List<IssueEvent> findByIssueIdOrderById(long issueId);
}
