package org.joinedup.pathway.changes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "What changes for me": for the signed-in person's care setting (the one on their account),
 * every version published since a moment they choose, across every pathway they may read in
 * the library, compared with the version before it and split into what it means for that
 * setting. Confidential pathways appear only to their members. Opening the page remembers
 * the visit, which is where the list starts next time.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class WhatChangesForMe {

    /** The first visit shows this many days back. */
    public static final int FIRST_VISIT_DAYS = 28;
    /** At most this many pathways a page. */
    public static final int MOST_PER_PAGE = 50;

    private final PublishedChanges published;
    private final ChangesReaderRepository readers;
    private final PeopleLookup people;
    private final AuditTrail audit;
    private final Clock clock;

    WhatChangesForMe(PublishedChanges published, ChangesReaderRepository readers, PeopleLookup people, AuditTrail audit,
            Clock clock) {
        this.published = published;
        this.readers = readers;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the page: what it starts from, and this visit remembered as the start of the next one. */
    @Transactional
    public ChangesPage open() {
        long me = CurrentPerson.id();
        Instant now = clock.instant();
        ChangesReader reader = readers.findById(me).orElseGet(() -> readers.save(new ChangesReader(me)));
        Instant previous = reader.lastVisitAt();
        reader.visited(now);
        Instant since = previous != null ? previous : now.minus(Duration.ofDays(FIRST_VISIT_DAYS));
        return new ChangesPage(people.settingOf(me).orElse(null), previous, since, reader.weekly());
    }

    /**
     * The pathways, by title, with a version published since {@code since}, from
     * {@code offset}; none when the person's account names no care setting.
     */
    @Transactional(readOnly = true)
    public List<PathwayChanges> since(Instant since, int offset, int limit) {
        long me = CurrentPerson.id();
        CareSetting setting = people.settingOf(me).orElse(null);
        if (setting == null) {
            return List.of();
        }
        return published.list(me, WorkspaceGate.signedInAsClinician(), setting, checked(since), offset,
                Math.min(MOST_PER_PAGE, Math.max(1, limit)));
    }

    @Transactional(readOnly = true)
    public long countSince(Instant since) {
        long me = CurrentPerson.id();
        if (people.settingOf(me).isEmpty()) {
            return 0;
        }
        return published.count(me, WorkspaceGate.signedInAsClinician(), checked(since));
    }

    /** Whether the same comes by e-mail once a week; audited. */
    @Transactional
    public void setWeekly(boolean wanted) {
        long me = CurrentPerson.id();
        ChangesReader reader = readers.findById(me).orElseGet(() -> readers.save(new ChangesReader(me)));
        if (reader.weekly() == wanted) {
            return;
        }
        reader.wantWeekly(wanted);
        audit.record(wanted ? "changes.weekly-on" : "changes.weekly-off", "person", me, wanted
                ? "Chose to get what changes for their care setting by e-mail every week"
                : "Chose not to get what changes for their care setting by e-mail");
    }

    private Instant checked(Instant since) {
        if (since == null) {
            throw new InvalidInputException("since", "Choose the date to start from.");
        }
        if (since.isAfter(clock.instant())) {
            throw new InvalidInputException("since", "Choose a date that is not in the future.");
        }
        return since;
    }
}
