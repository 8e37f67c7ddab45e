package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange.FieldChange;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.testing.FieldSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every field of the two lists is compared under its label when versions are compared, and
 * the records refuse text longer than the list says, so a field added to a list is covered
 * without naming it anywhere else.
 */
class FieldListTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static PathwaySnapshot pathway(StepFields check, HandoverFields handover) {
        Step from = new Step("check", check);
        Step to = new Step("clinic", StepFields.titled("Foot clinic", CareSetting.SECONDARY));
        return new PathwaySnapshot(List.of(new Stage("screening", "Screening", List.of(from, to))),
                List.of(new Handover("referral", "check", "clinic", handover)));
    }

    @ParameterizedTest
    @EnumSource(StepField.class)
    void a_change_to_any_field_of_a_step_is_listed_under_the_fields_label(StepField field) {
        StepFields changed = FieldSamples.changing(field, FieldSamples.STEP);

        List<PathwayChange> changes = PathwayDiff.between(pathway(FieldSamples.STEP, FieldSamples.HANDOVER),
                pathway(changed, FieldSamples.HANDOVER));

        assertThat(changes).filteredOn(change -> change.subject() == PathwayChange.Subject.STEP).singleElement()
                .satisfies(change -> assertThat(change.fields()).containsExactly(
                        new FieldChange(field.label(), field.text(FieldSamples.STEP), field.text(changed))));
    }

    @ParameterizedTest
    @EnumSource(HandoverField.class)
    void a_change_to_any_field_of_a_hand_over_is_listed_under_the_fields_label(HandoverField field) {
        HandoverFields changed = FieldSamples.changing(field, FieldSamples.HANDOVER);

        List<PathwayChange> changes = PathwayDiff.between(pathway(FieldSamples.STEP, FieldSamples.HANDOVER),
                pathway(FieldSamples.STEP, changed));

        assertThat(changes).singleElement().satisfies(change -> assertThat(change.fields()).containsExactly(
                new FieldChange(field.label(), field.of(FieldSamples.HANDOVER), field.of(changed))));
    }

    @ParameterizedTest
    @EnumSource(StepField.class)
    void a_step_holds_text_up_to_the_fields_limit_and_not_a_character_more(StepField field) {
        if (!field.kind().typed()) {
            assertThat(field.limit()).isZero();
            return;
        }
        assertThat(refusedProperties(withText(field, field.limit()))).doesNotContain(field.property());
        assertThat(refusedProperties(withText(field, field.limit() + 1))).containsExactly(field.property());
    }

    @ParameterizedTest
    @EnumSource(HandoverField.class)
    void a_hand_over_holds_text_up_to_the_fields_limit_and_not_a_character_more(HandoverField field) {
        assertThat(refusedProperties(withText(field, field.limit()))).isEmpty();
        assertThat(refusedProperties(withText(field, field.limit() + 1))).containsExactly(field.property());
    }

    private static StepFields withText(StepField field, int length) {
        Map<StepField, Object> values = new EnumMap<>(StepField.class);
        for (StepField each : StepField.values()) {
            values.put(each, each == field ? "x".repeat(length) : each.of(FieldSamples.STEP));
        }
        return StepField.compose(values);
    }

    private static HandoverFields withText(HandoverField field, int length) {
        Map<HandoverField, String> values = new EnumMap<>(HandoverField.class);
        for (HandoverField each : HandoverField.values()) {
            values.put(each, each == field ? "x".repeat(length) : each.of(FieldSamples.HANDOVER));
        }
        return HandoverField.compose(values);
    }

    private static <T> List<String> refusedProperties(T fields) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(fields);
        return violations.stream().map(violation -> violation.getPropertyPath().toString()).toList();
    }
}
