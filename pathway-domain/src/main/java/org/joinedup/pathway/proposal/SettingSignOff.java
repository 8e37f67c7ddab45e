package org.joinedup.pathway.proposal;

import java.time.Instant;
import java.util.List;

import org.joinedup.identity.people.CareSetting;

/**
 * One affected setting on a proposal.
 *
 * @param representatives who can sign for the setting now; empty when the convenor must name one
 * @param mine            the signed-in person represents this setting
 * @param lapsed          while the setting waits: its last decision, if it stopped standing because the person
 *                        who gave it could no longer sign for the setting; otherwise null
 */
public record SettingSignOff(CareSetting careSetting, SignOffState state, String decidedBy, Instant decidedAt,
        String reason, int revision, List<String> representatives, boolean mine, Lapse lapsed) {

    /** A decision that no longer stands because its signatory left, changed setting or role, or lost their account. */
    public record Lapse(String decidedBy, SupersededBecause because, Instant at) {
    }
}
