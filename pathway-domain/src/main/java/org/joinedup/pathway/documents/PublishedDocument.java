package org.joinedup.pathway.documents;

/** A document revision a published version holds, on the step with this key and title in that version. */
public record PublishedDocument(String stepKey, String stepTitle, DocumentRevisionDetails revision) {
}
