package org.joinedup.pathway.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The bytes of one document revision, kept apart so that listing documents never reads them. */
@Entity
@Immutable
@Table(name = "document_revision_content")
public class DocumentContent {

    @Id
    @Column(name = "revision_id")
    private Long revisionId;

    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(long revisionId, byte[] content) {
        this.revisionId = revisionId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
