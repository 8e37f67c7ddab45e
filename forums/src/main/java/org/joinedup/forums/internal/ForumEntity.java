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

import org.joinedup.forums.threads.ForumKind;

@Entity(name = "Forum")
@Table(name = "forum")
public class ForumEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ForumKind kind;

    @Column(name = "workspace_id")
    private Long workspaceId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ForumEntity() {
    }

    public long id() {
        return id;
    }

    public ForumKind kind() {
        return kind;
    }

    /** The workspace whose forum this is; null for the portal-wide forums. */
    public Long workspaceId() {
        return workspaceId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
