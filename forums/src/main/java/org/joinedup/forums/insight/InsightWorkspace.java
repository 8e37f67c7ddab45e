package org.joinedup.forums.insight;

/** A pathway workspace a clinician may attach insight to: one whose draft they read. */
public record InsightWorkspace(long id, String title) {
}
