package org.joinedup.pathway.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A document revision a published version was published with, on the step with this key. */
@Entity
@Immutable
@Table(name = "pathway_version_document")
public class VersionDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "revision_id", nullable = false)
    private long revisionId;

    @Column(name = "step_key", nullable = false, length = 36)
    private String stepKey;

    protected VersionDocument() {
    }

    public VersionDocument(long versionId, long revisionId, String stepKey) {
        this.versionId = versionId;
        this.revisionId = revisionId;
        this.stepKey = stepKey;
    }

    public long versionId() {
        return versionId;
    }

    public long revisionId() {
        return revisionId;
    }

    public String stepKey() {
        return stepKey;
    }
}
