package org.joinedup.forums.meetings;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "ForumMeetingAgendaItem")
@Table(name = "forum_meeting_agenda_item")
class MeetingAgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgendaItemKind kind;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(nullable = false, length = MeetingLimits.AGENDA_TEXT_MAX)
    private String text;

    @Column(name = "raised_by", nullable = false)
    private long raisedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MeetingAgendaItem() {
    }

    MeetingAgendaItem(long meetingId, int position, AgendaItemKind kind, Long proposalId, Long threadId, String text,
            long raisedBy, Instant createdAt) {
        this.meetingId = meetingId;
        this.position = position;
        this.kind = kind;
        this.proposalId = proposalId;
        this.threadId = threadId;
        this.text = text;
        this.raisedBy = raisedBy;
        this.createdAt = createdAt;
    }

    void moveTo(int position) {
        this.position = position;
    }

    Long id() {
        return id;
    }

    long meetingId() {
        return meetingId;
    }

    int position() {
        return position;
    }

    AgendaItemKind kind() {
        return kind;
    }

    Long proposalId() {
        return proposalId;
    }

    Long threadId() {
        return threadId;
    }

    String text() {
        return text;
    }

    long raisedBy() {
        return raisedBy;
    }
}
