package org.joinedup.portal.people;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.NewAccount;
import org.joinedup.identity.people.OrganisationDetails;
import org.joinedup.identity.people.OrganisationDirectory;
import org.joinedup.identity.people.PeopleLimits;
import org.joinedup.identity.people.PersonAccount;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.identity.people.Role;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * An administrator adds a staff account. A refusal is shown beside its field and
 * everything typed stays, so nothing has to be entered twice.
 */
class NewPersonDialog extends Dialog {

    final TextField displayName = new TextField("Name");
    final TextField email = new TextField("E-mail address");
    final TextField profession = new TextField("Profession or role");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Select<CareSetting> careSetting = new Select<>();
    final OrganisationField organisation;
    final PasswordField firstPassword = new PasswordField("First password");
    final Button create = new Button("Add the person");
    private final Map<String, HasValidation> fields;

    NewPersonDialog(PersonAdministration administration, OrganisationDirectory organisations,
            Consumer<PersonAccount> created) {
        setHeaderTitle("Add a person");
        setMaxWidth("48rem");
        organisation = new OrganisationField("Organisation", organisations);
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        careSetting.setLabel("Care setting");
        careSetting.setItems(CareSetting.values());
        careSetting.setItemLabelGenerator(setting -> setting == null ? "None" : setting.label());
        careSetting.setEmptySelectionAllowed(true);
        careSetting.setHelperText("Needed for clinicians");
        firstPassword.setHelperText("At least " + PeopleLimits.PASSWORD_MIN + " characters. Give it to the person "
                + "safely; they set up an authenticator app when they first sign in.");
        firstPassword.getElement().setAttribute("autocomplete", "new-password");
        fields = Map.of("displayName", displayName, "email", email, "profession", profession, "roles", roles,
                "careSetting", careSetting, "organisation", organisation, "firstPassword", firstPassword);

        FormLayout form = new FormLayout(displayName, email, profession, organisation, roles, careSetting,
                firstPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(new Paragraph("Staff accounts are added here; patient partners register themselves."), form);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> create(administration, created));
        getFooter().add(new Button("Cancel", event -> close()), create);
    }

    private void create(PersonAdministration administration, Consumer<PersonAccount> created) {
        fields.values().forEach(field -> field.setInvalid(false));
        OrganisationDetails chosen = organisation.getValue();
        NewAccount account = new NewAccount(displayName.getValue(), email.getValue(), profession.getValue(),
                roles.getValue(), careSetting.getValue(), chosen == null ? null : chosen.id(),
                firstPassword.getValue());
        try {
            PersonAccount saved = administration.createAccount(account);
            close();
            created.accept(saved);
        } catch (InvalidInputException e) {
            e.messages().forEach(this::show);
        }
    }

    private void show(String field, String message) {
        HasValidation target = fields.getOrDefault(field, displayName);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }
}
