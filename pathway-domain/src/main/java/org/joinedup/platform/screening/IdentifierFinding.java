package org.joinedup.platform.screening;

/**
 * Something in a text that looks like a patient identifier.
 *
 * @param start         offset of its first character (from 0)
 * @param end           offset just after its last character
 * @param maskedExcerpt the text around it with every letter and digit of what was found
 *                      replaced by a dot, so the person can find it without it being
 *                      shown (or logged) again
 */
public record IdentifierFinding(IdentifierKind kind, int start, int end, String maskedExcerpt) {

    /** "what looks like an NHS number at characters 12–21", counting characters from 1 as people do. */
    public String describe() {
        return "what looks like " + kind.description() + " at characters " + (start + 1) + "\u2013" + end;
    }

    /** For logs: the kind and where, never the text. */
    @Override
    public String toString() {
        return kind + " at " + (start + 1) + "\u2013" + end;
    }
}
