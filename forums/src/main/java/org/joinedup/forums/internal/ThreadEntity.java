package org.joinedup.forums.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A thread. It shows in its forum once its first post is published; {@code postCount} and
 * {@code lastPostId} count published posts only, so held posts change neither the reply
 * count nor anyone's unread marker.
 */
@Entity(name = "ForumThread")
@Table(name = "forum_thread")
public class ThreadEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false)
    private long forumId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "step_key", length = 36)
    private String stepKey;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "last_post_id")
    private Long lastPostId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Version
    private long version;

    protected ThreadEntity() {
    }

    public ThreadEntity(long forumId, String title, long authorId, String stepKey, Instant createdAt) {
        this.forumId = forumId;
        this.title = title;
        this.authorId = authorId;
        this.stepKey = stepKey;
        this.createdAt = createdAt;
        this.lastActivityAt = createdAt;
    }

    /** A post of this thread became visible to its readers. */
    public void published(long postId, Instant at) {
        postCount++;
        if (lastPostId == null || postId > lastPostId) {
            lastPostId = postId;
        }
        lastActivityAt = at;
    }

    /** A post that was visible is no longer (hidden by a moderator). */
    public void unpublished() {
        postCount = Math.max(0, postCount - 1);
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    public void hide(boolean hidden) {
        this.hidden = hidden;
    }

    public void linkToStep(String stepKey) {
        this.stepKey = stepKey;
    }

    public long id() {
        return id;
    }

    public long forumId() {
        return forumId;
    }

    public String title() {
        return title;
    }

    public long authorId() {
        return authorId;
    }

    public String stepKey() {
        return stepKey;
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }

    public boolean hidden() {
        return hidden;
    }

    public int postCount() {
        return postCount;
    }

    public Long lastPostId() {
        return lastPostId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public long version() {
        return version;
    }
}
