package org.joinedup.forums.meetings;

import org.joinedup.identity.people.CareSetting;

/**
 * How many attended from one care setting, and for how long in all.
 *
 * @param careSetting null for those from no care setting (patient partners, some guests)
 */
public record SettingBalance(CareSetting careSetting, String label, int people, int minutes) {
}
