package org.joinedup.forums.insight;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostInsightRepository extends JpaRepository<PostInsight, Long> {

    List<PostInsight> findByPostIdOrderById(long postId);

    boolean existsByPostIdAndWorkspaceIdAndStepKey(long postId, long workspaceId, String stepKey);
}
