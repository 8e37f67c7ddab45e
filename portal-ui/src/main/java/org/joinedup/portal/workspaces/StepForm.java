package org.joinedup.portal.workspaces;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.joinedup.pathway.people.CareSetting;
import org.joinedup.pathway.screening.IdentifiersFoundException;
import org.joinedup.pathway.workspace.StepFields;
import org.joinedup.pathway.workspace.WorkspaceLimits;

/**
 * Every field of a step. It only holds what is typed: the page decides when to fill it
 * from the server, so someone else's save never overwrites unsaved text.
 */
class StepForm extends FormLayout {

    private final Map<StepField, AbstractField<?, ?>> fields = new EnumMap<>(StepField.class);

    StepForm() {
        addClassName("step-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (StepField field : StepField.values()) {
            AbstractField<?, ?> component = switch (field) {
                case CARE_SETTING -> {
                    Select<CareSetting> select = new Select<>();
                    select.setLabel(field.label());
                    select.setItems(CareSetting.values());
                    select.setItemLabelGenerator(CareSetting::label);
                    yield select;
                }
                case DIAGNOSTICS_IN_COMMUNITY -> new Checkbox(field.label());
                case TITLE, RESPONSIBLE, SHARED_CARE_PROTOCOL, TIMESCALE -> {
                    TextField text = new TextField(field.label());
                    text.setMaxLength(field == StepField.TITLE ? WorkspaceLimits.TITLE_MAX : WorkspaceLimits.SHORT_TEXT_MAX);
                    yield text;
                }
                default -> {
                    TextArea area = new TextArea(field.label());
                    area.setMaxLength(WorkspaceLimits.LONG_TEXT_MAX);
                    area.setHelperText(markdown(field) ? "Markdown formatting is kept" : null);
                    yield area;
                }
            };
            fields.put(field, component);
            add(component);
            if (component instanceof TextArea) {
                setColspan(component, 2);
            }
        }
    }

    private static boolean markdown(StepField field) {
        return field == StepField.DESCRIPTION || field == StepField.EVIDENCE || field == StepField.INTERIM_NOTE;
    }

    @SuppressWarnings("unchecked")
    void show(StepFields step) {
        clearRefusals();
        for (StepField field : StepField.values()) {
            ((HasValue<?, Object>) fields.get(field)).setValue(field.of(step));
        }
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

    void refuse(StepField field, String message) {
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
            StepField field = StepField.byProperty(property);
            refuse(field, IdentifiersFoundException.messageFor(findings));
            findings.forEach(finding -> summary.add(field.label() + ": " + finding.describe()));
        });
        return String.join("; ", summary);
    }

    void refuse(ConstraintViolationException invalid) {
        invalid.getConstraintViolations().forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            refuse(StepField.byProperty(path.substring(path.lastIndexOf('.') + 1)), violation.getMessage());
        });
    }
}
