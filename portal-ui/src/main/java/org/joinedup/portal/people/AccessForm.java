package org.joinedup.portal.people;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import org.joinedup.identity.people.AccountChange;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.OrganisationDetails;
import org.joinedup.identity.people.OrganisationDirectory;
import org.joinedup.identity.people.PersonAccount;
import org.joinedup.identity.people.Role;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * Roles, care setting and organisation, saved together. The service checks the rules
 * (at least one role, a setting for clinicians, no giving up one's own administrator
 * role) and its refusals appear beside the field they concern, with the choices kept.
 */
class AccessForm extends Section {

    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Select<CareSetting> careSetting = new Select<>();
    final OrganisationField organisation;
    final Button save = new Button("Save changes");
    private long version;

    AccessForm(OrganisationDirectory organisations, Consumer<AccountChange> onSave) {
        organisation = new OrganisationField("Organisation", organisations);
        organisation.setPlaceholder("No organisation");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        careSetting.setLabel("Care setting");
        careSetting.setItems(CareSetting.values());
        careSetting.setEmptySelectionAllowed(true);
        careSetting.setEmptySelectionCaption("None");
        careSetting.setItemLabelGenerator(setting -> setting == null ? "None" : setting.label());
        careSetting.setHelperText("Needed for clinicians");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            clearErrors();
            OrganisationDetails chosen = organisation.getValue();
            onSave.accept(new AccountChange(version, roles.getValue(), careSetting.getValue(),
                    chosen == null ? null : chosen.id()));
        });

        FormLayout fields = new FormLayout(roles, careSetting, organisation);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(new H2("Roles and organisation"),
                new Paragraph("Taking a role away signs the person out on every device, so the change applies at "
                        + "once. Roles you add apply from their next sign-in."),
                fields, save);
    }

    void edit(PersonAccount account, OrganisationDetails currentOrganisation) {
        version = account.version();
        roles.setValue(account.roles());
        careSetting.setValue(account.careSetting());
        organisation.setValue(currentOrganisation);
        clearErrors();
    }

    /** Shows each of the service's messages beside its field; returns false if none concerns a field here. */
    boolean refuse(InvalidInputException refusal) {
        boolean shown = false;
        for (Map.Entry<String, String> message : refusal.messages().entrySet()) {
            HasValidation field = switch (message.getKey()) {
                case "roles" -> roles;
                case "careSetting" -> careSetting;
                case "organisation" -> organisation;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(message.getValue());
                field.setInvalid(true);
                shown = true;
            }
        }
        return shown;
    }

    private void clearErrors() {
        roles.setInvalid(false);
        careSetting.setInvalid(false);
        organisation.setInvalid(false);
    }
}
