package org.joinedup.forums.meetings;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<ForumMeeting, Long> {

    /** The meeting locked for writing, so changes to it and its items do not pass each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from ForumMeeting m where m.id = :id")
    Optional<ForumMeeting> lockById(long id);
}

interface AgendaItemRepository extends JpaRepository<MeetingAgendaItem, Long> {

    List<MeetingAgendaItem> findByMeetingIdOrderByPosition(long meetingId);
}

interface AttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

    List<MeetingAttendance> findByMeetingIdOrderById(long meetingId);

    Optional<MeetingAttendance> findByMeetingIdAndPersonId(long meetingId, long personId);
}

interface DecisionRepository extends JpaRepository<MeetingDecision, Long> {

    List<MeetingDecision> findByMeetingIdOrderById(long meetingId);
}

interface ActionRepository extends JpaRepository<MeetingAction, Long> {

    List<MeetingAction> findByMeetingIdOrderById(long meetingId);
}
