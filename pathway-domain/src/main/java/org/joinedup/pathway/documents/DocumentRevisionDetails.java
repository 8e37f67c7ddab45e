package org.joinedup.pathway.documents;

import java.time.Instant;

/** One revision of a document as people see it: what it is, how big, its checksum, who uploaded it and when. */
public record DocumentRevisionDetails(long id, int number, String title, boolean forPatients, String fileName,
        DocumentType type, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
