package org.joinedup.portal.workspaces;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A new hand-over from a step, or the agreed details of an existing one. Refusals show
 * beside their field and the dialog keeps what was typed.
 */
class HandoverDialog extends Dialog {

    /** Saves the hand-over; throws the service's refusals for the dialog to show. */
    interface Save {
        void save(Long toStepId, HandoverFields fields);
    }

    /** What the dialog asks where it asks more plainly than the field's name. */
    private static final Map<HandoverField, String> PROMPTS = Map.of(HandoverField.TRIGGER,
            "What triggers the hand-over");
    private static final Map<HandoverField, String> HINTS = Map.of(
            HandoverField.PENDING_RESULTS, "Unless agreed otherwise, the clinician who requested a test acts on its result",
            HandoverField.RESPONSE_TIME, "For example \u201cwithin 2 weeks\u201d");

    final Select<StepDetails> toStep = new Select<>();
    private final Map<HandoverField, TextFieldBase<?, String>> inputs = new EnumMap<>(HandoverField.class);
    final Paragraph refusal = new Paragraph();
    final Button save = new Button("Save hand-over");

    HandoverDialog(String fromTitle, List<StepDetails> otherSteps, HandoverDetails existing, Save onSave) {
        setHeaderTitle(existing == null ? "Hand-over from \u201c" + fromTitle + "\u201d"
                : "Hand-over \u201c" + existing.fromStepTitle() + "\u201d \u2192 \u201c" + existing.toStepTitle() + "\u201d");
        toStep.setLabel("To step");
        toStep.setItems(otherSteps);
        toStep.setItemLabelGenerator(step -> step.fields().title() + " (" + step.fields().careSetting().label() + ")");
        toStep.setVisible(existing == null);
        FormLayout form = new FormLayout(toStep);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        HandoverFields shown = existing == null ? HandoverFields.triggeredBy("") : existing.fields();
        for (HandoverField field : HandoverField.values()) {
            TextFieldBase<?, String> input = FieldInputs.text(PROMPTS.getOrDefault(field, field.label()), field.kind(),
                    field.limit());
            if (HINTS.containsKey(field)) {
                input.setHelperText(HINTS.get(field));
            }
            input.setValue(field.of(shown));
            inputs.put(field, input);
            form.add(input);
        }
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(refusal, form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save(onSave));
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    TextFieldBase<?, String> input(HandoverField field) {
        return inputs.get(field);
    }

    private HandoverFields value() {
        Map<HandoverField, String> values = new EnumMap<>(HandoverField.class);
        inputs.forEach((field, input) -> values.put(field, input.getValue()));
        return HandoverField.compose(values);
    }

    /** Shows a message at the field a refusal names; one naming no field of the hand-over is about the step it joins. */
    private void refuse(String property, String message) {
        HandoverField field = HandoverField.byProperty(property).orElse(null);
        if (field == null) {
            toStep.setErrorMessage(message);
            toStep.setInvalid(true);
            toStep.setVisible(true);
            return;
        }
        inputs.get(field).setErrorMessage(message);
        inputs.get(field).setInvalid(true);
    }

    private void save(Save onSave) {
        inputs.values().forEach(input -> input.setInvalid(false));
        toStep.setInvalid(false);
        refusal.setVisible(false);
        if (toStep.isVisible() && toStep.getValue() == null) {
            toStep.setErrorMessage("Choose the step the patient is handed over to");
            toStep.setInvalid(true);
            return;
        }
        try {
            onSave.save(toStep.isVisible() ? toStep.getValue().id() : null, value());
            close();
        } catch (InvalidInputException invalid) {
            invalid.messages().forEach(this::refuse);
        } catch (DraftItemGoneException | OptimisticLockingFailureException changed) {
            refusal.setText(changed.getMessage());
            refusal.setVisible(true);
        }
    }
}
