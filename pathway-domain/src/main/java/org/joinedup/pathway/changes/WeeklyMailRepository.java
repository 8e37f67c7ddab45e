package org.joinedup.pathway.changes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WeeklyMailRepository extends JpaRepository<WeeklyMail, Long> {

    boolean existsByPersonIdAndWeekStart(long personId, LocalDate weekStart);

    Optional<WeeklyMail> findFirstByPersonIdOrderByWeekStartDesc(long personId);

    List<WeeklyMail> findByPersonIdOrderByWeekStartAsc(long personId);

    @Modifying
    @Query("delete from WeeklyMail m where m.personId = :personId")
    void deleteByPerson(long personId);
}
