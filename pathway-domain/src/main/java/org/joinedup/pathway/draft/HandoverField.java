package org.joinedup.pathway.draft;

import static org.joinedup.pathway.workspace.WorkspaceLimits.LONG_TEXT_MAX;
import static org.joinedup.pathway.workspace.WorkspaceLimits.SHORT_TEXT_MAX;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one list of a hand-over's fields, in the order the dialog, the comparison of versions,
 * the print page and the FHIR export show them. A new field of a hand-over is a constant
 * here, a component of {@link HandoverFields}, a column (migration and entity) and nothing else.
 */
public enum HandoverField implements DraftField {
    TRIGGER("trigger", "Trigger", FieldKind.LONG_TEXT, LONG_TEXT_MAX, HandoverFields::trigger),
    INFORMATION("information", "Information that travels", FieldKind.LONG_TEXT, LONG_TEXT_MAX,
            HandoverFields::information),
    PENDING_RESULTS("pendingResults", "Who acts on pending results", FieldKind.SHORT_TEXT, SHORT_TEXT_MAX,
            HandoverFields::pendingResults),
    RESPONSE_TIME("responseTime", "Expected response time", FieldKind.SHORT_TEXT, SHORT_TEXT_MAX,
            HandoverFields::responseTime);

    private final Spec spec;
    private final Function<HandoverFields, String> value;

    HandoverField(String property, String label, FieldKind kind, int limit, Function<HandoverFields, String> value) {
        this.spec = new Spec(property, label, kind, limit);
        this.value = value;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    public String of(HandoverFields fields) {
        return value.apply(fields);
    }

    public static Optional<HandoverField> byProperty(String property) {
        return DraftField.byProperty(HandoverField.class, property);
    }

    /** A hand-over made of the given values, one per field. */
    public static HandoverFields compose(Map<HandoverField, String> values) {
        return new HandoverFields(values.get(TRIGGER), values.get(INFORMATION), values.get(PENDING_RESULTS),
                values.get(RESPONSE_TIME));
    }

    /** Every field by its property name, in the list's order: what is screened before saving. */
    static Map<String, String> typedText(HandoverFields fields) {
        Map<String, String> text = new LinkedHashMap<>();
        for (HandoverField field : values()) {
            text.put(field.property(), field.of(fields));
        }
        return text;
    }
}
