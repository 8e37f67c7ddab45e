package org.joinedup.forums.limits;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.springframework.stereotype.Component;

/**
 * What the posting limits need to know about an author's own posts, whatever their state.
 * Every query starts from the author, so it uses the posts' (author, time) index.
 */
@Component
class AuthorPosts {

    /** One of the author's posts, as the repeat rule compares it. */
    record Written(long id, Instant createdAt, String body) {
    }

    private final EntityManager entityManager;

    AuthorPosts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many of the author's posts were ever published (approved or let through), counting up to {@code atMost}. */
    int everPublished(long authorId, int atMost) {
        return entityManager.createQuery("select p.id from ForumPost p where p.authorId = :author "
                        + "and p.publishedAt is not null", Long.class)
                .setParameter("author", authorId).setMaxResults(atMost)
                .getResultList().size();
    }

    /** When the author wrote each of their posts since {@code since}, oldest first. */
    List<Instant> writtenSince(long authorId, Instant since) {
        return entityManager.createQuery("select p.createdAt from ForumPost p where p.authorId = :author "
                        + "and p.createdAt > :since order by p.createdAt", Instant.class)
                .setParameter("author", authorId).setParameter("since", since)
                .getResultList();
    }

    /** The author's posts written since {@code since}, newest first. */
    List<Written> postsSince(long authorId, Instant since) {
        return entityManager.createQuery("select p.id as id, p.createdAt as createdAt, p.body as body "
                        + "from ForumPost p where p.authorId = :author and p.createdAt >= :since "
                        + "order by p.createdAt desc, p.id desc", Tuple.class)
                .setParameter("author", authorId).setParameter("since", since)
                .getResultStream()
                .map(row -> new Written(row.get("id", Long.class), row.get("createdAt", Instant.class),
                        row.get("body", String.class)))
                .toList();
    }
}
