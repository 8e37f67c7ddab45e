package org.joinedup.forums.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {

    List<PostRevision> findByPostIdOrderById(long postId);
}
