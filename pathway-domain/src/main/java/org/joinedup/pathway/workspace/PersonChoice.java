package org.joinedup.pathway.workspace;

import org.joinedup.identity.people.CareSetting;

/**
 * Someone a convenor may add to a workspace; staff may take any role, patient partners only that one.
 *
 * @param organisation null for patient partners: their organisation is their patient group, never shown here
 */
public record PersonChoice(long personId, String displayName, String organisation, CareSetting careSetting,
        boolean staff) {
}
