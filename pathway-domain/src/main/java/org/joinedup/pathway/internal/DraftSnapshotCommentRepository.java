package org.joinedup.pathway.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DraftSnapshotCommentRepository extends JpaRepository<DraftSnapshotComment, Long> {

    public List<DraftSnapshotComment> findBySnapshotIdOrderByCreatedAtAscIdAsc(long snapshotId);

    public long countBySnapshotId(long snapshotId);

    @Query("select c from DraftSnapshotComment c where c.authorId = ?1 or c.resolvedBy = ?1 order by c.createdAt, c.id")
    public List<DraftSnapshotComment> writtenOrResolvedBy(long personId);

    @Modifying
    @Query("update DraftSnapshotComment c set c.body = ?2 where c.authorId = ?1")
    public int replaceTextOf(long authorId, String text);
}
