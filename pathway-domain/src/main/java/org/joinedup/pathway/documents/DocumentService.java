package org.joinedup.pathway.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import jakarta.validation.Valid;

import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.internal.DocumentChange;
import org.joinedup.pathway.internal.DocumentContent;
import org.joinedup.pathway.internal.DocumentContentRepository;
import org.joinedup.pathway.internal.DocumentRevision;
import org.joinedup.pathway.internal.DocumentRevisionRepository;
import org.joinedup.pathway.internal.PathwayVersion;
import org.joinedup.pathway.internal.PersonNames;
import org.joinedup.pathway.internal.SnapshotJson;
import org.joinedup.pathway.internal.StepDocument;
import org.joinedup.pathway.internal.StepDocumentRepository;
import org.joinedup.pathway.internal.StepEntity;
import org.joinedup.pathway.internal.StepRepository;
import org.joinedup.pathway.internal.VersionDocument;
import org.joinedup.pathway.internal.VersionDocumentRepository;
import org.joinedup.pathway.internal.VersionRepository;
import org.joinedup.pathway.internal.WorkspaceActivity;
import org.joinedup.pathway.internal.WorkspaceGate;
import org.joinedup.platform.screening.IdentifierScreening;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Documents on the steps of a pathway. Editors upload, replace and remove them on the draft;
 * a file is refused, and nothing stored, when it is empty, over the size limit
 * ({@code joinedup.documents.max-size}), or its content is not an accepted type or not what its
 * name says. Each upload is a revision kept with its SHA-256 checksum; replacing adds one,
 * removing takes the document off the draft, and a published version keeps the revisions it
 * was published with. Every read and every download checks access again: the draft's
 * documents for those who read the draft, a version's for those who may read it in the
 * library, leaflets for patients for those who may open its "what to expect" page.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Validated
public class DocumentService {

    /** What a person is told when a document they had on screen has been removed or never existed. */
    public static final String DOCUMENT_GONE = "This document has been removed from the step.";
    private static final String STEP_REMOVED = "a removed step";

    private final StepRepository steps;
    private final StepDocumentRepository documents;
    private final DocumentRevisionRepository revisions;
    private final DocumentContentRepository contents;
    private final VersionRepository versions;
    private final VersionDocumentRepository versionDocuments;
    private final WorkspaceGate gate;
    private final WorkspaceActivity activity;
    private final PersonNames names;
    private final SnapshotJson json;
    private final IdentifierScreening screening;
    private final Clock clock;
    private final DataSize maxSize;
    private final DocumentTypes types = new DocumentTypes();

