package org.joinedup.portal.workspaces;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.screening.IdentifiersFoundException;
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

    final Select<StepDetails> toStep = new Select<>();
    final TextArea trigger = new TextArea("What triggers the hand-over");
    final TextArea information = new TextArea("Information that travels");
    final TextField pendingResults = new TextField("Who acts on pending results");
    final TextField responseTime = new TextField("Expected response time");
    final Paragraph refusal = new Paragraph();
    final Button save = new Button("Save hand-over");

    HandoverDialog(String fromTitle, List<StepDetails> otherSteps, HandoverDetails existing, Save onSave) {
        setHeaderTitle(existing == null ? "Hand-over from \u201c" + fromTitle + "\u201d"
                : "Hand-over \u201c" + existing.fromStepTitle() + "\u201d \u2192 \u201c" + existing.toStepTitle() + "\u201d");
        toStep.setLabel("To step");
        toStep.setItems(otherSteps);
        toStep.setItemLabelGenerator(step -> step.fields().title() + " (" + step.fields().careSetting().label() + ")");
        toStep.setVisible(existing == null);
        trigger.setMaxLength(WorkspaceLimits.LONG_TEXT_MAX);
        information.setMaxLength(WorkspaceLimits.LONG_TEXT_MAX);
        pendingResults.setMaxLength(WorkspaceLimits.SHORT_TEXT_MAX);
        pendingResults.setHelperText("Unless agreed otherwise, the clinician who requested a test acts on its result");
        responseTime.setMaxLength(WorkspaceLimits.SHORT_TEXT_MAX);
        responseTime.setHelperText("For example \u201cwithin 2 weeks\u201d");
        HandoverFields shown = existing == null ? HandoverFields.triggeredBy("") : existing.fields();
        trigger.setValue(shown.trigger());
        information.setValue(shown.information());
        pendingResults.setValue(shown.pendingResults());
        responseTime.setValue(shown.responseTime());
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        FormLayout form = new FormLayout(toStep, trigger, information, pendingResults, responseTime);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(refusal, form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save(onSave));
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    private void save(Save onSave) {
        trigger.setInvalid(false);
        information.setInvalid(false);
        pendingResults.setInvalid(false);
        responseTime.setInvalid(false);
        toStep.setInvalid(false);
        refusal.setVisible(false);
        if (toStep.isVisible() && toStep.getValue() == null) {
            toStep.setErrorMessage("Choose the step the patient is handed over to");
            toStep.setInvalid(true);
            return;
        }
        try {
            onSave.save(toStep.isVisible() ? toStep.getValue().id() : null, new HandoverFields(trigger.getValue(),
                    information.getValue(), pendingResults.getValue(), responseTime.getValue()));
            close();
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(violation -> {
                String path = violation.getPropertyPath().toString();
                if (path.endsWith("pendingResults")) {
                    pendingResults.setErrorMessage(violation.getMessage());
                    pendingResults.setInvalid(true);
                } else {
                    trigger.setErrorMessage(violation.getMessage());
                    trigger.setInvalid(true);
                }
            });
        } catch (IdentifiersFoundException found) {
            found.findingsByField().forEach((field, findings) -> {
                HasValidation shown = switch (field) {
                    case "information" -> information;
                    case "pendingResults" -> pendingResults;
                    case "responseTime" -> responseTime;
                    default -> trigger;
                };
                shown.setErrorMessage(IdentifiersFoundException.messageFor(findings));
                shown.setInvalid(true);
            });
        } catch (InvalidInputException invalid) {
            toStep.setErrorMessage(invalid.getMessage());
            toStep.setInvalid(true);
            toStep.setVisible(true);
        } catch (DraftItemGoneException | OptimisticLockingFailureException changed) {
            refusal.setText(changed.getMessage());
            refusal.setVisible(true);
        }
    }
}
