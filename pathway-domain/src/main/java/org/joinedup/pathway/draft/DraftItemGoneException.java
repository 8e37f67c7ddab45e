package org.joinedup.pathway.draft;

/**
 * The stage, step, hand-over or comment was deleted by someone else after the page showed
 * it. Nothing was saved; whatever the person typed is still theirs to keep.
 */
public class DraftItemGoneException extends RuntimeException {

    public DraftItemGoneException(String message) {
        super(message);
    }
}