    DocumentService(StepRepository steps, StepDocumentRepository documents, DocumentRevisionRepository revisions,
            DocumentContentRepository contents, VersionRepository versions, VersionDocumentRepository versionDocuments,
            WorkspaceGate gate, WorkspaceActivity activity, PersonNames names, SnapshotJson json,
            IdentifierScreening screening, Clock clock,
            @Value("${joinedup.documents.max-size}") DataSize maxSize) {
        this.steps = steps;
        this.documents = documents;
        this.revisions = revisions;
        this.contents = contents;
        this.versions = versions;
        this.versionDocuments = versionDocuments;
        this.gate = gate;
        this.activity = activity;
        this.names = names;
        this.json = json;
        this.screening = screening;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** The largest file accepted, in bytes. */
    public long maxSizeBytes() {
        return maxSize.toBytes();
    }

    /** The documents on a step of the draft, oldest first, each with its earlier revisions. */
    @Transactional(readOnly = true)
    public List<DocumentDetails> ofStep(long stepId) {
        StepEntity step = step(stepId);
        gate.requireRead(step.workspaceId());
        List<StepDocument> onStep = documents.onStep(step.workspaceId(), step.key());
        if (onStep.isEmpty()) {
            return List.of();
        }
        List<DocumentRevision> all = revisions.findByDocumentIdInOrderByDocumentIdAscNumberDesc(
                onStep.stream().map(StepDocument::id).toList());
        Map<Long, String> uploaders = uploaders(all);
        Map<Long, List<DocumentRevisionDetails>> byDocument = new LinkedHashMap<>();
        all.forEach(revision -> byDocument.computeIfAbsent(revision.documentId(), id -> new ArrayList<>())
                .add(details(revision, uploaders)));
        return onStep.stream().filter(document -> byDocument.containsKey(document.id())).map(document -> {
            List<DocumentRevisionDetails> newestFirst = byDocument.get(document.id());
            return new DocumentDetails(document.id(), newestFirst.getFirst(), newestFirst.subList(1, newestFirst.size()));
        }).toList();
    }

    /** Adds a document to a step of the draft; editors only. */
    @Transactional
    public DocumentDetails upload(long stepId, @Valid DocumentUpload upload) {
        StepEntity step = step(stepId);
        gate.requireEdit(step.workspaceId());
        DocumentType type = checked(stepId, upload);
        StepDocument document = documents.saveAndFlush(new StepDocument(step.workspaceId(), step.key(), CurrentPerson.id(),
                clock.instant()));
        DocumentRevision revision = store(document, 1, upload, type);
        activity.record(new DocumentChange.DocumentAdded(step.workspaceId(), step.id(), step.title(), revision.title(),
                type.mediaType(), revision.sha256()));
        return new DocumentDetails(document.id(), details(revision, uploaders(List.of(revision))), List.of());
    }

    /** Replaces a document with a new file (and title); the earlier revision is kept. Editors only. */
    @Transactional
    public DocumentDetails replace(long documentId, @Valid DocumentUpload upload) {
        StepDocument document = documents.lockById(documentId).orElseThrow(() -> new DraftItemGoneException(DOCUMENT_GONE));
        gate.requireEdit(document.workspaceId());
        if (document.removed()) {
            throw new DraftItemGoneException(DOCUMENT_GONE);
        }
        StepEntity step = steps.findByWorkspaceIdAndKey(document.workspaceId(), document.stepKey()).orElse(null);
        DocumentType type = checked(step == null ? documentId : step.id(), upload);
        int number = revisions.findFirstByDocumentIdOrderByNumberDesc(documentId).map(DocumentRevision::number).orElse(0) + 1;
        DocumentRevision revision = store(document, number, upload, type);
        activity.record(new DocumentChange.DocumentReplaced(document.workspaceId(), step == null ? null : step.id(),
                step == null ? STEP_REMOVED : step.title(), revision.title(), number, type.mediaType(), revision.sha256()));
        return detailsOf(document);
    }

    /** Takes a document off the draft; published versions keep the revisions they hold. Editors only. */
    @Transactional
    public void remove(long documentId) {
        StepDocument document = documents.lockById(documentId).orElseThrow(() -> new DraftItemGoneException(DOCUMENT_GONE));
        gate.requireEdit(document.workspaceId());
        if (document.removed()) {
            return;
        }
        document.remove(CurrentPerson.id(), clock.instant());
        documents.saveAndFlush(document);
        String title = revisions.findFirstByDocumentIdOrderByNumberDesc(documentId).map(DocumentRevision::title).orElseThrow();
        StepEntity step = steps.findByWorkspaceIdAndKey(document.workspaceId(), document.stepKey()).orElse(null);
        activity.record(new DocumentChange.DocumentRemoved(document.workspaceId(), step == null ? null : step.id(),
                step == null ? STEP_REMOVED : step.title(), title));
    }

    /** The documents a published version holds, for those who may read it in the library. */
    @Transactional(readOnly = true)
    public List<PublishedDocument> ofVersion(long workspaceId, int versionNumber) {
        gate.requireReadPublished(workspaceId);
        return published(version(workspaceId, versionNumber), false);
    }

    /** The leaflets for patients a published version holds, for those who may open its "what to expect" page. */
    @Transactional(readOnly = true)
    public List<PublishedDocument> forPatients(long workspaceId, int versionNumber) {
        gate.requireReadPatientPage(workspaceId);
        return published(version(workspaceId, versionNumber), true);
    }

    /** A revision of a document on the draft, current or earlier, for those who read the draft. */
    @Transactional(readOnly = true)
    public DocumentFile draftFile(long revisionId) {
        DocumentRevision revision = revisions.findById(revisionId).orElseThrow(() -> new DraftItemGoneException(DOCUMENT_GONE));
        gate.requireRead(revision.workspaceId());
        return file(revision);
    }

    /** A document revision a published version holds, for those who may read the version. */
    @Transactional(readOnly = true)
    public DocumentFile publishedFile(long workspaceId, int versionNumber, long revisionId) {
        gate.requireReadPublished(workspaceId);
        return file(heldBy(version(workspaceId, versionNumber), revisionId));
    }

    /** A leaflet for patients a published version holds, for those who may open its "what to expect" page. */
    @Transactional(readOnly = true)
    public DocumentFile patientFile(long workspaceId, int versionNumber, long revisionId) {
        gate.requireReadPatientPage(workspaceId);
        DocumentRevision revision = heldBy(version(workspaceId, versionNumber), revisionId);
        if (!revision.forPatients()) {
            throw new NoSuchElementException("This version has no such leaflet for patients.");
        }
        return file(revision);
    }

    /** Refuses, naming the field, a file that is empty, too large or not an accepted type, and a title that identifies a patient. */
    private DocumentType checked(long stepId, DocumentUpload upload) {
        byte[] content = upload.content();
        if (content.length == 0) {
            throw new InvalidInputException("content", "The file is empty. Choose the file again, or check it has "
                    + "something in it.");
        }
        if (content.length > maxSize.toBytes()) {
            throw new InvalidInputException("content", "The file is " + megabytes(content.length) + "; the limit is "
                    + megabytes(maxSize.toBytes()) + ". Make it smaller (for example, save a PDF at a lower image "
                    + "quality) or link to it from the step instead.");
        }
        DocumentType type = switch (types.check(content, upload.fileName())) {
            case DocumentTypes.Refused(String reason) -> throw new InvalidInputException("content", reason);
            case DocumentTypes.Accepted(DocumentType accepted) -> accepted;
        };
        screening.requireNone("a document on step " + stepId, Map.of("title", upload.title(), "fileName", upload.fileName()));
        return type;
    }

    private DocumentRevision store(StepDocument document, int number, DocumentUpload upload, DocumentType type) {
        byte[] content = upload.content();
        DocumentRevision revision = revisions.saveAndFlush(new DocumentRevision(document, number, upload.title().strip(),
                upload.forPatients(), upload.fileName().strip(), type.mediaType(), content.length, sha256(content),
                CurrentPerson.id(), clock.instant()));
        contents.save(new DocumentContent(revision.id(), content));
        return revision;
    }

    private DocumentDetails detailsOf(StepDocument document) {
        List<DocumentRevision> all = revisions.findByDocumentIdInOrderByDocumentIdAscNumberDesc(List.of(document.id()));
        Map<Long, String> uploaders = uploaders(all);
        List<DocumentRevisionDetails> newestFirst = all.stream().map(revision -> details(revision, uploaders)).toList();
        return new DocumentDetails(document.id(), newestFirst.getFirst(), newestFirst.subList(1, newestFirst.size()));
    }

    private List<PublishedDocument> published(PathwayVersion version, boolean forPatientsOnly) {
        List<VersionDocument> held = versionDocuments.findByVersionIdOrderById(version.id());
        if (held.isEmpty()) {
            return List.of();
        }
        Map<Long, String> stepKeys = new LinkedHashMap<>();
        held.forEach(document -> stepKeys.put(document.revisionId(), document.stepKey()));
        List<DocumentRevision> rows = revisions.findByIdInOrderById(stepKeys.keySet()).stream()
                .filter(revision -> !forPatientsOnly || revision.forPatients()).toList();
        Map<Long, String> uploaders = uploaders(rows);
        PathwaySnapshot content = json.read(version.content());
        List<String> journeyOrder = content.steps().map(PathwaySnapshot.Step::key).toList();
        return rows.stream().map(revision -> {
            String stepKey = stepKeys.get(revision.id());
            String stepTitle = content.step(stepKey).map(step -> step.fields().title()).orElse(STEP_REMOVED);
            return new PublishedDocument(stepKey, stepTitle, details(revision, uploaders));
        }).sorted(Comparator.comparingInt(document -> journeyOrder.indexOf(document.stepKey()))).toList();
    }

    private DocumentRevision heldBy(PathwayVersion version, long revisionId) {
        if (!versionDocuments.existsByVersionIdAndRevisionId(version.id(), revisionId)) {
            throw new NoSuchElementException("Version " + version.number() + " holds no such document.");
        }
        return revisions.findById(revisionId).orElseThrow();
    }

    private DocumentFile file(DocumentRevision revision) {
        DocumentType type = DocumentType.of(revision.mediaType()).orElseThrow();
        byte[] content = contents.findById(revision.id()).orElseThrow().content();
        return new DocumentFile(revision.fileName(), type, revision.sha256(), content);
    }

    private PathwayVersion version(long workspaceId, int number) {
        return versions.findByWorkspaceIdAndNumber(workspaceId, number)
                .orElseThrow(() -> new NoSuchElementException("Version " + number + " has not been published."));
    }

    private StepEntity step(long stepId) {
        return steps.findById(stepId).orElseThrow(() -> new DraftItemGoneException(DraftService.STEP_GONE));
    }

    private Map<Long, String> uploaders(List<DocumentRevision> rows) {
        Set<Long> people = new HashSet<>();
        rows.forEach(revision -> people.add(revision.uploadedBy()));
        return names.of(people);
    }

    private static DocumentRevisionDetails details(DocumentRevision revision, Map<Long, String> uploaders) {
        return new DocumentRevisionDetails(revision.id(), revision.number(), revision.title(), revision.forPatients(),
                revision.fileName(), DocumentType.of(revision.mediaType()).orElseThrow(), revision.sizeBytes(),
                revision.sha256(), uploaders.get(revision.uploadedBy()), revision.uploadedAt());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }

    /** "2.4 MB", "10 MB". */
    static String megabytes(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        String figure = String.format(Locale.UK, megabytes >= 10 || megabytes == Math.rint(megabytes) ? "%.0f" : "%.1f",
                megabytes);
        return figure + " MB";
    }
}
