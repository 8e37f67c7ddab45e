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
        meetings(personId, data);
        return new PersonalDataSection("forums", "Threads you started, the posts you wrote and edited in the forums, and the design-forum meetings you scheduled, raised items for, attended or took actions from.",
                data);
    }

    /** Design-forum meetings: those the person scheduled, items they raised, their attendance and their actions. */
    private void meetings(long personId, Map<String, Object> data) {
        data.put("meetings scheduled", entityManager.createQuery("select m.id from ForumMeeting m "
                        + "where m.organiserId = :person order by m.id", Long.class)
                .setParameter("person", personId).getResultList());
        data.put("meeting agenda items raised", entityManager.createQuery("select a.meetingId as meeting, a.text as text "
                        + "from ForumMeetingAgendaItem a where a.raisedBy = :person order by a.id", Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> Map.<String, Object>of("meeting", row.get("meeting"), "item", row.get("text")))
                .toList());
        data.put("meetings attended", entityManager.createQuery("select a.meetingId as meeting, a.minutes as minutes "
                        + "from ForumMeetingAttendance a where a.personId = :person order by a.id", Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> Map.<String, Object>of("meeting", row.get("meeting"), "minutes", row.get("minutes")))
                .toList());
        data.put("meeting actions", entityManager.createQuery("select a.meetingId as meeting, a.text as text, "
                        + "a.dueOn as due, a.done as done from ForumMeetingAction a where a.ownerId = :person "
                        + "order by a.id", Tuple.class)
                .setParameter("person", personId).getResultStream()
                .map(row -> Map.<String, Object>of("meeting", row.get("meeting"), "action", row.get("text"),
                        "due", row.get("due"), "done", row.get("done")))
                .toList());
    }

    @Override
    public void erase(long personId) {
        entityManager.createQuery("delete from ForumThreadReading r where r.personId = :person")
                .setParameter("person", personId).executeUpdate();
        // Who attended a meeting is theirs to take away; the minutes already published stay as written.
        entityManager.createQuery("delete from ForumMeetingAttendance a where a.personId = :person")
                .setParameter("person", personId).executeUpdate();
    }

    @Override
    public Set<String> coveredColumns() {
        return Set.copyOf(List.of("forum_thread.author_id", "forum_post.author_id", "forum_post.edited_by",
                "forum_post_revision.edited_by", "forum_thread_reading.person_id",
                "forum_meeting.organiser_id", "forum_meeting_agenda_item.raised_by", "forum_meeting_attendance.person_id",
                "forum_meeting_action.owner_id"));
    }
}
