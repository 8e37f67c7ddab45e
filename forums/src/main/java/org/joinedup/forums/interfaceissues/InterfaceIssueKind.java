package org.joinedup.forums.interfaceissues;

/** What went wrong at the interface, in the terms the standard contracts use. */
public enum InterfaceIssueKind {
    DISCHARGE_SUMMARIES("Discharge summaries"),
    ONWARD_REFERRALS("Onward referrals"),
    RESULTS_RESPONSIBILITY("Results responsibility"),
    FIT_NOTES("Fit notes"),
    SHARED_CARE_REQUESTS("Shared-care requests"),
    DNA_HANDLING("DNA handling (did not attend)"),
    OTHER("Other");

    private final String label;

    InterfaceIssueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
