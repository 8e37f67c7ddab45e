package org.joinedup.pathway.history;

import org.joinedup.pathway.draft.PathwayChange;

/**
 * A stage, step or hand-over whose history is shown, as its latest revision names it.
 *
 * @param deleted whether it has since left the draft
 */
public record DraftItem(PathwayChange.Subject subject, String key, String title, boolean deleted) {
}
