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
import jakarta.persistence.Version;

/** A meeting of a workspace's forum. */
@Entity(name = "ForumMeeting")
@Table(name = "forum_meeting")
class ForumMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(nullable = false, length = MeetingLimits.TITLE_MAX)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingMode mode;

    @Column(length = MeetingLimits.VENUE_MAX)
    private String venue;

    @Column(length = MeetingLimits.LINK_MAX)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "cancelled_reason", length = MeetingLimits.REASON_MAX)
    private String cancelledReason;

    @Column(name = "organiser_id", nullable = false)
    private long organiserId;

    @Column(name = "minutes_thread_id")
    private Long minutesThreadId;

    @Column(name = "minutes_published_at")
    private Instant minutesPublishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ForumMeeting() {
    }

    ForumMeeting(long forumId, long workspaceId, long organiserId, Instant createdAt) {
        this.forumId = forumId;
        this.workspaceId = workspaceId;
        this.organiserId = organiserId;
        this.createdAt = createdAt;
        this.status = MeetingStatus.SCHEDULED;
    }

    void plan(String title, Instant startsAt, Instant endsAt, MeetingMode mode, String venue, String link) {
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.mode = mode;
        this.venue = venue;
        this.link = link;
    }

    void cancel(String reason) {
        status = MeetingStatus.CANCELLED;
        cancelledReason = reason;
    }

    void minutesPublished(long threadId, Instant at) {
        minutesThreadId = threadId;
        minutesPublishedAt = at;
    }

    Long id() {
        return id;
    }

    long forumId() {
        return forumId;
    }

    long workspaceId() {
        return workspaceId;
    }

    String title() {
        return title;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    MeetingMode mode() {
        return mode;
    }

    String venue() {
        return venue;
    }

    String link() {
        return link;
    }

    MeetingStatus status() {
        return status;
    }

    boolean cancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    String cancelledReason() {
        return cancelledReason;
    }

    long organiserId() {
        return organiserId;
    }

    Long minutesThreadId() {
        return minutesThreadId;
    }

    Instant minutesPublishedAt() {
        return minutesPublishedAt;
    }

    long version() {
        return version;
    }
}
