package org.joinedup.pathway.documents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A file someone uploads to a step, with the title people will see and whether it is for
 * patients (a leaflet shown on the "what to expect" page).
 */
public record DocumentUpload(
        @NotBlank(message = "Give the document a title.")
        @Size(max = DocumentLimits.TITLE_MAX, message = "Keep the title to " + DocumentLimits.TITLE_MAX + " characters.")
        String title,
        boolean forPatients,
        @NotBlank(message = "Choose a file to upload.")
        @Size(max = DocumentLimits.FILE_NAME_MAX, message = "The file's name is too long: rename it to at most "
                + DocumentLimits.FILE_NAME_MAX + " characters.")
        String fileName,
        @NotNull(message = "Choose a file to upload.")
        byte[] content) {
}
