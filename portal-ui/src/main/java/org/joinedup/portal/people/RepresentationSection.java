package org.joinedup.portal.people;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.PersonAccount;
import org.joinedup.identity.people.Role;
import org.joinedup.pathway.proposal.RepresentationExceptionDetails;
import org.joinedup.pathway.proposal.RepresentationExceptions;
import org.joinedup.pathway.workspace.WorkspaceChoice;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * Where a member of staff may represent a care setting they do not work in: the
 * exceptions in force, each with its reason, and a form to grant one for a workspace.
 * Revoking asks first, because the person's sign-offs for that setting on an open
 * proposal then no longer stand.
 */
class RepresentationSection extends Section {

    final Grid<RepresentationExceptionDetails> granted = new Grid<>();
    final Paragraph none = new Paragraph("No exceptions: they represent only the care setting they work in.");
    final ComboBox<WorkspaceChoice> workspace = new ComboBox<>("Workspace");
    final Select<CareSetting> setting = new Select<>();
    final TextArea reason = new TextArea("Reason");
    final Button grant = new Button("Grant the exception");
    private final RepresentationExceptions exceptions;
    private PersonAccount person;

    RepresentationSection(RepresentationExceptions exceptions) {
        this.exceptions = exceptions;
        granted.addColumn(RepresentationExceptionDetails::workspaceTitle).setHeader("Workspace").setFlexGrow(2);
        granted.addColumn(exception -> exception.careSetting().label()).setHeader("May represent");
        granted.addColumn(RepresentationExceptionDetails::reason).setHeader("Reason").setFlexGrow(3);
        granted.addColumn(exception -> exception.grantedBy() + ", " + PortalTime.date(exception.grantedAt()))
                .setHeader("Granted by");
        granted.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke");
        granted.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        granted.setAllRowsVisible(true);
        granted.setAriaLabel("Representation exceptions");
        none.addClassName("empty-state");

        workspace.setItemLabelGenerator(WorkspaceChoice::title);
        setting.setLabel("Care setting they may represent");
        setting.setItems(CareSetting.values());
        setting.setItemLabelGenerator(CareSetting::label);
        reason.setMaxLength(WorkspaceLimits.SHORT_TEXT_MAX);
        reason.setHelperText("Why they should speak for a setting they do not work in; kept in the audit trail");
        reason.setWidthFull();
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.addClickListener(event -> grant());
        Div form = new Div(workspace, setting, reason, grant);
        form.addClassName("filters");
        add(new H2("Representing another care setting"), new Paragraph("A setting representative represents the "
                + "care setting they work in. Where a workspace needs this person to speak for another setting, grant "
                + "an exception for that workspace."), none, granted, form);
    }

    void show(PersonAccount shown) {
        person = shown;
        boolean staff = shown.roles().stream().anyMatch(Role::isStaff);
        setVisible(staff);
        if (staff) {
            refresh();
            workspace.setItems(exceptions.workspaces());
        }
    }

    private void refresh() {
        List<RepresentationExceptionDetails> current = exceptions.forPerson(person.id());
        granted.setItems(current);
        granted.setVisible(!current.isEmpty());
        none.setVisible(current.isEmpty());
    }

    private void grant() {
        workspace.setInvalid(false);
        setting.setInvalid(false);
        reason.setInvalid(false);
        if (workspace.getValue() == null) {
            workspace.setErrorMessage("Choose the workspace where the exception applies");
            workspace.setInvalid(true);
            return;
        }
        try {
            RepresentationExceptionDetails done = exceptions.grant(workspace.getValue().id(), person.id(),
                    setting.getValue(), reason.getValue());
            reason.clear();
            refresh();
            confirm(done.personName() + " may represent " + done.careSetting().label() + " in " + done.workspaceTitle());
        } catch (InvalidInputException refusal) {
            refusal.messages().forEach(this::refuseAt);
        }
    }

    private void refuseAt(String field, String message) {
        HasValidation shown = switch (field) {
            case "reason" -> reason;
            case "setting", "careSetting" -> setting;
            default -> workspace;
        };
        shown.setErrorMessage(message);
        shown.setInvalid(true);
    }

    private Component revokeButton(RepresentationExceptionDetails exception) {
        Button revoke = new Button("Revoke", event -> {
            ConfirmDialog dialog = new ConfirmDialog("Revoke this exception?", exception.personName()
                    + " will no longer represent " + exception.careSetting().label() + " in " + exception.workspaceTitle()
                    + ". Their sign-offs for it on an open proposal no longer stand, so the setting signs again.",
                    "Revoke", confirmed -> {
                        try {
                            exceptions.revoke(exception.id());
                            confirm("Exception revoked");
                        } catch (InvalidInputException refusal) {
                            Notification.show(refusal.getMessage(), 6000, Notification.Position.TOP_CENTER)
                                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
                        }
                        refresh();
                    });
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        revoke.setAriaLabel("Revoke the exception for " + exception.careSetting().label() + " in "
                + exception.workspaceTitle());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return revoke;
    }

    private static void confirm(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
