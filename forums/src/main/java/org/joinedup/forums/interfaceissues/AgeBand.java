package org.joinedup.forums.interfaceissues;

/**
 * How long an open issue has been open, for a design forum's agenda. An issue past its due
 * date counts as overdue whatever its age.
 */
public enum AgeBand {
    UNDER_TWO_WEEKS("Under 2 weeks"),
    TWO_TO_SIX_WEEKS("2 to 6 weeks"),
    OVER_SIX_WEEKS("Over 6 weeks"),
    OVERDUE("Overdue");

    /** The first day of the second band and of the third, in days since raising. */
    static final int TWO_WEEKS = 14;
    static final int SIX_WEEKS = 42;

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
