package org.joinedup.pathway.workspace;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DraftSnapshotCommentRepository extends JpaRepository<DraftSnapshotComment, Long> {

    List<DraftSnapshotComment> findBySnapshotIdOrderByCreatedAtAscIdAsc(long snapshotId);

    long countBySnapshotId(long snapshotId);

    @Query("select c from DraftSnapshotComment c where c.authorId = ?1 or c.resolvedBy = ?1 order by c.createdAt, c.id")
    List<DraftSnapshotComment> writtenOrResolvedBy(long personId);

    @Modifying
    @Query("update DraftSnapshotComment c set c.body = ?2 where c.authorId = ?1")
    int replaceTextOf(long authorId, String text);
}
