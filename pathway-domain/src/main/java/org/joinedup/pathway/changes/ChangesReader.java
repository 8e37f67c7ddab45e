package org.joinedup.pathway.changes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's use of "What changes for me": their last visit and whether they want the weekly e-mail. */
@Entity
@Table(name = "changes_reader")
class ChangesReader {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "last_visit_at")
    private Instant lastVisitAt;

    @Column(nullable = false)
    private boolean weekly;

    protected ChangesReader() {
    }

    ChangesReader(long personId) {
        this.personId = personId;
    }

    long personId() {
        return personId;
    }

    Instant lastVisitAt() {
        return lastVisitAt;
    }

    boolean weekly() {
        return weekly;
    }

    void visited(Instant at) {
        this.lastVisitAt = at;
    }

    void wantWeekly(boolean wanted) {
        this.weekly = wanted;
    }
}
