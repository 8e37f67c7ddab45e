package org.joinedup.forums.personaldata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.joinedup.platform.yourdata.PersonalDataContributor;
import org.joinedup.platform.yourdata.PersonalDataSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The forums' part of "your data" (decision 007): the threads a person started, every post
 * they wrote with its status, and the edits they made. Closing the account forgets how far
 * they had read; their posts stay in their threads, attributed to "Former member", as
 * comments on pathways do.
 */
@Component
@Order(40)
class ForumsPersonalData implements PersonalDataContributor {

    private final EntityManager entityManager;

    ForumsPersonalData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PersonalDataSection export(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("threads started", entityManager.createQuery("select t.id as id, t.title as title, "
                        + "t.createdAt as started from ForumThread t where t.authorId = :person order by t.id", Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> Map.<String, Object>of("thread", row.get("id"), "title", row.get("title"),
                        "started", row.get("started")))
                .toList());
        data.put("posts", entityManager.createQuery("select p.id as id, p.threadId as thread, p.createdAt as written, "
                        + "p.status as status, p.body as body from ForumPost p where p.authorId = :person order by p.id",
                        Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> Map.<String, Object>of("post", row.get("id"), "thread", row.get("thread"),
                        "written", row.get("written"), "status", row.get("status").toString(), "text", row.get("body")))
                .toList());
        data.put("posts edited", entityManager.createQuery("select r.postId from ForumPostRevision r "
                        + "where r.editedBy = :person order by r.id", Long.class)
                .setParameter("person", personId).getResultList());
        data.put("patient insight attached", entityManager.createQuery("select i.postId as post, i.workspaceId as workspace, "
                        + "i.stepTitle as step, i.attachedAt as attached from PostInsight i where i.attachedBy = :person "
                        + "order by i.id", Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> Map.<String, Object>of("post", row.get("post"), "workspace", row.get("workspace"),
                        "step", row.get("step"), "attached", row.get("attached")))
                .toList());
        data.put("threads read", entityManager.createQuery("select count(r) from ForumThreadReading r "
                        + "where r.personId = :person", Long.class)
                .setParameter("person", personId).getSingleResult());
        // Moderation: the flags the person raised, and the suspensions from posting they were given.
        data.put("posts flagged", entityManager.createQuery("select f.postId as post, f.reason as reason, "
                        + "f.note as note, f.flaggedAt as flagged from ForumPostFlag f where f.flaggedBy = :person "
                        + "order by f.id", Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> {
                    Map<String, Object> flag = new LinkedHashMap<>();
                    flag.put("post", row.get("post"));
                    flag.put("reason", row.get("reason").toString());
                    flag.put("note", row.get("note"));
                    flag.put("flagged", row.get("flagged"));
                    return flag;
                })
                .toList());
        data.put("suspensions from posting", entityManager.createQuery("select s.reason as reason, "
                        + "s.startsAt as starts, s.endsAt as ends, s.liftedAt as lifted from ForumSuspension s "
                        + "where s.personId = :person order by s.id", Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> {
                    Map<String, Object> suspension = new LinkedHashMap<>();
                    suspension.put("reason", row.get("reason"));
                    suspension.put("from", row.get("starts"));
                    suspension.put("until", row.get("ends"));
                    suspension.put("lifted", row.get("lifted"));
                    return suspension;
                })
                .toList());
        return new PersonalDataSection("forums", "Threads you started, the posts you wrote and edited in the forums.",
                data);
    }

    @Override
    public void erase(long personId) {
        entityManager.createQuery("delete from ForumThreadReading r where r.personId = :person")
                .setParameter("person", personId).executeUpdate();
        // A flag's words are the flagger's own; the flag itself stays, so a moderator's decision still adds up.
        entityManager.createQuery("update ForumPostFlag f set f.note = null where f.flaggedBy = :person")
                .setParameter("person", personId).executeUpdate();
    }

    @Override
    public Set<String> coveredColumns() {
        return Set.copyOf(List.of("forum_thread.author_id", "forum_post.author_id", "forum_post.edited_by",
                "forum_post_revision.edited_by", "forum_thread_reading.person_id",
                // moderation
                "forum_post_flag.flagged_by", "forum_post_flag.cleared_by", "forum_suspension.person_id",
                "forum_suspension.suspended_by", "forum_suspension.lifted_by",
                // Patient insight: who attached it stays, shown as "Former member" once the account is closed.
                "forum_post_insight.attached_by"));
    }
}
