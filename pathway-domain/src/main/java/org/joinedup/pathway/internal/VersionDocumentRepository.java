package org.joinedup.pathway.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionDocumentRepository extends JpaRepository<VersionDocument, Long> {

    List<VersionDocument> findByVersionIdOrderById(long versionId);

    boolean existsByVersionIdAndRevisionId(long versionId, long revisionId);
}
