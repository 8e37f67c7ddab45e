package org.joinedup.portal.workspaces;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.workspace.MemberDetails;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.PersonChoice;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSettings;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Who is in a workspace and in which role. Convenors add people, change their roles and
 * remove them, and change the workspace's settings.
 */
@Route("workspaces/:workspaceId([0-9]{1,18})/members")
@PermitAll
public class MembersView extends WorkspacePage {

    private static final int CANDIDATES = 20;

    final Grid<MemberDetails> members = new Grid<>();
    final Div addPanel = new Div();
    final ComboBox<PersonChoice> person = new ComboBox<>("Person");
    final Select<WorkspaceRole> role = roleSelect("Role");
    final Select<CareSetting> setting = settingSelect();
    final Button add = new Button("Add to the workspace");
    final Div settingsPanel = new Div();
    final NewWorkspaceDialog.WorkspaceSettingsFields settingsFields = new NewWorkspaceDialog.WorkspaceSettingsFields();
    final ConfidentialityFields confidentiality = new ConfidentialityFields();
    final Paragraph settingsConflict = new Paragraph();
    final Button saveSettings = new Button("Save settings");

    MembersView(WorkspaceService workspaces, PathwayHistory history, CollaborationBus bus) {
        super(workspaces, history, bus, WorkspaceHeader.Page.MEMBERS);
        members.addColumn(MemberDetails::displayName).setHeader("Name").setFlexGrow(2);
        members.addColumn(MembersView::roleText).setHeader("Role").setFlexGrow(2);
        members.addColumn(member -> member.organisation() == null ? "" : member.organisation())
                .setHeader("Organisation").setFlexGrow(2);
        members.addColumn(member -> PortalTime.date(member.addedAt())).setHeader("Added");
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        members.setAllRowsVisible(true);
        members.setAriaLabel("Members");

        person.setItemLabelGenerator(choice -> choice.displayName()
                + (choice.organisation() == null ? "" : ", " + choice.organisation())
                + (choice.staff() ? "" : " (patient partner)"));
        person.setItems(query -> workspaces.candidates(workspaceId, query.getFilter().orElse(""), CANDIDATES).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        person.setHelperText("Type part of a name");
        person.addValueChangeListener(event -> {
            PersonChoice chosen = event.getValue();
            if (chosen != null) {
                role.setValue(chosen.staff() ? WorkspaceRole.EDITOR : WorkspaceRole.PATIENT_PARTNER);
                setting.setValue(chosen.careSetting());
            }
        });
        role.addValueChangeListener(event -> setting.setVisible(event.getValue() == WorkspaceRole.SETTING_REPRESENTATIVE));
        setting.setVisible(false);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> guarded(this::addMember));
        Div addFields = new Div(person, role, setting, add);
        addFields.addClassName("filters");
        addPanel.add(new H2("Add a member"), new Paragraph("Setting representatives sign off changes for their care "
                + "setting; editors and representatives edit the draft; observers read and comment; patient partners "
                + "see the pathway as patients will."), addFields);

        settingsConflict.addClassName("form-refusal");
        settingsConflict.getElement().setAttribute("role", "alert");
        settingsConflict.setVisible(false);
        saveSettings.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSettings.addClickListener(event -> guarded(this::saveSettings));
        settingsPanel.add(new H2("Workspace settings"), settingsConflict, settingsFields, confidentiality, saveSettings);

        add(new H2("Members"), members, addPanel, settingsPanel);
    }

    @Override
    protected void load() {
        showMembers();
        if (permissions.convenes()) {
            showSettings();
        }
    }

    /** Someone else's change refreshes the list but leaves the settings form as this person typed it. */
    @Override
    protected void changed(CollaborationEvent event) {
        showMembers();
    }

    private void showMembers() {
        boolean convenes = permissions.convenes();
        List<MemberDetails> shown = workspaces.members(workspaceId);
        if (convenes) {
            if (members.getColumnByKey("actions") == null) {
                members.addComponentColumn(this::actions).setHeader("Change").setKey("actions").setFlexGrow(2);
            }
        } else if (members.getColumnByKey("actions") != null) {
            members.removeColumnByKey("actions");
        }
        members.setItems(shown);
        addPanel.setVisible(convenes);
        settingsPanel.setVisible(convenes);
    }

    private void showSettings() {
        settingsFields.clearRefusals();
        settingsFields.condition.setValue(workspace.condition());
        settingsFields.locality.setValue(workspace.locality());
        settingsFields.visibility.setValue(workspace.visibility());
        settingsFields.reviewInterval.setValue(workspace.reviewIntervalMonths());
        confidentiality.show(workspace.confidentialReason());
        settingsConflict.setVisible(false);
    }

