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
        data.put("threads read", entityManager.createQuery("select count(r) from ForumThreadReading r "
                        + "where r.personId = :person", Long.class)
                .setParameter("person", personId).getSingleResult());
        data.put("interface issues raised", entityManager.createQuery("select i.id as id, i.title as title, "
                        + "i.raisedAt as raised from InterfaceIssue i where i.raisedBy = :person order by i.id", Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> Map.<String, Object>of("issue", row.get("id"), "title", row.get("title"),
                        "raised", row.get("raised")))
                .toList());
        data.put("interface issue status changes", entityManager.createQuery("select e.issueId as issue, "
                        + "e.toStatus as status, e.note as note, e.changedAt as changed from InterfaceIssueEvent e "
                        + "where e.changedBy = :person order by e.id", Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> Map.<String, Object>of("issue", row.get("issue"), "status", row.get("status").toString(),
                        "note", row.get("note"), "changed", row.get("changed")))
                .toList());
        data.put("interface issues whose pathway change you asked for", entityManager.createQuery("select i.id "
                        + "from InterfaceIssue i where i.changeRequestedBy = :person order by i.id", Long.class)
                .setParameter("person", personId).getResultList());
        return new PersonalDataSection("forums", "Threads you started, the posts you wrote and edited in the forums, "
                + "and the interface issues you raised or moved on.", data);
    }

    @Override
    public void erase(long personId) {
        entityManager.createQuery("delete from ForumThreadReading r where r.personId = :person")
                .setParameter("person", personId).executeUpdate();
    }

    @Override
    public Set<String> coveredColumns() {
        return Set.copyOf(List.of("forum_thread.author_id", "forum_post.author_id", "forum_post.edited_by",
                "forum_post_revision.edited_by", "forum_thread_reading.person_id",
                // Interface issues: kept when an account closes, attributed to "Former member", as posts are.
                "interface_issue.raised_by", "interface_issue.change_requested_by",
                "interface_issue_event.changed_by"));
    }
}
