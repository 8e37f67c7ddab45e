package org.joinedup.testing;

import java.util.EnumMap;
import java.util.Map;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.FieldKind;
import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.draft.StepFields;

/** Steps and hand-overs with every field stated, and copies that differ in exactly one field: for tests that run over the field lists. */
public final class FieldSamples {

    /** A step with every field stated. */
    public static final StepFields STEP = new StepFields("Annual foot check", "Check **both** feet.",
            CareSetting.PRIMARY, "Practice nurse", "Everyone on the diabetes register", "Risk level recorded",
            "Monofilament test", true, "None at this step", "Foot care protocol v2", "Every 12 months",
            "A nurse looks at your feet.", "NICE NG19", "Short-staffed until March.",
            "https://www.nice.org.uk/guidance/ng19");

    /** A hand-over with every field stated. */
    public static final HandoverFields HANDOVER = new HandoverFields("High-risk foot found", "Photos of the foot",
            "The practice nurse", "Within 1 working day");

    private FieldSamples() {
    }

    /** {@code from} with only {@code field} changed to another value of its kind. */
    public static StepFields changing(StepField field, StepFields from) {
        Map<StepField, Object> values = new EnumMap<>(StepField.class);
        for (StepField each : StepField.values()) {
            values.put(each, each.of(from));
        }
        values.put(field, other(field.kind(), field.of(from)));
        return StepField.compose(values);
    }

    /** {@code from} with only {@code field} changed. */
    public static HandoverFields changing(HandoverField field, HandoverFields from) {
        Map<HandoverField, String> values = new EnumMap<>(HandoverField.class);
        for (HandoverField each : HandoverField.values()) {
            values.put(each, each.of(from));
        }
        values.put(field, (String) other(field.kind(), field.of(from)));
        return HandoverField.compose(values);
    }

    private static Object other(FieldKind kind, Object value) {
        return switch (kind) {
            case CARE_SETTING -> value == CareSetting.SECONDARY ? CareSetting.COMMUNITY : CareSetting.SECONDARY;
            case YES_NO -> !(Boolean) value;
            case LINKS -> value + "\nhttps://example.org/changed";
            case SHORT_TEXT, LONG_TEXT, MARKDOWN -> value + " (changed)";
        };
    }
}
