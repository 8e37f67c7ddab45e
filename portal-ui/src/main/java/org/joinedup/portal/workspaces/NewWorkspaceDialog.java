package org.joinedup.portal.workspaces;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.validation.InvalidInputException;

/** Opens a workspace for a condition in a locality; the person who opens it becomes its convenor. */
class NewWorkspaceDialog extends Dialog {

    final WorkspaceSettingsFields fields = new WorkspaceSettingsFields();
    final Button create = new Button("Open the workspace");
    private final WorkspaceService workspaces;
    private final Consumer<WorkspaceDetails> opened;

    NewWorkspaceDialog(WorkspaceService workspaces, Consumer<WorkspaceDetails> opened) {
        this.workspaces = workspaces;
        this.opened = opened;
        setHeaderTitle("Open a workspace");
        fields.visibility.setValue(WorkspaceVisibility.MEMBERS_ONLY);
        fields.reviewInterval.setValue(WorkspaceLimits.DEFAULT_REVIEW_MONTHS);
        add(fields);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> create());
        getFooter().add(new Button("Cancel", event -> close()), create);
    }

    private void create() {
        fields.clearRefusals();
        try {
            WorkspaceDetails created = workspaces.create(new NewWorkspace(fields.condition.getValue(),
                    fields.locality.getValue(), fields.visibility.getValue(), fields.reviewMonths()));
            close();
            opened.accept(created);
        } catch (InvalidInputException refusal) {
            fields.refuse(refusal);
        }
    }

    /** The four settings of a workspace, shared by this dialog and the members page. */
    static class WorkspaceSettingsFields extends FormLayout {

        final TextField condition = new TextField("Condition");
        final TextField locality = new TextField("Locality");
        final RadioButtonGroup<WorkspaceVisibility> visibility = new RadioButtonGroup<>("Who can read the draft");
        final IntegerField reviewInterval = new IntegerField("Review every (months)");

        WorkspaceSettingsFields() {
            condition.setMaxLength(WorkspaceLimits.TITLE_MAX);
            condition.setHelperText("For example \u201cChronic kidney disease\u201d");
            condition.setRequiredIndicatorVisible(true);
            locality.setMaxLength(WorkspaceLimits.TITLE_MAX);
            locality.setHelperText("For example \u201cEast Place\u201d");
            locality.setRequiredIndicatorVisible(true);
            visibility.setItems(WorkspaceVisibility.values());
            visibility.setItemLabelGenerator(WorkspaceVisibility::label);
            reviewInterval.setMin(WorkspaceLimits.MIN_REVIEW_MONTHS);
            reviewInterval.setMax(WorkspaceLimits.MAX_REVIEW_MONTHS);
            reviewInterval.setStepButtonsVisible(true);
            reviewInterval.setHelperText("How long after each publication the pathway should be reviewed ("
                    + WorkspaceLimits.MIN_REVIEW_MONTHS + " to " + WorkspaceLimits.MAX_REVIEW_MONTHS + ")");
            add(condition, locality, visibility, reviewInterval);
        }

        /** An empty or unreadable number is sent as 0, so the service's refusal names the range. */
        int reviewMonths() {
            Integer months = reviewInterval.getValue();
            return months == null ? 0 : months;
        }

        void clearRefusals() {
            condition.setInvalid(false);
            locality.setInvalid(false);
            visibility.setInvalid(false);
            reviewInterval.setInvalid(false);
        }

        /** Each message beside the field it names. */
        void refuse(InvalidInputException refusal) {
            refusal.messages().forEach(this::refuse);
        }

        void refuse(String field, String message) {
            switch (field) {
                case "locality" -> {
                    locality.setErrorMessage(message);
                    locality.setInvalid(true);
                }
                case "visibility" -> {
                    visibility.setErrorMessage(message);
                    visibility.setInvalid(true);
                }
                case "reviewIntervalMonths" -> {
                    reviewInterval.setErrorMessage(message);
                    reviewInterval.setInvalid(true);
                }
                default -> {
                    condition.setErrorMessage(message);
                    condition.setInvalid(true);
                }
            }
        }
    }
}
