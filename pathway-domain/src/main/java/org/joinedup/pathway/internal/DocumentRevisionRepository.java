package org.joinedup.pathway.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRevisionRepository extends JpaRepository<DocumentRevision, Long> {

    Optional<DocumentRevision> findFirstByDocumentIdOrderByNumberDesc(long documentId);

    /** Every revision of these documents, each document's newest first. */
    List<DocumentRevision> findByDocumentIdInOrderByDocumentIdAscNumberDesc(Collection<Long> documentIds);

    List<DocumentRevision> findByIdInOrderById(Collection<Long> ids);
}
