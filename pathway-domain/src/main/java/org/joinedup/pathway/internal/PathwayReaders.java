package org.joinedup.pathway.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.joinedup.identity.people.CurrentPerson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who opened a workspace's published pathway, and when: one row per person and page, moved
 * forward at every opening. Urgent notices reach the people who opened it lately. The
 * published pages are read in read-only transactions, so an opening is written in a short
 * transaction of its own.
 */
@Component
public class PathwayReaders {

    /** Which published page was opened. */
    public enum Page {
        /** The full published pathway (the print view). */
        PATHWAY,
        /** What patients see. */
        PATIENT_PAGE
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public PathwayReaders(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Notes that the signed-in person opened the page now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void opened(long workspaceId, Page page) {
        entityManager.createNativeQuery("insert into pathway_opening (workspace_id, person_id, page, opened_at) "
                        + "values (:workspace, :person, :page, :now) on duplicate key update opened_at = "
                        + "greatest(opened_at, values(opened_at))")
                .setParameter("workspace", workspaceId).setParameter("person", CurrentPerson.id())
                .setParameter("page", page.name()).setParameter("now", clock.instant())
                .executeUpdate();
    }

    /** Everyone who opened the page since the given moment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> since(long workspaceId, Page page, Instant since) {
        return entityManager.createNativeQuery("select person_id from pathway_opening where workspace_id = :workspace "
                        + "and page = :page and opened_at >= :since order by person_id", Long.class)
                .setParameter("workspace", workspaceId).setParameter("page", page.name()).setParameter("since", since)
                .getResultList();
    }
}
