package org.joinedup.forums.following;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** The rows of following, reactions and notices; callers check access first. */
@Component
class FollowRows {

    private final EntityManager entityManager;

    FollowRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    // Following

    /** Follows or stops following, whatever was recorded before. */
    void setFollowing(long threadId, long personId, boolean following, Instant at) {
        entityManager.createNativeQuery("insert into forum_thread_follow (thread_id, person_id, following, changed_at) "
                        + "values (:thread, :person, :following, :at) "
                        + "on duplicate key update following = :following, changed_at = :at")
                .setParameter("thread", threadId).setParameter("person", personId)
                .setParameter("following", following).setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    /** Follows unless the person already follows or chose to stop. */
    void followUnlessDecided(long threadId, long personId, Instant at) {
        entityManager.createNativeQuery("insert ignore into forum_thread_follow (thread_id, person_id, following, "
                        + "changed_at) values (:thread, :person, true, :at)")
                .setParameter("thread", threadId).setParameter("person", personId).setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    boolean follows(long threadId, long personId) {
        return !entityManager.createNativeQuery("select 1 from forum_thread_follow where thread_id = :thread "
                        + "and person_id = :person and following = true")
                .setParameter("thread", threadId).setParameter("person", personId).getResultList().isEmpty();
    }

    Set<Long> followers(long threadId) {
        return ids(entityManager.createNativeQuery("select person_id from forum_thread_follow where thread_id = :thread "
                        + "and following = true")
                .setParameter("thread", threadId).getResultList());
    }

    /** The thread's author and everyone with a published post in it. */
    Set<Long> contributors(long threadId) {
        Set<Long> ids = ids(entityManager.createNativeQuery("select distinct author_id from forum_post "
                        + "where thread_id = :thread and status = 'PUBLISHED'")
                .setParameter("thread", threadId).getResultList());
        ids.addAll(ids(entityManager.createNativeQuery("select author_id from forum_thread where id = :thread")
                .setParameter("thread", threadId).getResultList()));
        return ids;
    }

    // Reactions

    boolean reacted(long postId, long personId) {
        return !entityManager.createNativeQuery("select 1 from forum_post_reaction where post_id = :post "
                        + "and person_id = :person")
                .setParameter("post", postId).setParameter("person", personId).getResultList().isEmpty();
    }

    void react(long postId, long personId, Instant at) {
        entityManager.createNativeQuery("insert ignore into forum_post_reaction (post_id, person_id, created_at) "
                        + "values (:post, :person, :at)")
                .setParameter("post", postId).setParameter("person", personId).setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    void withdraw(long postId, long personId) {
        entityManager.createNativeQuery("delete from forum_post_reaction where post_id = :post and person_id = :person")
                .setParameter("post", postId).setParameter("person", personId).executeUpdate();
    }

    long reactions(long postId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from forum_post_reaction where post_id = :post")
                .setParameter("post", postId).getSingleResult()).longValue();
    }

    // Notices

    /** Those of {@code personIds} not yet told of the post; records them as told. */
    Set<Long> firstNotices(long postId, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> told = ids(entityManager.createNativeQuery("select person_id from forum_post_notice "
                        + "where post_id = :post and person_id in :people")
                .setParameter("post", postId).setParameter("people", personIds).getResultList());
        Set<Long> fresh = new HashSet<>(personIds);
        fresh.removeAll(told);
        for (Long personId : fresh) {
            entityManager.createNativeQuery("insert ignore into forum_post_notice (post_id, person_id) "
                            + "values (:post, :person)")
                    .setParameter("post", postId).setParameter("person", personId).executeUpdate();
        }
        return fresh;
    }

    private static Set<Long> ids(List<?> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.add(((Number) row).longValue()));
        return ids;
    }
}
