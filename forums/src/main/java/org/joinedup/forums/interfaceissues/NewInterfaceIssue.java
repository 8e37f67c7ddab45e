package org.joinedup.forums.interfaceissues;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An interface issue to raise.
 *
 * @param organisationIds     the organisations involved; the owner is added when missing
 * @param ownerOrganisationId the organisation that owns putting it right
 * @param workspaceId         the pathway workspace it concerns, or null
 */
public record NewInterfaceIssue(
        @NotNull(message = "Choose what kind of problem this is.") InterfaceIssueKind kind,
        @NotBlank(message = "Give the issue a short title.")
        @Size(max = InterfaceIssueLimits.TITLE_MAX, message = "Keep the title to " + InterfaceIssueLimits.TITLE_MAX
                + " characters.") String title,
        @NotBlank(message = "Describe what goes wrong, where and how often, without details of any patient.")
        @Size(max = InterfaceIssueLimits.DESCRIPTION_MAX, message = "Keep the description to "
                + InterfaceIssueLimits.DESCRIPTION_MAX + " characters.") String description,
        @NotNull(message = "Choose the organisations involved.")
        @Size(max = InterfaceIssueLimits.ORGANISATIONS_MAX, message = "Choose at most "
                + InterfaceIssueLimits.ORGANISATIONS_MAX + " organisations.") Set<Long> organisationIds,
        @NotNull(message = "Choose the organisation that owns putting it right.") Long ownerOrganisationId,
        @NotNull(message = "Choose a due date.") LocalDate dueDate,
        Long workspaceId) {

    public NewInterfaceIssue {
        organisationIds = organisationIds == null ? null : Set.copyOf(organisationIds);
    }
}
