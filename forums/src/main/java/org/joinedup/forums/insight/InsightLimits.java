package org.joinedup.forums.insight;

/** Lengths of what patient insight keeps; the migration's columns match them. */
public final class InsightLimits {

    /** The optional one-line summary a clinician writes when attaching insight. */
    public static final int SUMMARY_MAX = 200;

    /** A step's title as kept with the insight (the pathway's own limit). */
    public static final int STEP_TITLE_MAX = 200;

    private InsightLimits() {
    }
}
