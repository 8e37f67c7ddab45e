package org.joinedup.pathway.notices;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a convenor fills in to draft an urgent notice.
 *
 * @param stepKey     the published step it is about, or null for the whole pathway
 * @param forPatients whether it also shows on the page patients read
 * @param expiresOn   the last day it shows; today or later
 */
public record NewNotice(
        @NotBlank(message = "Give the notice a title") @Size(max = NoticeLimits.TITLE_MAX, message = "Keep the title to "
                + NoticeLimits.TITLE_MAX + " characters") String title,
        @NotBlank(message = "Say what people need to know") @Size(max = NoticeLimits.BODY_MAX, message = "Keep the text to "
                + NoticeLimits.BODY_MAX + " characters") String body,
        boolean forPatients,
        @NotNull(message = "Choose the last day the notice shows") LocalDate expiresOn,
        String stepKey) {
}
