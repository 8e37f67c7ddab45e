package org.joinedup.pathway.draft;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else saved the step after the editor opened it. Nothing was saved; {@code theirs}
 * is the step as it now stands, so the editor can compare it field by field with what they
 * typed and choose, then save again naming {@code theirs.version()}.
 */
public class StepConflictException extends OptimisticLockingFailureException {

    private final transient StepDetails theirs;

    public StepConflictException(StepDetails theirs) {
        super(theirs.lastEditedBy() + " saved this step while you were editing it.");
        this.theirs = theirs;
    }

    public StepDetails theirs() {
        return theirs;
    }
}
