package org.joinedup.pathway.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A version of a pathway was published. Published inside the publishing transaction, so
 * listeners that act on it use {@code @TransactionalEventListener} (after commit) and never
 * hear of a publication that was rolled back; they run with nobody signed in. It names the
 * steps by their stable key, which survives moves, renames and restores, never by a draft
 * row's id (decision 037).
 *
 * @param changedSteps the steps that differ from the previous published version, in the new
 *                     version's journey order, then the steps it removed in the order the
 *                     previous version had them; for the first version, every step, as added
 */
public record VersionPublished(long workspaceId, String workspaceTitle, int versionNumber, Instant publishedAt,
        List<StepChange> changedSteps) {

    public VersionPublished {
        Objects.requireNonNull(workspaceTitle);
        Objects.requireNonNull(publishedAt);
        changedSteps = List.copyOf(changedSteps);
    }

    /**
     * One step the version changed.
     *
     * @param stepKey   the step's stable key ({@code PathwaySnapshot.Step.key})
     * @param stepTitle its title in the new version, or in the previous one when it was removed
     * @param summary   a short plain sentence: "Added.", "Removed." or "Changed: " and the
     *                  fields that changed, by the labels a person reads in the comparison
     *                  of versions
     */
    public record StepChange(String stepKey, String stepTitle, String summary) {

        public StepChange {
            Objects.requireNonNull(stepKey);
            Objects.requireNonNull(stepTitle);
            Objects.requireNonNull(summary);
        }
    }
}
