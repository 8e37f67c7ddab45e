package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.testing.FieldSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every field of the two lists can be read and changed in the step form and the hand-over
 * dialog, and is offered in the conflict dialog when two people saved it differently. The
 * inputs are found by their labels or the text they show, as a person finds them.
 */
class FieldListOnScreenTest {

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @ParameterizedTest
    @EnumSource(StepField.class)
    void the_step_form_shows_each_field_under_its_label_and_keeps_what_is_typed(StepField field) {
        StepForm form = new StepForm();
        UI.getCurrent().add(form);
        form.show(FieldSamples.STEP);
        StepFields changed = FieldSamples.changing(field, FieldSamples.STEP);

        HasValue<?, Object> input = labelled(field.label());
        assertThat(input.getValue()).isEqualTo(field.of(FieldSamples.STEP));
        _setValue(input, field.of(changed));

        assertThat(form.value()).isEqualTo(changed);
        assertThat(form.unsaved()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(StepField.class)
    void the_conflict_dialog_offers_each_field_saved_differently_and_takes_theirs_when_chosen(StepField field) {
        StepFields theirs = FieldSamples.changing(field, FieldSamples.STEP);
        List<StepFields> saved = new ArrayList<>();
        new ConflictDialog(FieldSamples.STEP, new StepDetails(1, "check", 1, 0, 2, theirs, "Dr Asha Patel",
                Instant.parse("2026-12-03T10:15:30Z")), saved::add).open();

        List<RadioButtonGroup<?>> choices = _find(RadioButtonGroup.class).stream()
                .<RadioButtonGroup<?>>map(group -> group).toList();
        assertThat(choices).extracting(RadioButtonGroup::getLabel).containsExactly(field.label());
        setChoice(choices.getFirst(), ConflictDialog.Choice.THEIRS);
        _click(_get(Button.class, spec -> spec.withText("Save my choice")));

        assertThat(saved).containsExactly(theirs);
    }

    @ParameterizedTest
    @EnumSource(HandoverField.class)
    void the_hand_over_dialog_shows_each_field_and_saves_what_is_typed(HandoverField field) {
        List<HandoverFields> saved = new ArrayList<>();
        new HandoverDialog("Annual foot check", List.of(), new HandoverDetails(1, "referral", 0, 1, "Annual foot check",
                CareSetting.PRIMARY, 2, "Foot clinic",
                CareSetting.SECONDARY, FieldSamples.HANDOVER),
                (toStep, fields) -> saved.add(fields)).open();
        HandoverFields changed = FieldSamples.changing(field, FieldSamples.HANDOVER);

        _setValue(showing(field.of(FieldSamples.HANDOVER)), field.of(changed));
        _click(_get(Button.class, spec -> spec.withText("Save hand-over")));

        assertThat(saved).containsExactly(changed);
    }

    /** The input whose label is the field's name, or the name with a hint after it. */
    @SuppressWarnings("unchecked")
    private static HasValue<?, Object> labelled(String label) {
        return (HasValue<?, Object>) _get(AbstractField.class, spec -> spec.withPredicate(input -> {
            String shown = input.getElement().getProperty("label", "");
            return shown.equals(label) || shown.startsWith(label + " (");
        }));
    }

    @SuppressWarnings("unchecked")
    private static HasValue<?, Object> showing(String text) {
        return (HasValue<?, Object>) _get(AbstractField.class, spec -> spec.withValue(text));
    }

    @SuppressWarnings("unchecked")
    private static void setChoice(RadioButtonGroup<?> group, Object choice) {
        _setValue((RadioButtonGroup<Object>) group, choice);
    }
}