    private Component actions(MemberDetails member) {
        Select<WorkspaceRole> newRole = roleSelect(null);
        newRole.setAriaLabel("Role of " + member.displayName());
        newRole.setValue(member.role());
        Select<CareSetting> newSetting = settingSelect();
        newSetting.setLabel(null);
        newSetting.setAriaLabel("Setting " + member.displayName() + " represents");
        newSetting.setValue(member.careSetting());
        newSetting.setVisible(member.role() == WorkspaceRole.SETTING_REPRESENTATIVE);
        newRole.addValueChangeListener(event -> newSetting.setVisible(event.getValue() == WorkspaceRole.SETTING_REPRESENTATIVE));
        Button change = new Button("Change", event -> guarded(() -> changeMember(member, newRole.getValue(),
                newSetting.getValue())));
        change.setAriaLabel("Change the role of " + member.displayName());
        Button remove = new Button("Remove", event -> confirmRemoval(member));
        remove.setAriaLabel("Remove " + member.displayName());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(newRole, newSetting, change, remove);
        actions.addClassName("member-actions");
        return actions;
    }

    private void addMember() {
        person.setInvalid(false);
        role.setInvalid(false);
        setting.setInvalid(false);
        PersonChoice chosen = person.getValue();
        if (chosen == null) {
            person.setErrorMessage("Choose a person");
            person.setInvalid(true);
            return;
        }
        try {
            MemberDetails added = workspaces.addMember(workspaceId, chosen.personId(), membership(role.getValue(),
                    setting.getValue()));
            person.clear();
            refreshHeader();
            showMembers();
            confirm("Added " + added.displayName());
        } catch (InvalidInputException refusal) {
            refusal.messages().forEach(this::refuseAt);
        }
    }

    /** A refusal of a new member, beside the input it names. */
    private void refuseAt(String field, String message) {
        switch (field) {
            case "careSetting" -> {
                setting.setVisible(true);
                setting.setErrorMessage(message);
                setting.setInvalid(true);
            }
            case "role" -> {
                role.setErrorMessage(message);
                role.setInvalid(true);
            }
            default -> {
                person.setErrorMessage(message);
                person.setInvalid(true);
            }
        }
    }

    private void changeMember(MemberDetails member, WorkspaceRole newRole, CareSetting newSetting) {
        try {
            workspaces.changeMember(workspaceId, member.personId(), membership(newRole, newSetting));
            refreshHeader();
            showMembers();
            confirm(member.displayName() + " is now " + (newRole == WorkspaceRole.SETTING_REPRESENTATIVE && newSetting != null
                    ? "representative of " + newSetting.label() : newRole.label().toLowerCase(PortalTime.LOCALE)));
        } catch (InvalidInputException refusal) {
            warn(refusal.getMessage());
        }
    }

    private void confirmRemoval(MemberDetails member) {
        ConfirmDialog confirm = new ConfirmDialog("Remove " + member.displayName() + "?",
                member.displayName() + " loses access to this workspace at their next action. Their decisions on the open "
                        + "proposal no longer stand, so their setting signs again.",
                "Remove", event -> guarded(() -> {
                    try {
                        workspaces.removeMember(workspaceId, member.personId());
                        refreshHeader();
                        showMembers();
                        confirm("Removed " + member.displayName());
                    } catch (InvalidInputException refusal) {
                        warn(refusal.getMessage());
                    }
                }));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void saveSettings() {
        settingsFields.clearRefusals();
        settingsConflict.setVisible(false);
        if (!confidentiality.complete()) {
            return;
        }
        try {
            workspaces.updateSettings(workspaceId, workspace.version(), new WorkspaceSettings(
                    settingsFields.condition.getValue(), settingsFields.locality.getValue(),
                    settingsFields.visibility.getValue(), settingsFields.reviewMonths(), confidentiality.value()));
            refreshHeader();
            showSettings();
            confirm("Settings saved");
        } catch (InvalidInputException refusal) {
            refusal.messages().forEach((field, message) -> {
                if (field.equals("confidentialReason")) {
                    confidentiality.refuse(message);
                } else {
                    settingsFields.refuse(field, message);
                }
            });
        } catch (OptimisticLockingFailureException concurrent) {
            settingsConflict.setText(concurrent.getMessage() + " Your text is still in the form; reload the page to see "
                    + "their settings.");
            settingsConflict.setVisible(true);
        }
    }

    private static String roleText(MemberDetails member) {
        if (member.role() != WorkspaceRole.SETTING_REPRESENTATIVE || member.careSetting() == null) {
            return member.role().label();
        }
        String role = member.role().label() + " for " + member.careSetting().label();
        if (member.byException()) {
            return role + " (by an administrator's exception)";
        }
        return member.signs() ? role : role + " \u2014 cannot sign: does not work in " + member.careSetting().label()
                + " and holds no exception";
    }

    private static Membership membership(WorkspaceRole role, CareSetting setting) {
        return new Membership(role, role == WorkspaceRole.SETTING_REPRESENTATIVE ? setting : null);
    }

    private static Select<WorkspaceRole> roleSelect(String label) {
        Select<WorkspaceRole> select = new Select<>();
        select.setLabel(label);
        select.setItems(WorkspaceRole.values());
        select.setItemLabelGenerator(WorkspaceRole::label);
        return select;
    }

    private static Select<CareSetting> settingSelect() {
        Select<CareSetting> select = new Select<>();
        select.setLabel("Signs off for");
        select.setItems(CareSetting.values());
        select.setItemLabelGenerator(CareSetting::label);
        return select;
    }

    private static void warn(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
