package org.joinedup.pathway.changes;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A weekly e-mail of what changed, one per person and week (unique key), and the time it covered. */
@Entity
@Table(name = "changes_weekly_mail")
class WeeklyMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "covered_from", nullable = false)
    private Instant coveredFrom;

    @Column(name = "covered_to", nullable = false)
    private Instant coveredTo;

    @Column(nullable = false)
    private int versions;

    protected WeeklyMail() {
    }

    WeeklyMail(long personId, LocalDate weekStart, Instant coveredFrom, Instant coveredTo, int versions) {
        this.personId = personId;
        this.weekStart = weekStart;
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.versions = versions;
    }

    LocalDate weekStart() {
        return weekStart;
    }

    Instant coveredFrom() {
        return coveredFrom;
    }

    Instant coveredTo() {
        return coveredTo;
    }

    int versions() {
        return versions;
    }
}
