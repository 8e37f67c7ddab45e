package org.joinedup.forums.moderation;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SuspensionRepository extends JpaRepository<SuspensionEntity, Long> {

    /** The person's suspensions in force at {@code at}, the one ending last first. */
    @Query("select s from ForumSuspension s where s.personId = :personId and s.liftedAt is null and s.endsAt > :at "
            + "order by s.endsAt desc")
    List<SuspensionEntity> activeFor(long personId, Instant at);

    @Query("select s from ForumSuspension s where s.liftedAt is null and s.endsAt > :at order by s.endsAt, s.id")
    List<SuspensionEntity> activeAt(Instant at);
}
