package org.joinedup.pathway.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.joinedup.pathway.workspace.WorkspaceLimits;

/**
 * Something decided or found elsewhere in the portal that asks for the pathway to change: a
 * design-forum meeting's decision, or a resolved interface issue.
 *
 * @param reason what was decided or found, in plain text
 * @param source the route inside the portal where it was decided or found, such as
 *               {@code forums/meetings/12}: no scheme, host or leading slash
 */
public record ChangeRequest(
        @NotBlank(message = "Say what was decided or found that asks for the pathway to change.")
        @Size(max = WorkspaceLimits.REASON_MAX, message = "Keep the reason to " + WorkspaceLimits.REASON_MAX
                + " characters.")
        String reason,
        @NotBlank(message = "Say where the change was asked for.")
        @Size(max = ChangeRequest.SOURCE_MAX, message = "The source is a route inside the portal of at most "
                + ChangeRequest.SOURCE_MAX + " characters.")
        @Pattern(regexp = ChangeRequest.ROUTE, message = "The source is a route inside the portal, such as "
                + "forums/meetings/12.")
        String source) {

    /** The longest source route. */
    public static final int SOURCE_MAX = 200;

    /**
     * A route inside the portal, as notification links are: no scheme, host or leading slash,
     * no {@code ..} and no {@code //}, so it can never lead anyone off the portal.
     */
    static final String ROUTE = "(?!.*\\.\\.)(?!.*//)[A-Za-z0-9][A-Za-z0-9._~/%=&?#+,-]*";
}
