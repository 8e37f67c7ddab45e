package org.joinedup.platform.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("select e from AuditEntry e where e.subjectType = :subjectType and e.subjectId = :subjectId order by e.id desc")
    List<AuditEntry> history(String subjectType, long subjectId, Pageable page);

    long countBySubjectTypeAndSubjectId(String subjectType, long subjectId);

    @Query("select e from AuditEntry e where (e.subjectType = :subjectType and e.subjectId = :subjectId)"
            + " or e.actorId = :actorId order by e.id")
    List<AuditEntry> aboutOrBy(String subjectType, long subjectId, long actorId);

    @Query("select e from AuditEntry e where e.id > :afterId order by e.id")
    List<AuditEntry> after(long afterId, Pageable page);
}
