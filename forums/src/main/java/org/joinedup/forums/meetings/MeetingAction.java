package org.joinedup.forums.meetings;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "ForumMeetingAction")
@Table(name = "forum_meeting_action")
class MeetingAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false, length = MeetingLimits.ACTION_MAX)
    private String text;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeetingAction() {
    }

    MeetingAction(long meetingId, String text, long ownerId, LocalDate dueOn, Instant recordedAt) {
        this.meetingId = meetingId;
        this.text = text;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.recordedAt = recordedAt;
    }

    void markDone(boolean done) {
        this.done = done;
    }

    Long id() {
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    String text() {
        return text;
    }

    long ownerId() {
        return ownerId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    boolean done() {
        return done;
    }
}
