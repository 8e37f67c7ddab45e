package org.joinedup.pathway.fhir;

import java.util.List;
import java.util.Locale;

import org.joinedup.identity.people.CareSetting;

/**
 * The addresses JoinedUp's FHIR export defines: its code system for care settings and its
 * extensions. A receiving system that knows them can read every field of a pathway; one
 * that does not still gets the standard PlanDefinition structure.
 */
public final class JoinedUpFhir {

    public static final String BASE = "https://joinedup.example/fhir";
    public static final String CARE_SETTING_SYSTEM = BASE + "/CodeSystem/care-setting";
    public static final String PLAN_DEFINITION_BASE = BASE + "/PlanDefinition/";

    private static final String EXTENSION = BASE + "/StructureDefinition/";

    /** On a step (valueCoding from {@link #CARE_SETTING_SYSTEM}): the care setting the step takes place in. */
    public static final String CARE_SETTING = EXTENSION + "care-setting";
    /** On a step (valueString): how soon the step is expected to happen. */
    public static final String TIMESCALE = EXTENSION + "timescale";
    /** On a step (valueMarkdown): what the patient can expect, in plain words. */
    public static final String PATIENT_EXPECTATIONS = EXTENSION + "patient-expectations";
    /** On a step (valueMarkdown): who may start the step. */
    public static final String ENTRY_CRITERIA = EXTENSION + "entry-criteria";
    /** On a step (valueMarkdown): when the step is complete. */
    public static final String EXIT_CRITERIA = EXTENSION + "exit-criteria";
    /** On a step (valueMarkdown): tests and investigations. */
    public static final String DIAGNOSTICS = EXTENSION + "diagnostics";
    /** On a step (valueBoolean): whether those tests can be done in the community. */
    public static final String DIAGNOSTICS_IN_COMMUNITY = EXTENSION + "diagnostics-in-community";
    /** On a step (valueMarkdown): who prescribes what. */
    public static final String PRESCRIBING = EXTENSION + "prescribing";
    /** On a step (valueString): the shared-care protocol that applies. */
    public static final String SHARED_CARE_PROTOCOL = EXTENSION + "shared-care-protocol";
    /** On a step (valueMarkdown): a temporary note that is part of the published version. */
    public static final String INTERIM_NOTE = EXTENSION + "interim-note";
    /** On a hand-over (valueMarkdown): what triggers it. */
    public static final String HANDOVER_TRIGGER = EXTENSION + "handover-trigger";
    /** On a hand-over (valueMarkdown): the information that travels with the patient. */
    public static final String HANDOVER_INFORMATION = EXTENSION + "handover-information";
    /** On a hand-over (valueString): who acts on results still awaited. */
    public static final String HANDOVER_PENDING_RESULTS = EXTENSION + "handover-pending-results";
    /** On a hand-over (valueString): how soon the receiving setting responds. */
    public static final String HANDOVER_RESPONSE_TIME = EXTENSION + "handover-response-time";

    public static final List<String> EXTENSIONS = List.of(CARE_SETTING, TIMESCALE, PATIENT_EXPECTATIONS,
            ENTRY_CRITERIA, EXIT_CRITERIA, DIAGNOSTICS, DIAGNOSTICS_IN_COMMUNITY, PRESCRIBING, SHARED_CARE_PROTOCOL,
            INTERIM_NOTE, HANDOVER_TRIGGER, HANDOVER_INFORMATION, HANDOVER_PENDING_RESULTS, HANDOVER_RESPONSE_TIME);

    private JoinedUpFhir() {
    }

    /** The code of a care setting in {@link #CARE_SETTING_SYSTEM}, e.g. {@code mental-health}. */
    public static String code(CareSetting setting) {
        return setting.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
