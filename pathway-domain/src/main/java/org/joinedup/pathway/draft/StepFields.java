package org.joinedup.pathway.draft;

import static org.joinedup.pathway.workspace.WorkspaceLimits.LONG_TEXT_MAX;
import static org.joinedup.pathway.workspace.WorkspaceLimits.SHORT_TEXT_MAX;
import static org.joinedup.pathway.workspace.WorkspaceLimits.TITLE_MAX;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.joinedup.identity.people.CareSetting;

/**
 * Everything a member edits on a step of the patient's journey. Text fields are never
 * null (an empty string means "not stated"); {@code description}, {@code evidence} and
 * {@code interimNote} are Markdown and are sanitised when rendered. {@code links} holds
 * one address per line.
 */
public record StepFields(
        @NotBlank(message = "Give the step a title") @Size(max = TITLE_MAX) String title,
        @NotNull @Size(max = LONG_TEXT_MAX) String description,
        @NotNull(message = "Choose the care setting") CareSetting careSetting,
        @NotNull @Size(max = SHORT_TEXT_MAX) String responsible,
        @NotNull @Size(max = LONG_TEXT_MAX) String entryCriteria,
        @NotNull @Size(max = LONG_TEXT_MAX) String exitCriteria,
        @NotNull @Size(max = LONG_TEXT_MAX) String diagnostics,
        boolean diagnosticsInCommunity,
        @NotNull @Size(max = LONG_TEXT_MAX) String prescribing,
        @NotNull @Size(max = SHORT_TEXT_MAX) String sharedCareProtocol,
        @NotNull @Size(max = SHORT_TEXT_MAX) String timescale,
        @NotNull @Size(max = LONG_TEXT_MAX) String patientExpectations,
        @NotNull @Size(max = LONG_TEXT_MAX) String evidence,
        @NotNull @Size(max = LONG_TEXT_MAX) String interimNote,
        @NotNull @Size(max = LONG_TEXT_MAX) String links) {

    /** A new step with only a title and a setting. */
    public static StepFields titled(String title, CareSetting setting) {
        return new StepFields(title, "", setting, "", "", "", "", false, "", "", "", "", "", "", "");
    }

    /** Every typed field by its name, in the order of {@link StepField}: what is screened before saving. */
    public Map<String, String> freeText() {
        return StepField.typedText(this);
    }

    public StepFields withTitle(String newTitle) {
        return new StepFields(newTitle, description, careSetting, responsible, entryCriteria, exitCriteria,
                diagnostics, diagnosticsInCommunity, prescribing, sharedCareProtocol, timescale,
                patientExpectations, evidence, interimNote, links);
    }

    public StepFields withDescription(String newDescription) {
        return new StepFields(title, newDescription, careSetting, responsible, entryCriteria, exitCriteria,
                diagnostics, diagnosticsInCommunity, prescribing, sharedCareProtocol, timescale,
                patientExpectations, evidence, interimNote, links);
    }

    public StepFields withCareSetting(CareSetting newSetting) {
        return new StepFields(title, description, newSetting, responsible, entryCriteria, exitCriteria,
                diagnostics, diagnosticsInCommunity, prescribing, sharedCareProtocol, timescale,
                patientExpectations, evidence, interimNote, links);
    }
}
