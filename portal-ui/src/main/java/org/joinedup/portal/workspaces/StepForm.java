package org.joinedup.portal.workspaces;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * Every field of a step, and which of them the person has changed since the step was
 * loaded. Text is sent to the server while it is typed, so the server knows a field is being
 * changed before anything else redraws it; a field the person changed is never filled from
 * the server until the step is loaded again.
 */
class StepForm extends FormLayout {

    /**
     * How long typing may go unsent. The first keystroke goes at once (the leading edge of
     * Vaadin's throttle), so the server learns a field is changing before any redraw; after
     * that at most once per interval, and a click sends what is pending first.
     */
    static final int SEND_WHILE_TYPING_MS = 1000;

    private final Map<StepField, AbstractField<?, ?>> fields = new EnumMap<>(StepField.class);
    private final Set<StepField> changed = EnumSet.noneOf(StepField.class);
    /** The step as loaded: what the changed fields are measured against. */
    private StepFields loaded;

    StepForm() {
        addClassName("step-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (StepField field : StepField.values()) {
            AbstractField<?, ?> component = input(field);
            if (component instanceof HasValueChangeMode typed) {
                typed.setValueChangeMode(ValueChangeMode.TIMEOUT);
                typed.setValueChangeTimeout(SEND_WHILE_TYPING_MS);
            }
            component.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    changed.add(field);
                }
            });
            fields.put(field, component);
            add(component);
            if (component instanceof TextArea) {
                setColspan(component, 2);
            }
        }
    }

    /** The input a field's kind asks for. */
    private static AbstractField<?, ?> input(StepField field) {
        return switch (field.kind()) {
            case CARE_SETTING -> {
                Select<CareSetting> select = new Select<>();
                select.setLabel(field.label());
                select.setItems(CareSetting.values());
                select.setItemLabelGenerator(CareSetting::label);
                yield select;
            }
            case YES_NO -> new Checkbox(field.label());
            case SHORT_TEXT, LONG_TEXT, MARKDOWN, LINKS -> FieldInputs.text(field.label(), field.kind(), field.limit());
        };
    }

    /** Loads the step: every field takes its saved value and nothing counts as changed. */
    void show(StepFields step) {
        clearRefusals();
        loaded = step;
        changed.clear();
        for (StepField field : StepField.values()) {
            fill(field, step);
        }
    }

    /**
     * Loads {@code base} as the version a save will name, keeping {@code mine} where it differs:
     * those fields count as the person's changes, as after a choice between two versions.
     */
    void show(StepFields base, StepFields mine) {
        show(base);
        for (StepField field : StepField.values()) {
            if (!Objects.equals(field.of(mine), field.of(base))) {
                fill(field, mine);
                changed.add(field);
            }
        }
    }

    /** Brings every field the person has not changed up to a newer save; their own changes stay. */
    void refreshUnchanged(StepFields newer) {
        for (StepField field : StepField.values()) {
            if (!changed.contains(field)) {
                fill(field, newer);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void fill(StepField field, StepFields from) {
        ((HasValue<?, Object>) fields.get(field)).setValue(field.of(from));
    }

    /** Whether the person has changed any field since the step was loaded, even back to what it was. */
    boolean touched() {
        return !changed.isEmpty();
    }

    /** Whether a field the person changed now differs from the step as loaded: leaving would lose it. */
    boolean unsaved() {
        StepFields now = value();
        return loaded != null && changed.stream().anyMatch(field -> !Objects.equals(field.of(now), field.of(loaded)));
    }

    /** What the form holds now; empty text where a field was cleared. */
    StepFields value() {
        Map<StepField, Object> values = new EnumMap<>(StepField.class);
        for (StepField field : StepField.values()) {
            Object value = fields.get(field).getValue();
            values.put(field, value == null && field != StepField.CARE_SETTING ? "" : value);
        }
        return StepField.compose(values);
    }

    void setEditable(boolean editable) {
        fields.values().forEach(field -> field.setReadOnly(!editable));
    }

    AbstractField<?, ?> field(StepField field) {
        return fields.get(field);
    }

    void clearRefusals() {
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
    }

    /** Shows a refusal at the field the service named by its property; one naming no field shows at the title. */
    private void refuse(String property, String message) {
        refuse(StepField.byProperty(property).orElse(StepField.TITLE), message);
    }

    private void refuse(StepField field, String message) {
        HasValidation shown = (HasValidation) fields.get(field);
        shown.setErrorMessage(message);
        shown.setInvalid(true);
    }

    /**
     * Says at each field what looks like a patient identifier and where, and returns all of
     * it in one line: "Title: what looks like a phone number at characters 6–17; …".
     */
    String refuse(IdentifiersFoundException found) {
        List<String> summary = new ArrayList<>();
        found.findingsByField().forEach((property, findings) -> {
            refuse(property, IdentifiersFoundException.messageFor(findings));
            StepField field = StepField.byProperty(property).orElse(StepField.TITLE);
            findings.forEach(finding -> summary.add(field.label() + ": " + finding.describe()));
        });
        return String.join("; ", summary);
    }

    /**
     * Shows each message of a refusal beside the field of the step it names.
     *
     * @return whether any message named a field of the step
     */
    boolean refuse(InvalidInputException refusal) {
        boolean shown = false;
        for (Map.Entry<String, String> message : refusal.messages().entrySet()) {
            if (StepField.byProperty(message.getKey()).isPresent()) {
                refuse(message.getKey(), message.getValue());
                shown = true;
            }
        }
        return shown;
    }
}
