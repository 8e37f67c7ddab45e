package org.joinedup.pathway.workspace;

import java.time.Instant;
import java.util.List;

import org.joinedup.pathway.people.CareSetting;

/**
 * One affected setting on a proposal.
 *
 * @param representatives who can sign for the setting now; empty when the convenor must name one
 * @param mine            the signed-in person represents this setting
 */
public record SettingSignOff(CareSetting careSetting, SignOffState state, String decidedBy, Instant decidedAt,
        String reason, int revision, List<String> representatives, boolean mine) {
}
