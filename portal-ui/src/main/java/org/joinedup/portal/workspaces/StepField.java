package org.joinedup.portal.workspaces;

import java.util.Map;
import java.util.function.Function;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StepFields;

/**
 * The fields of a step as the editor shows them, named as the comparison of versions names
 * them, so a conflict can be shown and merged field by field.
 */
enum StepField {
    TITLE("title", "Title", StepFields::title),
    CARE_SETTING("careSetting", "Care setting", StepFields::careSetting),
    DESCRIPTION("description", "Description", StepFields::description),
    RESPONSIBLE("responsible", "Responsible role or team", StepFields::responsible),
    ENTRY_CRITERIA("entryCriteria", "Entry criteria", StepFields::entryCriteria),
    EXIT_CRITERIA("exitCriteria", "Exit criteria", StepFields::exitCriteria),
    DIAGNOSTICS("diagnostics", "Diagnostics", StepFields::diagnostics),
    DIAGNOSTICS_IN_COMMUNITY("diagnosticsInCommunity", "Diagnostics can be done in the community",
            StepFields::diagnosticsInCommunity),
    PRESCRIBING("prescribing", "Prescribing responsibility", StepFields::prescribing),
    SHARED_CARE_PROTOCOL("sharedCareProtocol", "Shared-care protocol", StepFields::sharedCareProtocol),
    TIMESCALE("timescale", "Expected timescale", StepFields::timescale),
    PATIENT_EXPECTATIONS("patientExpectations", "What to expect (for patients)", StepFields::patientExpectations),
    EVIDENCE("evidence", "Evidence", StepFields::evidence),
    INTERIM_NOTE("interimNote", "Interim note", StepFields::interimNote),
    LINKS("links", "Links (one address per line)", StepFields::links);

    private final String property;
    private final String label;
    private final Function<StepFields, Object> value;

    StepField(String property, String label, Function<StepFields, Object> value) {
        this.property = property;
        this.label = label;
        this.value = value;
    }

    /** The record component's name, as validation and the services name it. */
    String property() {
        return property;
    }

    String label() {
        return label;
    }

    Object of(StepFields fields) {
        return value.apply(fields);
    }

    /** The value as a person reads it. */
    String text(StepFields fields) {
        Object shown = of(fields);
        if (shown instanceof CareSetting setting) {
            return setting.label();
        }
        if (shown instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        return shown == null ? "" : shown.toString();
    }

    static StepField byProperty(String property) {
        for (StepField field : values()) {
            if (field.property.equals(property)) {
                return field;
            }
        }
        return TITLE;
    }

    /** A step made of the given values, one per field. */
    static StepFields compose(Map<StepField, Object> values) {
        return new StepFields((String) values.get(TITLE), (String) values.get(DESCRIPTION),
                (CareSetting) values.get(CARE_SETTING), (String) values.get(RESPONSIBLE),
                (String) values.get(ENTRY_CRITERIA), (String) values.get(EXIT_CRITERIA),
                (String) values.get(DIAGNOSTICS), (Boolean) values.get(DIAGNOSTICS_IN_COMMUNITY),
                (String) values.get(PRESCRIBING), (String) values.get(SHARED_CARE_PROTOCOL),
                (String) values.get(TIMESCALE), (String) values.get(PATIENT_EXPECTATIONS), (String) values.get(EVIDENCE),
                (String) values.get(INTERIM_NOTE), (String) values.get(LINKS));
    }
}
