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
 * comments on pathways do. It also forgets which threads they followed, which posts they found
 * helpful and which posts they were told of.
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
        data.put("threads followed", entityManager.createNativeQuery("select thread_id from forum_thread_follow "
                        + "where person_id = :person and following = true order by thread_id")
                .setParameter("person", personId).getResultList());
        data.put("threads you stopped following", entityManager.createNativeQuery("select thread_id "
                        + "from forum_thread_follow where person_id = :person and following = false order by thread_id")
                .setParameter("person", personId).getResultList());
        data.put("posts you found helpful", entityManager.createNativeQuery("select post_id from forum_post_reaction "
                        + "where person_id = :person order by post_id")
                .setParameter("person", personId).getResultList());
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
                .map(row -> {
                    // Not Map.of: a status change's note may be empty.
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("issue", row.get("issue"));
                    change.put("status", row.get("status").toString());
                    change.put("note", row.get("note"));
                    change.put("changed", row.get("changed"));
                    return change;
                })
                .toList());
        data.put("interface issues whose pathway change you asked for", entityManager.createQuery("select i.id "
                        + "from InterfaceIssue i where i.changeRequestedBy = :person order by i.id", Long.class)
                .setParameter("person", personId).getResultList());
        meetings(personId, data);
        return new PersonalDataSection("forums", "Threads you started, the posts you wrote and edited in the forums, "
                + "the interface issues you raised or moved on, and the design-forum meetings you scheduled, raised "
                + "items for, attended or took actions from.", data);
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
        for (String table : List.of("forum_thread_follow", "forum_post_reaction", "forum_post_notice")) {
            entityManager.createNativeQuery("delete from " + table + " where person_id = :person")
                    .setParameter("person", personId).executeUpdate();
        }
        entityManager.createQuery("delete from ForumThreadReading r where r.personId = :person")
                .setParameter("person", personId).executeUpdate();
        // A flag's words are the flagger's own; the flag itself stays, so a moderator's decision still adds up.
        entityManager.createQuery("update ForumPostFlag f set f.note = null where f.flaggedBy = :person")
                .setParameter("person", personId).executeUpdate();
        // Who attended a meeting is theirs to take away; the minutes already published stay as written.
        entityManager.createQuery("delete from ForumMeetingAttendance a where a.personId = :person")
                .setParameter("person", personId).executeUpdate();
    }

    @Override
    public Set<String> coveredColumns() {
        return Set.copyOf(List.of("forum_thread.author_id", "forum_post.author_id", "forum_post.edited_by",
                "forum_post_revision.edited_by", "forum_thread_reading.person_id",
                // moderation
                "forum_post_flag.flagged_by", "forum_post_flag.cleared_by", "forum_suspension.person_id",
                "forum_suspension.suspended_by", "forum_suspension.lifted_by",
                // following, "helpful" reactions and who was told of which post
                "forum_thread_follow.person_id", "forum_post_reaction.person_id", "forum_post_notice.person_id",
                // Interface issues: kept when an account closes, attributed to "Former member", as posts are.
                "interface_issue.raised_by", "interface_issue.change_requested_by",
                "interface_issue_event.changed_by",
                // design-forum meetings
                "forum_meeting.organiser_id", "forum_meeting_agenda_item.raised_by", "forum_meeting_attendance.person_id",
                "forum_meeting_action.owner_id",
                // Patient insight: who attached it stays, shown as "Former member" once the account is closed.
                "forum_post_insight.attached_by"));
    }
}
