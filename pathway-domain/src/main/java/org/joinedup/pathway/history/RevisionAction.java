package org.joinedup.pathway.history;

/** What happened to a stage, step or hand-over of the draft in one revision of it. */
public enum RevisionAction {
    /** The item as it stood before its first recorded change: compared with, never listed. */
    RECORDED("Recorded"),
    ADDED("Added"),
    SAVED("Saved"),
    MOVED("Moved"),
    DELETED("Deleted"),
    /** Changed, added or brought back by restoring a version or an earlier draft. */
    RESTORED("Restored"),
    /** Taken out of the draft by restoring a version or an earlier draft that did not have it. */
    REMOVED_BY_RESTORE("Removed by a restore");

    private final String label;

    RevisionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
