package org.joinedup.pathway.draft;

import static org.joinedup.pathway.workspace.WorkspaceLimits.LONG_TEXT_MAX;
import static org.joinedup.pathway.workspace.WorkspaceLimits.SHORT_TEXT_MAX;
import static org.joinedup.pathway.workspace.WorkspaceLimits.TITLE_MAX;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.joinedup.identity.people.CareSetting;

/**
 * The one list of a step's fields, in the order the form, the comparison of versions, the
 * print page and the FHIR export show them. A new field of a step is a constant here, a
 * component of {@link StepFields}, a column (migration and entity) and nothing else.
 */
public enum StepField implements DraftField {
    TITLE("title", "Title", FieldKind.SHORT_TEXT, TITLE_MAX, StepFields::title),
    CARE_SETTING("careSetting", "Care setting", FieldKind.CARE_SETTING, 0, StepFields::careSetting),
    DESCRIPTION("description", "Description", FieldKind.MARKDOWN, LONG_TEXT_MAX, StepFields::description),
    RESPONSIBLE("responsible", "Responsible role or team", FieldKind.SHORT_TEXT, SHORT_TEXT_MAX,
            StepFields::responsible),
    ENTRY_CRITERIA("entryCriteria", "Entry criteria", FieldKind.LONG_TEXT, LONG_TEXT_MAX,
            StepFields::entryCriteria),
    EXIT_CRITERIA("exitCriteria", "Exit criteria", FieldKind.LONG_TEXT, LONG_TEXT_MAX,
            StepFields::exitCriteria),
    DIAGNOSTICS("diagnostics", "Diagnostics", FieldKind.LONG_TEXT, LONG_TEXT_MAX, StepFields::diagnostics),
    DIAGNOSTICS_IN_COMMUNITY("diagnosticsInCommunity", "Diagnostics can be done in the community",
            FieldKind.YES_NO, 0, StepFields::diagnosticsInCommunity),
    PRESCRIBING("prescribing", "Prescribing responsibility", FieldKind.LONG_TEXT, LONG_TEXT_MAX,
            StepFields::prescribing),
    SHARED_CARE_PROTOCOL("sharedCareProtocol", "Shared-care protocol", FieldKind.SHORT_TEXT, SHORT_TEXT_MAX,
            StepFields::sharedCareProtocol),
    TIMESCALE("timescale", "Expected timescale", FieldKind.SHORT_TEXT, SHORT_TEXT_MAX, StepFields::timescale),
    PATIENT_EXPECTATIONS("patientExpectations", "What to expect (for patients)", FieldKind.LONG_TEXT, LONG_TEXT_MAX,
            StepFields::patientExpectations),
    EVIDENCE("evidence", "Evidence", FieldKind.MARKDOWN, LONG_TEXT_MAX, StepFields::evidence),
    INTERIM_NOTE("interimNote", "Interim note", FieldKind.MARKDOWN, LONG_TEXT_MAX, StepFields::interimNote),
    LINKS("links", "Links", FieldKind.LINKS, LONG_TEXT_MAX, StepFields::links);

    private final Spec spec;
    private final Function<StepFields, Object> value;

    StepField(String property, String label, FieldKind kind, int limit, Function<StepFields, Object> value) {
        this.spec = new Spec(property, label, kind, limit);
        this.value = value;
    }

    @Override
    public Spec spec() {
        return spec;
    }

    public Object of(StepFields fields) {
        return value.apply(fields);
    }

    /** The value as a person reads it: a setting's name, "Yes" or "No", or the text. */
    public String text(StepFields fields) {
        Object shown = of(fields);
        if (shown instanceof CareSetting setting) {
            return setting.label();
        }
        if (shown instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return shown == null ? "" : shown.toString();
    }

    public static Optional<StepField> byProperty(String property) {
        return DraftField.byProperty(StepField.class, property);
    }

    /** A step made of the given values, one per field. */
    public static StepFields compose(Map<StepField, Object> values) {
        return new StepFields((String) values.get(TITLE), (String) values.get(DESCRIPTION),
                (CareSetting) values.get(CARE_SETTING), (String) values.get(RESPONSIBLE),
                (String) values.get(ENTRY_CRITERIA), (String) values.get(EXIT_CRITERIA),
                (String) values.get(DIAGNOSTICS), (Boolean) values.get(DIAGNOSTICS_IN_COMMUNITY),
                (String) values.get(PRESCRIBING), (String) values.get(SHARED_CARE_PROTOCOL),
                (String) values.get(TIMESCALE), (String) values.get(PATIENT_EXPECTATIONS), (String) values.get(EVIDENCE),
                (String) values.get(INTERIM_NOTE), (String) values.get(LINKS));
    }

    /** Every typed field by its property name, in the list's order: what is screened before saving. */
    static Map<String, String> typedText(StepFields fields) {
        Map<String, String> text = new LinkedHashMap<>();
        for (StepField field : values()) {
            if (field.kind().typed()) {
                text.put(field.property(), (String) field.of(fields));
            }
        }
        return text;
    }
}
