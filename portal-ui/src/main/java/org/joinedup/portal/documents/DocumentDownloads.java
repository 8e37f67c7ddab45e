package org.joinedup.portal.documents;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.NoSuchElementException;

import org.joinedup.pathway.documents.DocumentFile;
import org.joinedup.pathway.documents.DocumentService;
import org.joinedup.pathway.documents.DocumentType;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of documents, as plain HTTP outside Vaadin, so a link works in a new tab, from a
 * bookmark and for assistive technology. Every download asks {@link DocumentService}, which
 * checks the signed-in person's access at that moment. The file always comes as an attachment
 * with the type read from its content at upload and {@code nosniff}, so a browser never shows
 * it inside the portal or guesses another type; the name is sent as RFC 6266 allows
 * ({@code filename*} in UTF-8 beside a plain fallback).
 */
@RestController
class DocumentDownloads {

    static final String DRAFT = "/documents/draft/";
    static final String PUBLISHED = "/documents/pathways/";
    static final String PATIENTS = "/documents/patients/";

    private final DocumentService documents;

    DocumentDownloads(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping(DRAFT + "{revisionId}")
    ResponseEntity<byte[]> draft(@PathVariable long revisionId) {
        return attachment(documents.draftFile(revisionId));
    }

    @GetMapping(PUBLISHED + "{workspaceId}/versions/{versionNumber}/{revisionId}")
    ResponseEntity<byte[]> published(@PathVariable long workspaceId, @PathVariable int versionNumber,
            @PathVariable long revisionId) {
        return attachment(documents.publishedFile(workspaceId, versionNumber, revisionId));
    }

    @GetMapping(PATIENTS + "{workspaceId}/versions/{versionNumber}/{revisionId}")
    ResponseEntity<byte[]> forPatients(@PathVariable long workspaceId, @PathVariable int versionNumber,
            @PathVariable long revisionId) {
        return attachment(documents.patientFile(workspaceId, versionNumber, revisionId));
    }

    @ExceptionHandler(WorkspaceAccessDeniedException.class)
    ResponseEntity<String> refused(WorkspaceAccessDeniedException refusal) {
        return plain(HttpStatus.FORBIDDEN, refusal.getMessage());
    }

    @ExceptionHandler({NoSuchElementException.class, DraftItemGoneException.class})
    ResponseEntity<String> missing(RuntimeException missing) {
        return plain(HttpStatus.NOT_FOUND, "There is no such document here: it may have been removed, or the "
                + "version does not hold it.");
    }

    static ResponseEntity<byte[]> attachment(DocumentFile file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(contentType(file.type()));
        headers.setContentDisposition(ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                .build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        // RFC 9530: the checksum kept at upload, so a client can check the file arrived whole.
        headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256()))
                + ":");
        byte[] content = file.content();
        headers.setContentLength(content.length);
        return new ResponseEntity<>(content, headers, HttpStatus.OK);
    }

    /** Plain text is sent as UTF-8, which a file with no other mark of its encoding most likely is. */
    private static MediaType contentType(DocumentType type) {
        return type == DocumentType.PLAIN_TEXT ? new MediaType("text", "plain", StandardCharsets.UTF_8)
                : MediaType.parseMediaType(type.mediaType());
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff").body(message);
    }
}
