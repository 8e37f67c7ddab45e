package org.joinedup.pathway.changes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangesReaderRepository extends JpaRepository<ChangesReader, Long> {

    @Query("select r.personId from ChangesReader r where r.weekly = true order by r.personId")
    List<Long> wantingWeekly();
}
