package org.joinedup.pathway.workspace;

/** Field sizes shared by the entities, the forms and (by comment) the migration. */
public final class WorkspaceLimits {

    public static final int TITLE_MAX = 200;
    public static final int SHORT_TEXT_MAX = 500;
    /** Long free text: descriptions, criteria, evidence, patient texts. Stored as TEXT. */
    public static final int LONG_TEXT_MAX = 10_000;
    public static final int COMMENT_MAX = 4_000;
    public static final int REASON_MAX = 2_000;
    public static final int SUMMARY_MAX = 2_000;
    /** A decision's branch label ("Yes", "eGFR below 15"). */
    public static final int BRANCH_LABEL_MAX = 120;
    /** Branches one decision may have. */
    public static final int BRANCHES_MAX = 8;
    public static final int MIN_REVIEW_MONTHS = 1;
    public static final int MAX_REVIEW_MONTHS = 60;
    public static final int DEFAULT_REVIEW_MONTHS = 24;
    /** What a form says when the review interval is out of range. */
    static final String REVIEW_MONTHS = "Choose between " + MIN_REVIEW_MONTHS + " and " + MAX_REVIEW_MONTHS + " months";

    private WorkspaceLimits() {
    }
}
