package org.joinedup.platform.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rows written by migrations or restored from a backup, or an index directory that was
 * deleted, leave the index behind the database. At start-up each indexed type whose
 * document count differs from its row count is re-indexed.
 */
@Component
class SearchIndexCheck {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexCheck(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reindexWhereStale() throws InterruptedException {
        for (SearchIndexedEntity<?> type : Search.mapping(entityManagerFactory).allIndexedEntities()) {
            long rows;
            long documents;
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                rows = entityManager.createQuery("select count(e) from " + type.jpaName() + " e", Long.class)
                        .getSingleResult();
                SearchSession session = Search.session(entityManager);
                documents = session.search(type.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                if (rows != documents) {
                    log.info("Search index for {} holds {} of {} rows; re-indexing", type.jpaName(), documents, rows);
                    session.massIndexer(type.javaClass()).startAndWait();
                }
            }
        }
    }
}
