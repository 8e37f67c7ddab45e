package org.joinedup.pathway.draft;

import java.util.List;

/** A stage of the working draft with its steps in journey order. */
public record StageDetails(long id, String key, int position, long version, String title, List<StepDetails> steps) {
}
