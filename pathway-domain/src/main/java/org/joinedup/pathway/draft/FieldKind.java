package org.joinedup.pathway.draft;

/** What a field of a step or hand-over holds, which decides how it is typed in, compared and shown. */
public enum FieldKind {
    /** One line of text. */
    SHORT_TEXT,
    /** Free text over several lines. */
    LONG_TEXT,
    /** Free text over several lines in Markdown, rendered through the sanitiser. */
    MARKDOWN,
    /** One of the care settings. */
    CARE_SETTING,
    /** Yes or no. */
    YES_NO,
    /** Web addresses, one a line. */
    LINKS;

    /** Whether a person types the value (and so it is screened for patient identifiers). */
    public boolean typed() {
        return this != CARE_SETTING && this != YES_NO;
    }
}
