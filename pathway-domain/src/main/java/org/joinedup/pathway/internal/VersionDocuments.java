package org.joinedup.pathway.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.joinedup.pathway.draft.PathwaySnapshot;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps, with a version as it is published, the newest revision of every document on the
 * draft's steps that the version contains, so the version goes on offering exactly those
 * files whatever is replaced or removed later.
 */
@Component
public class VersionDocuments {

    private final StepDocumentRepository documents;
    private final DocumentRevisionRepository revisions;
    private final VersionDocumentRepository kept;
    private final SnapshotJson json;

    VersionDocuments(StepDocumentRepository documents, DocumentRevisionRepository revisions,
            VersionDocumentRepository kept, SnapshotJson json) {
        this.documents = documents;
        this.revisions = revisions;
        this.kept = kept;
        this.json = json;
    }

    /** Called by publication, in its transaction, once the version row exists. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keep(PathwayVersion version) {
        PathwaySnapshot content = json.read(version.content());
        Set<String> stepKeys = content.steps().map(PathwaySnapshot.Step::key).collect(Collectors.toSet());
        if (stepKeys.isEmpty()) {
            return;
        }
        List<StepDocument> onSteps = documents.onSteps(version.workspaceId(), stepKeys);
        for (StepDocument document : onSteps) {
            revisions.findFirstByDocumentIdOrderByNumberDesc(document.id()).ifPresent(revision ->
                    kept.save(new VersionDocument(version.id(), revision.id(), document.stepKey())));
        }
    }
}
