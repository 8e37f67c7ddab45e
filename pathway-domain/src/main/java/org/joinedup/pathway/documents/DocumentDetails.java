package org.joinedup.pathway.documents;

import java.util.List;

/** A document on a step of the draft: its newest revision and the ones it replaced, newest first. */
public record DocumentDetails(long id, DocumentRevisionDetails current, List<DocumentRevisionDetails> earlier) {

    public DocumentDetails {
        earlier = List.copyOf(earlier);
    }
}
