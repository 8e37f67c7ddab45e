package org.joinedup.forums.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a post said before one edit, who edited it and the note they left. */
@Entity(name = "ForumPostRevision")
@Table(name = "forum_post_revision")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(nullable = false, columnDefinition = "mediumtext")
    private String body;

    @Column(name = "edited_by", nullable = false)
    private long editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(length = 500)
    private String note;

    protected PostRevision() {
    }

    public PostRevision(long postId, String body, long editedBy, Instant editedAt, String note) {
        this.postId = postId;
        this.body = body;
        this.editedBy = editedBy;
        this.editedAt = editedAt;
        this.note = note;
    }

    public long id() {
        return id;
    }

    public long postId() {
        return postId;
    }

    public String body() {
        return body;
    }

    public long editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String note() {
        return note;
    }
}
