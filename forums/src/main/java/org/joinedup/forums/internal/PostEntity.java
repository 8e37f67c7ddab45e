package org.joinedup.forums.internal;

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

import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.joinedup.forums.threads.HoldReason;
import org.joinedup.forums.threads.PostStatus;
import org.joinedup.platform.search.SearchAnalyzers;

/**
 * A post in a thread: published, held for a moderator, or hidden by one. Every post is in the
 * search index with its status, so a change of status re-indexes it; searches filter by
 * status and by the forums the reader may read ({@code forums.search}).
 */
@Entity(name = "ForumPost")
@Table(name = "forum_post")
@Indexed(index = "forum_post")
@TypeBinding(binder = @TypeBinderRef(type = PostPlaceBinder.class))
public class PostEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "thread_id", nullable = false)
    @GenericField
    private long threadId;

    @Column(name = "author_id", nullable = false)
    @GenericField
    private long authorId;

    @Column(nullable = false, columnDefinition = "mediumtext")
    @FullTextField(analyzer = SearchAnalyzers.TEXT)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private PostStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "hold_reason", length = 20)
    private HoldReason holdReason;

    @Column(name = "hold_detail", length = 1000)
    private String holdDetail;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "quoted_post_id")
    private Long quotedPostId;

    @Column(name = "created_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edited_by")
    private Long editedBy;

    @Version
    private long version;

    protected PostEntity() {
    }

    public PostEntity(long threadId, long authorId, String body, Long quotedPostId, Instant createdAt) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.body = body;
        this.quotedPostId = quotedPostId;
        this.createdAt = createdAt;
        this.status = PostStatus.HELD;
    }

    public void publish(Instant at) {
        status = PostStatus.PUBLISHED;
        holdReason = null;
        holdDetail = null;
        hiddenReason = null;
        if (publishedAt == null) {
            publishedAt = at;
        }
    }

    public void hold(HoldReason reason, String detail) {
        status = PostStatus.HELD;
        holdReason = reason;
        holdDetail = detail;
    }

    public void hideBecause(String reason) {
        status = PostStatus.HIDDEN;
        hiddenReason = reason;
    }

    public void rewrite(String body, long editorId, Instant at) {
        this.body = body;
        this.editedBy = editorId;
        this.editedAt = at;
    }

    public long id() {
        return id;
    }

    public long threadId() {
        return threadId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public PostStatus status() {
        return status;
    }

    public boolean published() {
        return status == PostStatus.PUBLISHED;
    }

    public HoldReason holdReason() {
        return holdReason;
    }

    public String holdDetail() {
        return holdDetail;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public Long quotedPostId() {
        return quotedPostId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Long editedBy() {
        return editedBy;
    }

    public long version() {
        return version;
    }
}
