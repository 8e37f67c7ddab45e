package org.joinedup.pathway.draft;

import org.joinedup.identity.people.CareSetting;

/** A hand-over in the working draft, with the steps and settings it joins. */
public record HandoverDetails(long id, String key, long version, long fromStepId, String fromStepTitle,
        CareSetting fromSetting, long toStepId, String toStepTitle, CareSetting toSetting, HandoverFields fields) {
}
