package org.joinedup.pathway.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.joinedup.pathway.workspace.WorkspaceLimits;

/** The locality a published pathway is copied to, to start its own workspace there. */
public record LocalCopy(
        @NotBlank(message = "Give the locality the copy is for") @Size(max = WorkspaceLimits.TITLE_MAX) String locality) {
}
