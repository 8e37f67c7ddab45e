package org.joinedup.identity.people;

/**
 * An administrator changed the care setting a person works in. Published inside the
 * transaction that changed it, so a listener running before that transaction commits
 * changes its own records atomically with it.
 *
 * @param before null when the person had no care setting
 * @param after  null when the person no longer has one
 */
public record CareSettingChanged(long personId, CareSetting before, CareSetting after) {
}
