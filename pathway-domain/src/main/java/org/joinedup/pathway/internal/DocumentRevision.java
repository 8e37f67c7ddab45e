package org.joinedup.pathway.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.joinedup.pathway.documents.DocumentLimits;

/**
 * One upload of a document: its title and whether it is for patients as they were then, the
 * file's name, the type read from its content, its size and SHA-256 checksum. Never changed
 * (the database refuses); the file itself is a {@link DocumentContent}.
 */
@Entity
@Immutable
@Table(name = "document_revision")
public class DocumentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = DocumentLimits.TITLE_MAX)
    private String title;

    @Column(name = "for_patients", nullable = false)
    private boolean forPatients;

    @Column(name = "file_name", nullable = false, length = DocumentLimits.FILE_NAME_MAX)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DocumentRevision() {
    }

    public DocumentRevision(StepDocument document, int number, String title, boolean forPatients, String fileName,
            String mediaType, long sizeBytes, String sha256, long uploadedBy, Instant uploadedAt) {
        this.documentId = document.id();
        this.workspaceId = document.workspaceId();
        this.number = number;
        this.title = title;
        this.forPatients = forPatients;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long id() {
        return id;
    }

    public long documentId() {
        return documentId;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public boolean forPatients() {
        return forPatients;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public long uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
