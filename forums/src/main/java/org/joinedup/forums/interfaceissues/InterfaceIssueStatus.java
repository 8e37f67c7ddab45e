package org.joinedup.forums.interfaceissues;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an issue stands. It is raised, acknowledged by the owner, has an action agreed and
 * is resolved; from any open state it may be escalated, and an escalated issue goes on to an
 * agreed action or is resolved. Resolved is the end.
 */
public enum InterfaceIssueStatus {
    RAISED("Raised"),
    ACKNOWLEDGED("Acknowledged"),
    ACTION_AGREED("Action agreed"),
    RESOLVED("Resolved"),
    ESCALATED("Escalated");

    private final String label;

    InterfaceIssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Every status but resolved. */
    public boolean open() {
        return this != RESOLVED;
    }

    /** The statuses an issue may move to from this one. */
    public Set<InterfaceIssueStatus> next() {
        return switch (this) {
            case RAISED -> EnumSet.of(ACKNOWLEDGED, ESCALATED);
            case ACKNOWLEDGED -> EnumSet.of(ACTION_AGREED, ESCALATED);
            case ACTION_AGREED -> EnumSet.of(RESOLVED, ESCALATED);
            case ESCALATED -> EnumSet.of(ACTION_AGREED, RESOLVED);
            case RESOLVED -> EnumSet.noneOf(InterfaceIssueStatus.class);
        };
    }

    public boolean mayBecome(InterfaceIssueStatus to) {
        return next().contains(to);
    }

    /** Why an issue in this status cannot become {@code to}, in words the person can act on. */
    String whyNot(InterfaceIssueStatus to) {
        if (this == to) {
            return "The issue is already " + label.toLowerCase() + ".";
        }
        if (this == RESOLVED) {
            return "The issue is resolved, so its status no longer changes. Raise a new issue if the problem is back.";
        }
        return "An issue that is " + label.toLowerCase() + " cannot become " + to.label.toLowerCase()
                + " straight away: next it can be " + String.join(" or ",
                        next().stream().map(status -> status.label.toLowerCase()).toList()) + ".";
    }
}
