package org.joinedup.platform.screening;

/** Where a finder found something of its kind: {@code start} inclusive, {@code end} exclusive. */
record Match(IdentifierKind kind, int start, int end) {

    boolean overlaps(Match other) {
        return start < other.end && other.start < end;
    }
}
