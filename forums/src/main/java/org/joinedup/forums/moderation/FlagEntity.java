package org.joinedup.forums.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's flag on one post; open until a moderator decides on the post. */
@Entity(name = "ForumPostFlag")
@Table(name = "forum_post_flag")
class FlagEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "flagged_by", nullable = false)
    private long flaggedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private FlagReason reason;

    @Column(length = ModerationLimits.NOTE_MAX)
    private String note;

    @Column(name = "flagged_at", nullable = false)
    private Instant flaggedAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(name = "cleared_by")
    private Long clearedBy;

    protected FlagEntity() {
    }

    FlagEntity(long postId, long flaggedBy, FlagReason reason, String note, Instant flaggedAt) {
        this.postId = postId;
        this.flaggedBy = flaggedBy;
        this.reason = reason;
        this.note = note;
        this.flaggedAt = flaggedAt;
    }

    void clear(long moderatorId, Instant at) {
        clearedBy = moderatorId;
        clearedAt = at;
    }

    long id() {
        return id;
    }

    long postId() {
        return postId;
    }

    long flaggedBy() {
        return flaggedBy;
    }

    FlagReason reason() {
        return reason;
    }

    String note() {
        return note;
    }

    Instant flaggedAt() {
        return flaggedAt;
    }

    boolean open() {
        return clearedAt == null;
    }
}
