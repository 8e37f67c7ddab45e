package org.joinedup.forums.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.joinedup.forums.internal.ForumEntity;
import org.joinedup.forums.internal.ForumGate;
import org.joinedup.forums.internal.ForumRepository;
import org.joinedup.forums.internal.PostEntity;
import org.joinedup.forums.internal.PostRepository;
import org.joinedup.forums.internal.ThreadEntity;
import org.joinedup.forums.internal.ThreadRepository;
import org.joinedup.forums.threads.ForumAccessDeniedException;
import org.joinedup.forums.threads.ForumItemGoneException;
import org.joinedup.forums.threads.ForumLimits;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.PostPublished;
import org.joinedup.forums.threads.ThreadChanged;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.PeopleLookup;
import org.joinedup.pathway.proposal.ChangeRequest;
import org.joinedup.pathway.proposal.ChangeRequestOutcome;
import org.joinedup.pathway.proposal.ProposalDetails;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.workspace.MemberDetails;
import org.joinedup.pathway.workspace.WorkspacePermissions;
import org.joinedup.pathway.workspace.WorkspaceReaders;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.notification.NewNotification;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.platform.protectedtime.ProtectedTimeOffered;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The meetings of workspace forums. Every member who may read the forum sees its meetings
 * and may put a thread forward for the next one; the workspace's convenors and editors
 * organise them (schedule, move, cancel, agenda, attendance, decisions, actions, minutes);
 * only convenors send a decision to the workspace's change proposal, because only they may
 * open or revise one. Every change is audited; free text is screened for patient
 * identifiers before it is kept.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class ForumMeetings {

    /** What a design-forum meeting counts as in a protected-time ledger. */
    public static final String PROTECTED_TIME_ACTIVITY = "Design-forum meeting";

    static final String AUDIT_SUBJECT = "forum-meeting";
    static final String MEETING_GONE = "This meeting does not exist.";
    static final String NOT_ORGANISER = "Only the workspace's convenors and editors can change its meetings.";
    static final String NOT_CONVENOR = "Only the workspace's convenors can send a decision to its change proposal, "
            + "because only they open and revise proposals.";

    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final AttendanceRepository attendance;
    private final DecisionRepository decisions;
    private final ActionRepository actions;
    private final ForumRepository forums;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final ForumGate gate;
    private final WorkspaceService workspaces;
    private final WorkspaceReaders readers;
    private final ProposalService proposals;
    private final PeopleLookup people;
    private final IdentifierScreening screening;
    private final AuditTrail audit;
    private final NotificationCentre notifications;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    ForumMeetings(MeetingRepository meetings, AgendaItemRepository agenda, AttendanceRepository attendance,
            DecisionRepository decisions, ActionRepository actions, ForumRepository forums, ThreadRepository threads,
            PostRepository posts, ForumGate gate, WorkspaceService workspaces, WorkspaceReaders readers,
            ProposalService proposals, PeopleLookup people, IdentifierScreening screening, AuditTrail audit,
            NotificationCentre notifications, ApplicationEventPublisher events, EntityManager entityManager,
            Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.attendance = attendance;
        this.decisions = decisions;
        this.actions = actions;
        this.forums = forums;
        this.threads = threads;
        this.posts = posts;
        this.gate = gate;
        this.workspaces = workspaces;
        this.readers = readers;
        this.proposals = proposals;
        this.people = people;
        this.screening = screening;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // Reading

    /**
     * A page of a workspace forum's meetings: the upcoming ones (not yet ended) soonest first, or
     * the past ones latest first. Empty for a portal-wide forum, which does not meet.
     */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings(long forumId, boolean past, int offset, int limit) {
        ForumEntity forum = gate.requireRead(forumId);
        if (forum.workspaceId() == null) {
            return List.of();
        }
        return entityManager.createQuery("select m from ForumMeeting m where m.forumId = :forum and "
                        + (past ? "m.endsAt < :now order by m.startsAt desc, m.id desc"
                                : "m.endsAt >= :now order by m.startsAt, m.id"), ForumMeeting.class)
                .setParameter("forum", forumId).setParameter("now", clock.instant())
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit))
                .getResultStream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public long countMeetings(long forumId, boolean past) {
        ForumEntity forum = gate.requireRead(forumId);
        if (forum.workspaceId() == null) {
            return 0;
        }
        return entityManager.createQuery("select count(m) from ForumMeeting m where m.forumId = :forum and m.endsAt "
                        + (past ? "<" : ">=") + " :now", Long.class)
                .setParameter("forum", forumId).setParameter("now", clock.instant()).getSingleResult();
    }

    /** Whether the signed-in person may schedule this forum's meetings: a convenor or editor of its workspace. */
    @Transactional(readOnly = true)
    public boolean mayOrganise(long forumId) {
        ForumEntity forum = gate.requireRead(forumId);
        return forum.workspaceId() != null && organises(forum.workspaceId());
    }

    @Transactional(readOnly = true)
    public MeetingDetails meeting(long meetingId) {
        return details(readable(meetingId));
    }

    // Scheduling

    /** Schedules a meeting of a workspace's forum; its members are told. The open proposal, if any, is its first item. */
    @Transactional
    public MeetingDetails schedule(long forumId, @Valid NewMeeting meeting) {
        ForumEntity forum = gate.requireRead(forumId);
        if (forum.workspaceId() == null) {
            throw new InvalidInputException("forumId", "Only a workspace's forum holds meetings.");
        }
        requireOrganiser(forum.workspaceId());
        long me = CurrentPerson.id();
        Instant now = clock.instant();
        ForumMeeting row = new ForumMeeting(forum.id(), forum.workspaceId(), me, now);
        plan(row, meeting);
        row = meetings.saveAndFlush(row);
        Optional<ProposalDetails> open = proposals.openProposal(forum.workspaceId());
        if (open.isPresent()) {
            agenda.save(new MeetingAgendaItem(row.id(), 0, AgendaItemKind.PROPOSAL, open.get().id(), null,
                    proposalText(open.get()), me, now));
        }
        notifyMembers(row, "Meeting scheduled: " + row.title() + ", " + PortalTime.dateTime(row.startsAt()),
                MeetingRoutes.meeting(row.id()));
        audit.record("forum.meeting-scheduled", AUDIT_SUBJECT, row.id(), "Scheduled a meeting of forum " + forumId
                + " for " + row.startsAt());
        return details(row);
    }

    /**
     * Moves a meeting, or changes its title or place; its members are told. Refused when someone
     * changed it since {@code expectedVersion}, so nobody's change is overwritten unseen.
     */
    @Transactional
    public MeetingDetails reschedule(long meetingId, long expectedVersion, @Valid NewMeeting meeting) {
        ForumMeeting row = organised(meetingId);
        requireOpen(row);
        if (row.version() != expectedVersion) {
            throw new InvalidInputException("meeting", "Someone changed this meeting while you were editing it. "
                    + "Reload the page to see their change, then make yours.");
        }
        Instant before = row.startsAt();
        plan(row, meeting);
        meetings.saveAndFlush(row);
        notifyMembers(row, "Meeting moved: " + row.title() + ", now " + PortalTime.dateTime(row.startsAt()),
                MeetingRoutes.meeting(row.id()));
        audit.record("forum.meeting-moved", AUDIT_SUBJECT, row.id(), "Moved the meeting from " + before + " to "
                + row.startsAt());
        return details(row);
    }

    /** Cancels a meeting that has not yet taken place, with a reason its members are shown. */
    @Transactional
    public MeetingDetails cancel(long meetingId,
            @NotBlank(message = "Say why the meeting is cancelled.")
            @Size(max = MeetingLimits.REASON_MAX, message = "Keep the reason to " + MeetingLimits.REASON_MAX
                    + " characters.")
            String reason) {
        ForumMeeting row = organised(meetingId);
        requireOpen(row);
        if (!row.startsAt().isAfter(clock.instant())) {
            throw new InvalidInputException("reason", "This meeting has already begun, so it cannot be cancelled.");
        }
        screening.requireNone("the cancellation of meeting " + meetingId, Map.of("reason", reason));
        row.cancel(reason.strip());
        meetings.saveAndFlush(row);
        notifyMembers(row, "Meeting cancelled: " + row.title() + ", " + PortalTime.dateTime(row.startsAt()),
                MeetingRoutes.meeting(row.id()));
        audit.record("forum.meeting-cancelled", AUDIT_SUBJECT, row.id(), "Cancelled the meeting");
        return details(row);
    }

    private void plan(ForumMeeting row, NewMeeting meeting) {
        Instant start = london(meeting.start());
        Instant end = london(meeting.end());
        Map<String, String> problems = new LinkedHashMap<>();
        if (!start.isAfter(clock.instant())) {
            problems.put("start", "A meeting is scheduled for a time still to come.");
        }
        if (!end.isAfter(start)) {
            problems.put("end", "The meeting must end after it starts.");
        } else if (Duration.between(start, end).toMinutes() > MeetingLimits.LONGEST_MINUTES) {
            problems.put("end", "A meeting lasts at most " + MeetingLimits.LONGEST_MINUTES / 60 + " hours.");
        }
        String venue = blankToNull(meeting.venue());
        String link = blankToNull(meeting.link());
        if (meeting.mode() == MeetingMode.IN_PERSON) {
            link = null;
            if (venue == null) {
                problems.put("venue", "Say where people meet.");
            }
        } else {
            venue = null;
            if (link == null) {
                problems.put("link", "Give the address of the online meeting.");
            } else if (!secureWebAddress(link)) {
                problems.put("link", "Give the meeting's full web address, starting https://.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", meeting.title());
        if (venue != null) {
            text.put("venue", venue);
        }
        screening.requireNone("a meeting", text);
        row.plan(meeting.title().strip(), start, end, meeting.mode(), venue, link);
    }

    /** The instant a wall-clock time in London means, whatever the offset on the day the meeting was scheduled. */
    static Instant london(LocalDateTime local) {
        return local.atZone(PortalTime.ZONE).toInstant();
    }

    static boolean secureWebAddress(String link) {
        if (link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // Agenda

    /**
     * Puts a thread of a workspace's forum forward for the forum's next meeting ("Raise at the
     * next meeting"). Any member who may read the thread may; raising it twice changes nothing.
     *
     * @return the meeting it will be discussed at
     */
    @Transactional
    public MeetingSummary raiseThread(long threadId) {
        ThreadEntity thread = gate.requireReadThread(threadId);
        ForumEntity forum = forums.findById(thread.forumId()).orElseThrow();
        if (forum.workspaceId() == null) {
            throw new InvalidInputException("threadId", "Only threads in a workspace's forum can be raised at its meetings.");
        }
        if (thread.postCount() == 0) {
            throw new InvalidInputException("threadId", "This thread is waiting for a moderator, so it cannot be raised yet.");
        }
        ForumMeeting next = entityManager.createQuery("select m from ForumMeeting m where m.forumId = :forum "
                        + "and m.status = :scheduled and m.startsAt > :now order by m.startsAt, m.id", ForumMeeting.class)
                .setParameter("forum", forum.id()).setParameter("scheduled", MeetingStatus.SCHEDULED)
                .setParameter("now", clock.instant()).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("threadId", "No meeting of this forum is scheduled yet. "
                        + "Ask one of the workspace's convenors or editors to schedule one."));
        ForumMeeting meeting = meetings.lockById(next.id()).orElseThrow();
        List<MeetingAgendaItem> items = agenda.findByMeetingIdOrderByPosition(meeting.id());
        if (items.stream().noneMatch(item -> Long.valueOf(threadId).equals(item.threadId()))) {
            agenda.save(new MeetingAgendaItem(meeting.id(), nextPosition(items), AgendaItemKind.THREAD, null, threadId,
                    cut(thread.title(), MeetingLimits.AGENDA_TEXT_MAX), CurrentPerson.id(), clock.instant()));
            audit.record("forum.meeting-thread-raised", AUDIT_SUBJECT, meeting.id(), "Put thread " + threadId
                    + " on the agenda");
        }
        return summary(meeting);
    }

    /** Adds the workspace's proposal awaiting sign-off to the agenda, when it is not there yet. */
    @Transactional
    public MeetingDetails addOpenProposal(long meetingId) {
        ForumMeeting meeting = organised(meetingId);
        requireOpen(meeting);
        ProposalDetails open = proposals.openProposal(meeting.workspaceId()).orElseThrow(() ->
                new InvalidInputException("proposal", "The workspace has no proposal awaiting sign-off."));
        List<MeetingAgendaItem> items = agenda.findByMeetingIdOrderByPosition(meetingId);
        if (items.stream().noneMatch(item -> Long.valueOf(open.id()).equals(item.proposalId()))) {
            agenda.save(new MeetingAgendaItem(meetingId, nextPosition(items), AgendaItemKind.PROPOSAL, open.id(), null,
                    proposalText(open), CurrentPerson.id(), clock.instant()));
            audit.record("forum.meeting-agenda-changed", AUDIT_SUBJECT, meetingId, "Put proposal " + open.number()
                    + " on the agenda");
        }
        return details(meeting);
    }

    /** Adds an item in the organiser's own words at the end of the agenda. */
    @Transactional
    public MeetingDetails addAgendaItem(long meetingId,
            @NotBlank(message = "Say what the item is.")
            @Size(max = MeetingLimits.AGENDA_TEXT_MAX, message = "Keep an agenda item to "
                    + MeetingLimits.AGENDA_TEXT_MAX + " characters.")
            String text) {
        ForumMeeting meeting = organised(meetingId);
        requireOpen(meeting);
        screening.requireNone("an agenda item of meeting " + meetingId, Map.of("text", text));
        List<MeetingAgendaItem> items = agenda.findByMeetingIdOrderByPosition(meetingId);
        agenda.save(new MeetingAgendaItem(meetingId, nextPosition(items), AgendaItemKind.FREE, null, null, text.strip(),
                CurrentPerson.id(), clock.instant()));
        audit.record("forum.meeting-agenda-changed", AUDIT_SUBJECT, meetingId, "Added an agenda item");
        return details(meeting);
    }

    /** Moves an agenda item to another place (from 0); the others close up around it. */
    @Transactional
    public MeetingDetails moveAgendaItem(long meetingId, long itemId, int newIndex) {
        ForumMeeting meeting = organised(meetingId);
        requireOpen(meeting);
        List<MeetingAgendaItem> items = new ArrayList<>(agenda.findByMeetingIdOrderByPosition(meetingId));
        MeetingAgendaItem moved = items.stream().filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> new ForumItemGoneException("This agenda item is no longer on the agenda."));
        items.remove(moved);
        items.add(Math.clamp(newIndex, 0, items.size()), moved);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i);
        }
        agenda.saveAll(items);
        audit.record("forum.meeting-agenda-changed", AUDIT_SUBJECT, meetingId, "Moved agenda item " + itemId
                + " to place " + (items.indexOf(moved) + 1));
        return details(meeting);
    }

    @Transactional
    public MeetingDetails removeAgendaItem(long meetingId, long itemId) {
        ForumMeeting meeting = organised(meetingId);
        requireOpen(meeting);
        MeetingAgendaItem item = agenda.findById(itemId).filter(row -> row.meetingId() == meetingId)
                .orElseThrow(() -> new ForumItemGoneException("This agenda item is no longer on the agenda."));
        agenda.delete(item);
        audit.record("forum.meeting-agenda-changed", AUDIT_SUBJECT, meetingId, "Took agenda item " + itemId
                + " off the agenda");
        return details(meeting);
    }

    // Attendance

    /**
     * Records that a member or a named guest attended, once the meeting has begun. A member's
     * time is offered into their protected-time ledger ({@link ProtectedTimeOffered}, published
     * in this transaction for listeners after the commit); recording the same member again
     * corrects their entry and offers the corrected time.
     */
    @Transactional
    public MeetingDetails recordAttendance(long meetingId, @Valid NewAttendance entry) {
        ForumMeeting meeting = organised(meetingId);
        requireOpen(meeting);
        Instant now = clock.instant();
        if (meeting.startsAt().isAfter(now)) {
            throw new InvalidInputException("attendance", "Attendance is recorded once the meeting has begun.");
        }
        long length = Duration.between(meeting.startsAt(), meeting.endsAt()).toMinutes();
        if (entry.minutes() > length) {
            throw new InvalidInputException("minutes", "The meeting lasted " + length + " minutes; nobody attended longer.");
        }
        String guest = blankToNull(entry.guestName());
        if ((entry.personId() == null) == (guest == null)) {
            throw new InvalidInputException("personId", "Choose a member, or write a guest's name, but not both.");
        }
        MeetingAttendance row;
        if (entry.personId() != null) {
            long personId = entry.personId();
            if (memberIds(meeting.workspaceId()).stream().noneMatch(id -> id == personId)) {
                throw new InvalidInputException("personId", "Only members of the workspace can be recorded by name; "
                        + "write anyone else in as a guest.");
            }
            row = attendance.findByMeetingIdAndPersonId(meetingId, personId)
                    .orElseGet(() -> new MeetingAttendance(meetingId, personId, null));
        } else {
            screening.requireNone("a guest at meeting " + meetingId, Map.of("guestName", guest));
            row = new MeetingAttendance(meetingId, null, guest);
        }
        row.record(entry.careSetting(), entry.body(), entry.minutes(), now);
        row = attendance.saveAndFlush(row);
        if (row.personId() != null) {
            events.publishEvent(new ProtectedTimeOffered(row.personId(), PROTECTED_TIME_ACTIVITY,
                    PROTECTED_TIME_ACTIVITY + ": " + meeting.title() + " (" + workspaceTitle(meeting) + ")",
                    meeting.startsAt(), row.minutes(), MeetingRoutes.meeting(meetingId)));
        }
        audit.record("forum.meeting-attendance", AUDIT_SUBJECT, meetingId, "Recorded attendance "
                + (row.personId() == null ? "of a guest" : "of person " + row.personId()) + ", " + row.minutes()
                + " minutes");
        return details(meeting);
    }

    @Transactional
    public MeetingDetails removeAttendance(long meetingId, long attendanceId) {
        ForumMeeting meeting = organised(meetingId);
        MeetingAttendance row = attendance.findById(attendanceId).filter(entry -> entry.meetingId() == meetingId)
                .orElseThrow(() -> new ForumItemGoneException("This attendance entry is no longer recorded."));
        attendance.delete(row);
        audit.record("forum.meeting-attendance", AUDIT_SUBJECT, meetingId, "Removed attendance entry " + attendanceId);
        return details(meeting);
    }

    // Decisions and actions

    /**
     * Records a decision. One that changes the pathway goes to the workspace's change proposal
     * ({@link ProposalService#requestChange}), which opens one from the draft or adds to the one
     * open; only convenors may ask for that. The decision names the proposal it went to.
     */
    @Transactional
    public MeetingDetails recordDecision(long meetingId, @Valid NewDecision decision) {
        ForumMeeting readable = readable(meetingId);
        requireOrganiser(readable.workspaceId());
        if (decision.changesPathway() && !convenes(readable.workspaceId())) {
            throw new ForumAccessDeniedException(NOT_CONVENOR);
        }
        screening.requireNone("a decision of meeting " + meetingId, Map.of("text", decision.text()));
        Instant now = clock.instant();
        MeetingDecision row = new MeetingDecision(meetingId, decision.text().strip(), decision.changesPathway(), now);
        if (decision.changesPathway()) {
            // The proposal's row is locked before the meeting's, as every lock order in the portal has it.
            ChangeRequestOutcome outcome = proposals.requestChange(readable.workspaceId(),
                    new ChangeRequest(decision.text().strip(), MeetingRoutes.meeting(meetingId)));
            row.wentTo(outcome.proposalId(), outcome.opened());
        }
        ForumMeeting meeting = meetings.lockById(meetingId).orElseThrow();
        requireOpen(meeting);
        decisions.saveAndFlush(row);
        audit.record("forum.meeting-decision", AUDIT_SUBJECT, meetingId, "Recorded a decision"
                + (row.proposalId() == null ? "" : (Boolean.TRUE.equals(row.proposalOpened())
                        ? ", which opened change proposal " : ", added to change proposal ") + row.proposalId()));
        return details(meeting);
    }

    /** Records an action for a member of the workspace, who is told. */
    @Transactional
    public MeetingDetails recordAction(long meetingId, @Valid NewAction action) {
        ForumMeeting meeting = organised(meetingId);
        requireOpen(meeting);
        long owner = action.ownerId();
        if (memberIds(meeting.workspaceId()).stream().noneMatch(id -> id == owner)) {
            throw new InvalidInputException("ownerId", "An action's owner is a member of the workspace.");
        }
        screening.requireNone("an action of meeting " + meetingId, Map.of("text", action.text()));
        actions.saveAndFlush(new MeetingAction(meetingId, action.text().strip(), owner, action.due(), clock.instant()));
        if (owner != CurrentPerson.id()) {
            notifications.send(new NewNotification(owner, NotificationKind.FORUM_MEETING, "Action for you from "
                    + meeting.title() + ": " + action.text().strip(), MeetingRoutes.meeting(meetingId)));
        }
        audit.record("forum.meeting-action", AUDIT_SUBJECT, meetingId, "Recorded an action for person " + owner
                + " due " + action.due());
        return details(meeting);
    }

    /** Marks an action done or not done: its owner, or an organiser. */
    @Transactional
    public MeetingDetails markActionDone(long meetingId, long actionId, boolean done) {
        ForumMeeting readable = readable(meetingId);
        MeetingAction action = actions.findById(actionId).filter(row -> row.meetingId() == meetingId)
                .orElseThrow(() -> new ForumItemGoneException("This action is no longer recorded."));
        if (action.ownerId() != CurrentPerson.id()) {
            requireOrganiser(readable.workspaceId());
        }
        ForumMeeting meeting = meetings.lockById(meetingId).orElseThrow();
        action.markDone(done);
        actions.saveAndFlush(action);
        audit.record("forum.meeting-action", AUDIT_SUBJECT, meetingId, "Marked action " + actionId
                + (done ? " done" : " not done"));
        return details(meeting);
    }

    // Minutes

    /**
     * Publishes the minutes to the forum: a new thread the first time, a reply in that thread
     * after. Everything people wrote in them is screened first; when something looks like a
     * patient identifier, nothing is published and the refusal names each item to edit.
     *
     * @return the thread the minutes are in
     */
    @Transactional
    public long publishMinutes(long meetingId) {
        ForumMeeting meeting = organised(meetingId);
        requireOpen(meeting);
        Instant now = clock.instant();
        if (meeting.startsAt().isAfter(now)) {
            throw new InvalidInputException("minutes", "Minutes are published once the meeting has begun.");
        }
        MeetingDetails details = details(meeting);
        screening.requireNone("the minutes of meeting " + meetingId, minutesText(details));
        Map<Long, Integer> numbers = proposalNumbers(meeting.workspaceId(), details);
        String body = MinutesWriter.write(details, numbers);
        screening.requireNone("the minutes of meeting " + meetingId, Map.of("minutes", body));
        if (body.length() > ForumLimits.POST_MAX) {
            throw new InvalidInputException("minutes", "The minutes are longer than a post may be ("
                    + ForumLimits.POST_MAX + " characters). Shorten some items.");
        }
        long me = CurrentPerson.id();
        ThreadEntity thread = meeting.minutesThreadId() == null ? null
                : threads.lockById(meeting.minutesThreadId()).filter(t -> !t.hidden() && !t.locked()).orElse(null);
        boolean firstPost = thread == null;
        if (thread == null) {
            String title = cut("Minutes: " + meeting.title() + ", " + PortalTime.date(meeting.startsAt()),
                    ForumLimits.THREAD_TITLE_MAX);
            thread = threads.saveAndFlush(new ThreadEntity(meeting.forumId(), title, me, null, now));
        }
        PostEntity post = posts.saveAndFlush(new PostEntity(thread.id(), me, body, null, now));
        post.publish(now);
        thread.published(post.id(), now);
        posts.saveAndFlush(post);
        threads.saveAndFlush(thread);
        events.publishEvent(new PostPublished(post.id(), thread.id(), meeting.forumId(), me, firstPost, now));
        events.publishEvent(new ThreadChanged(thread.id(), meeting.forumId(), post.id()));
        meeting.minutesPublished(thread.id(), now);
        meetings.saveAndFlush(meeting);
        notifyMembers(meeting, "Minutes published: " + meeting.title(), ForumRoutes.post(thread.id(), post.id()));
        audit.record("forum.meeting-minutes", AUDIT_SUBJECT, meetingId, "Published the minutes in thread " + thread.id());
        return thread.id();
    }

    /** Every piece of text people wrote that the minutes would show, by the item a person would edit. */
    private static Map<String, String> minutesText(MeetingDetails details) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", details.meeting().title());
        if (details.meeting().venue() != null) {
            text.put("venue", details.meeting().venue());
        }
        for (int i = 0; i < details.agenda().size(); i++) {
            text.put("agenda item " + (i + 1), details.agenda().get(i).text());
        }
        for (Attendee attendee : details.attendance()) {
            if (attendee.guest()) {
                text.put("guest " + attendee.name(), attendee.name());
            }
        }
        for (int i = 0; i < details.decisions().size(); i++) {
            text.put("decision " + (i + 1), details.decisions().get(i).text());
        }
        for (int i = 0; i < details.actions().size(); i++) {
            text.put("action " + (i + 1), details.actions().get(i).text());
        }
        return text;
    }

    private Map<Long, Integer> proposalNumbers(long workspaceId, MeetingDetails details) {
        Set<Long> ids = new HashSet<>();
        details.agenda().stream().map(AgendaItem::proposalId).filter(id -> id != null).forEach(ids::add);
        details.decisions().stream().map(DecisionDetails::proposalId).filter(id -> id != null).forEach(ids::add);
        Map<Long, Integer> numbers = new HashMap<>();
        if (ids.isEmpty()) {
            return numbers;
        }
        proposals.openProposal(workspaceId).ifPresent(open -> numbers.put(open.id(), open.number()));
        return numbers;
    }

    // Rules

    private ForumMeeting readable(long meetingId) {
        ForumMeeting meeting = meetings.findById(meetingId).orElseThrow(() -> new ForumItemGoneException(MEETING_GONE));
        gate.requireRead(meeting.forumId());
        return meeting;
    }

    /** The meeting, locked for writing, when the signed-in person organises its workspace's meetings. */
    private ForumMeeting organised(long meetingId) {
        ForumMeeting meeting = readable(meetingId);
        requireOrganiser(meeting.workspaceId());
        return meetings.lockById(meetingId).orElseThrow(() -> new ForumItemGoneException(MEETING_GONE));
    }

    private void requireOrganiser(long workspaceId) {
        if (!organises(workspaceId)) {
            throw new ForumAccessDeniedException(NOT_ORGANISER);
        }
    }

    private static void requireOpen(ForumMeeting meeting) {
        if (meeting.cancelled()) {
            throw new InvalidInputException("meeting", "This meeting was cancelled, so it can no longer be changed.");
        }
    }

    private boolean organises(long workspaceId) {
        return permissions(workspaceId).map(p -> p.edits() || p.convenes()).orElse(false);
    }

    private boolean convenes(long workspaceId) {
        return permissions(workspaceId).map(WorkspacePermissions::convenes).orElse(false);
    }

    /**
     * The signed-in person's permissions in the workspace, asked only of those who read its
     * draft (every organiser does): a refusal from the workspace would mark this whole
     * transaction for rollback, even when caught, and moderators read the forum without being
     * members.
     */
    private Optional<WorkspacePermissions> permissions(long workspaceId) {
        if (!readers.readsDraft(CurrentPerson.id(), workspaceId)) {
            return Optional.empty();
        }
        return Optional.of(workspaces.myPermissions(workspaceId));
    }

    private List<Long> memberIds(long workspaceId) {
        return workspaces.members(workspaceId).stream().map(MemberDetails::personId).toList();
    }

    /** The workspace's title as its forum carries it, which moderators may read without being members. */
    private String workspaceTitle(ForumMeeting meeting) {
        return forums.findById(meeting.forumId()).map(ForumEntity::title).orElse("");
    }

    private void notifyMembers(ForumMeeting meeting, String title, String link) {
        long me = CurrentPerson.id();
        List<Long> recipients = memberIds(meeting.workspaceId()).stream().filter(id -> id != me).toList();
        if (!recipients.isEmpty()) {
            notifications.sendAll(recipients, NotificationKind.FORUM_MEETING, title, link);
        }
    }

    private static int nextPosition(List<MeetingAgendaItem> items) {
        return items.stream().mapToInt(MeetingAgendaItem::position).max().orElse(-1) + 1;
    }

    private static String proposalText(ProposalDetails proposal) {
        return cut("Proposal " + proposal.number() + ": " + proposal.summary(), MeetingLimits.AGENDA_TEXT_MAX);
    }

    private static String cut(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // Records

    private MeetingSummary summary(ForumMeeting meeting) {
        return new MeetingSummary(meeting.id(), meeting.forumId(), meeting.workspaceId(), meeting.title(),
                ZonedDateTime.ofInstant(meeting.startsAt(), PortalTime.ZONE),
                ZonedDateTime.ofInstant(meeting.endsAt(), PortalTime.ZONE), meeting.mode(), meeting.venue(),
                meeting.link(), meeting.status(), meeting.endsAt().isBefore(clock.instant()),
                meeting.minutesPublishedAt() != null);
    }

    private MeetingDetails details(ForumMeeting meeting) {
        long id = meeting.id();
        List<MeetingAgendaItem> items = agenda.findByMeetingIdOrderByPosition(id);
        List<MeetingAttendance> attended = attendance.findByMeetingIdOrderById(id);
        List<MeetingAction> actionRows = actions.findByMeetingIdOrderById(id);
        Set<Long> named = new HashSet<>();
        named.add(meeting.organiserId());
        items.forEach(item -> named.add(item.raisedBy()));
        attended.stream().map(MeetingAttendance::personId).filter(p -> p != null).forEach(named::add);
        actionRows.forEach(action -> named.add(action.ownerId()));
        Map<Long, String> names = people.names(named);
        List<AgendaItem> agendaItems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            MeetingAgendaItem item = items.get(i);
            agendaItems.add(new AgendaItem(item.id(), i, item.kind(), item.text(), item.proposalId(), item.threadId(),
                    names.getOrDefault(item.raisedBy(), "Former member")));
        }
        List<Attendee> attendees = attended.stream().map(row -> new Attendee(row.id(), row.personId(),
                        row.personId() == null ? row.guestName() : names.getOrDefault(row.personId(), "Former member"),
                        row.careSetting(), row.body(), row.minutes()))
                .sorted(Comparator.comparing(Attendee::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<DecisionDetails> decisionList = decisions.findByMeetingIdOrderById(id).stream()
                .map(row -> new DecisionDetails(row.id(), row.text(), row.changesPathway(), row.proposalId(),
                        row.proposalOpened()))
                .toList();
        List<ActionDetails> actionList = actionRows.stream().map(row -> new ActionDetails(row.id(), row.text(),
                row.ownerId(), names.getOrDefault(row.ownerId(), "Former member"), row.dueOn(), row.done())).toList();
        boolean organises = organises(meeting.workspaceId());
        return new MeetingDetails(summary(meeting), workspaceTitle(meeting),
                names.getOrDefault(meeting.organiserId(), "Former member"), meeting.cancelledReason(), agendaItems,
                attendees, balance(attendees), decisionList, actionList, meeting.minutesThreadId(),
                meeting.minutesPublishedAt(), organises, organises && convenes(meeting.workspaceId()),
                meeting.version());
    }

    /** Attendance by care setting, in the settings' order, with those from no setting last. */
    static List<SettingBalance> balance(List<Attendee> attendees) {
        Map<CareSetting, int[]> bySetting = new EnumMap<>(CareSetting.class);
        int[] none = new int[2];
        for (Attendee attendee : attendees) {
            int[] counts = attendee.careSetting() == null ? none
                    : bySetting.computeIfAbsent(attendee.careSetting(), setting -> new int[2]);
            counts[0]++;
            counts[1] += attendee.minutes();
        }
        List<SettingBalance> balance = new ArrayList<>();
        bySetting.forEach((setting, counts) -> balance.add(new SettingBalance(setting, setting.label(), counts[0],
                counts[1])));
        if (none[0] > 0) {
            balance.add(new SettingBalance(null, MinutesWriter.settingLabel(null), none[0], none[1]));
        }
        return balance.stream().collect(Collectors.toUnmodifiableList());
    }
}
