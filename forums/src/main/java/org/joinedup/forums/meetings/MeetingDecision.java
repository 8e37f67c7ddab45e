package org.joinedup.forums.meetings;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "ForumMeetingDecision")
@Table(name = "forum_meeting_decision")
class MeetingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(nullable = false, length = MeetingLimits.DECISION_MAX)
    private String text;

    @Column(name = "changes_pathway", nullable = false)
    private boolean changesPathway;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "proposal_opened")
    private Boolean proposalOpened;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeetingDecision() {
    }

    MeetingDecision(long meetingId, String text, boolean changesPathway, Instant recordedAt) {
        this.meetingId = meetingId;
        this.text = text;
        this.changesPathway = changesPathway;
        this.recordedAt = recordedAt;
    }

    void wentTo(long proposalId, boolean opened) {
        this.proposalId = proposalId;
        this.proposalOpened = opened;
    }

    Long id() {
        return id;
    }

    String text() {
        return text;
    }

    boolean changesPathway() {
        return changesPathway;
    }

    Long proposalId() {
        return proposalId;
    }

    Boolean proposalOpened() {
        return proposalOpened;
    }
}
