package org.joinedup.pathway.fhir;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.FieldKind;
import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.StepField;

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
    private static final String HANDOVER_EXTENSION = EXTENSION + "handover-";

    /** On a decision's related action (valueString): the answer, the branch's label, that leads to the related step. */
    public static final String BRANCH = EXTENSION + "branch";
    /** The language of a step's condition: a decision and its answer, in words. */
    public static final String CONDITION_LANGUAGE = "text/plain";

    /**
     * The fields of a step that have a PlanDefinition element of their own (title, description,
     * participant, documentation); every other field travels in an extension named after it.
     */
    static final Set<StepField> STANDARD_ELEMENTS = Arrays.stream(StepField.values())
            .filter(field -> field.kind() == FieldKind.LINKS || EnumSet.of(StepField.TITLE, StepField.DESCRIPTION,
                    StepField.RESPONSIBLE, StepField.EVIDENCE).contains(field))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(StepField.class)));

    /** On a step (valueCoding from {@link #CARE_SETTING_SYSTEM}): the care setting the step takes place in. */
    public static final String CARE_SETTING = extension(StepField.CARE_SETTING);
    /** On a step (valueString): how soon the step is expected to happen. */
    public static final String TIMESCALE = extension(StepField.TIMESCALE);
    /** On a step (valueMarkdown): what the patient can expect, in plain words. */
    public static final String PATIENT_EXPECTATIONS = extension(StepField.PATIENT_EXPECTATIONS);
    /** On a step (valueMarkdown): who may start the step. */
    public static final String ENTRY_CRITERIA = extension(StepField.ENTRY_CRITERIA);
    /** On a step (valueMarkdown): when the step is complete. */
    public static final String EXIT_CRITERIA = extension(StepField.EXIT_CRITERIA);
    /** On a step (valueMarkdown): tests and investigations. */
    public static final String DIAGNOSTICS = extension(StepField.DIAGNOSTICS);
    /** On a step (valueBoolean): whether those tests can be done in the community. */
    public static final String DIAGNOSTICS_IN_COMMUNITY = extension(StepField.DIAGNOSTICS_IN_COMMUNITY);
    /** On a step (valueMarkdown): who prescribes what. */
    public static final String PRESCRIBING = extension(StepField.PRESCRIBING);
    /** On a step (valueString): the shared-care protocol that applies. */
    public static final String SHARED_CARE_PROTOCOL = extension(StepField.SHARED_CARE_PROTOCOL);
    /** On a step (valueMarkdown): a temporary note that is part of the published version. */
    public static final String INTERIM_NOTE = extension(StepField.INTERIM_NOTE);
    /** On a hand-over (valueMarkdown): what triggers it. */
    public static final String HANDOVER_TRIGGER = extension(HandoverField.TRIGGER);
    /** On a hand-over (valueMarkdown): the information that travels with the patient. */
    public static final String HANDOVER_INFORMATION = extension(HandoverField.INFORMATION);
    /** On a hand-over (valueString): who acts on results still awaited. */
    public static final String HANDOVER_PENDING_RESULTS = extension(HandoverField.PENDING_RESULTS);
    /** On a hand-over (valueString): how soon the receiving setting responds. */
    public static final String HANDOVER_RESPONSE_TIME = extension(HandoverField.RESPONSE_TIME);

    /**
     * Every extension the export writes: one per field of a step without an element of its
     * own, one per hand-over field, and a decision's branch label.
     */
    public static final List<String> EXTENSIONS = Stream.concat(Stream.concat(
            Arrays.stream(StepField.values()).filter(field -> !STANDARD_ELEMENTS.contains(field))
                    .map(JoinedUpFhir::extension),
            Arrays.stream(HandoverField.values()).map(JoinedUpFhir::extension)), Stream.of(BRANCH)).toList();

    private JoinedUpFhir() {
    }

    /** The extension that carries a field of a step, named after it: {@code .../shared-care-protocol}. */
    public static String extension(StepField field) {
        return EXTENSION + kebab(field.property());
    }

    /** The extension that carries a field of a hand-over: {@code .../handover-response-time}. */
    public static String extension(HandoverField field) {
        return HANDOVER_EXTENSION + kebab(field.property());
    }

    private static String kebab(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The code of a care setting in {@link #CARE_SETTING_SYSTEM}, e.g. {@code mental-health}. */
    public static String code(CareSetting setting) {
        return setting.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
