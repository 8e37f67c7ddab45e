package org.joinedup.platform.yourdata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One module's part of a person's data download.
 *
 * @param name        the section's name in the file, e.g. {@code account}
 * @param description one sentence telling the person what the section holds
 * @param data        plain values by name, in the order they should appear; a value may be
 *                    null to show that the portal holds nothing there
 */
public record PersonalDataSection(String name, String description, Map<String, Object> data) {

    public PersonalDataSection {
        // Not Map.copyOf: it refuses nulls and loses the order.
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
