package org.joinedup.portal.registration;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.function.ValueProvider;
import org.joinedup.identity.people.PasswordPolicy;
import org.joinedup.identity.people.PatientGroup;
import org.joinedup.identity.people.PeopleLimits;
import org.joinedup.identity.people.Registration;
import org.joinedup.platform.throttle.TooManyRequestsException;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.ui.TooManyRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a patient partner tells us to register. Each field is checked against the same
 * rules the service applies ({@link Registration}'s), and the service's own refusals land
 * beside the field they concern; what was typed always stays.
 */
class RegistrationForm extends Section {

    private static final Logger log = LoggerFactory.getLogger(RegistrationForm.class);

    /** The form's own state: Binder needs a mutable bean, the service takes a record. */
    static final class Draft {
        String displayName;
        String realName;
        String email;
        String password;
        String confirmation;
        PatientGroup patientGroup;
        boolean guidelinesAccepted;

        Registration toRegistration() {
            return new Registration(displayName, realName, email, password,
                    patientGroup == null ? null : patientGroup.id(), guidelinesAccepted);
        }
    }

    final TextField displayName = new TextField("Name other people will see");
    final TextField realName = new TextField("Your full name");
    final EmailField email = new EmailField("E-mail address");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Password again");
    final Select<PatientGroup> patientGroup = new Select<>();
    final Checkbox guidelinesAccepted = new Checkbox("I have read the community guidelines and agree to follow them");
    final Button register = new Button("Register");
    /** A refusal that concerns no one field, such as too many registrations just now. */
    final Paragraph problem = new Paragraph();
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Consumer<Registration> onRegister;

    RegistrationForm(List<PatientGroup> patientGroups, Consumer<Registration> onRegister) {
        this.onRegister = onRegister;
        addClassName("registration-form");

        displayName.setHelperText("Shown with everything you write. Your first name or a nickname is fine.");
        realName.setHelperText("Only moderators and administrators see this.");
        email.setHelperText("You sign in with it. We do not show it to anyone else.");
        password.setHelperText("At least " + PeopleLimits.PASSWORD_MIN
                + " characters. A few unrelated words are strong and easy to remember.");
        patientGroup.setLabel("Patient group (optional)");
        patientGroup.setHelperText("If you take part through a patient group, choose it here.");
        patientGroup.setItems(patientGroups);
        patientGroup.setItemLabelGenerator(group -> group == null ? "None" : group.name());
        patientGroup.setEmptySelectionAllowed(true);
        patientGroup.setEmptySelectionCaption("None");
        displayName.setAutocomplete(Autocomplete.NICKNAME);
        realName.setAutocomplete(Autocomplete.NAME);
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);

        bindText(displayName, "displayName", d -> d.displayName, (d, v) -> d.displayName = v);
        bindText(realName, "realName", d -> d.realName, (d, v) -> d.realName = v);
        bindText(email, "email", d -> d.email, (d, v) -> d.email = v);
        password.setRequiredIndicatorVisible(true);
        binder.forField(password)
                .withValidator((value, context) -> PasswordPolicy.problemWith(value)
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind(d -> d.password, (d, v) -> d.password = v);
        binder.forField(confirmation).asRequired("Enter the password again")
                .withValidator(value -> value.equals(password.getValue()), "The two passwords differ")
                .bind(d -> d.confirmation, (d, v) -> d.confirmation = v);
        binder.forField(patientGroup).bind(d -> d.patientGroup, (d, v) -> d.patientGroup = v);
        guidelinesAccepted.setRequiredIndicatorVisible(true);
        binder.forField(guidelinesAccepted)
                .withValidator(new BeanValidator(Registration.class, "guidelinesAccepted"))
                .bind(d -> d.guidelinesAccepted, (d, v) -> d.guidelinesAccepted = v);

        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(event -> submit());

        FormLayout fields = new FormLayout(displayName, realName, email, patientGroup, password, confirmation);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        fields.setColspan(email, 2);
        fields.setColspan(patientGroup, 2);
        problem.addClassName("form-refusal");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(fields, new CommunityGuidelines(), guidelinesAccepted, problem, register);
    }

    /**
     * Trimmed before it is checked, as the service trims it before storing. The record's
     * rules replace the field's own: the e-mail field's built-in pattern refuses addresses
     * with an apostrophe, which are real.
     */
    private void bindText(HasValue<?, String> field, String property, ValueProvider<Draft, String> getter,
            Setter<Draft, String> setter) {
        field.setRequiredIndicatorVisible(true);
        binder.forField(field)
                .withDefaultValidator(false)
                .withConverter(String::strip, value -> value == null ? "" : value)
                .withValidator(new BeanValidator(Registration.class, property))
                .bind(getter, setter);
    }

    private void submit() {
        BinderValidationStatus<Draft> status = binder.validate();
        if (status.hasErrors()) {
            log.info("A registration was held back in the form: {} field(s) to correct",
                    status.getFieldValidationErrors().size());
            return;
        }
        binder.writeBeanIfValid(draft);
        problem.setVisible(false);
        try {
            onRegister.accept(draft.toRegistration());
        } catch (InvalidInputException e) {
            e.messages().forEach(this::showAt);
        } catch (TooManyRequestsException e) {
            problem.setText(TooManyRequests.MESSAGE);
            problem.setVisible(true);
        }
    }

    /** The service's checks are the last word; its message goes beside the field it names. */
    private void showAt(String property, String message) {
        Map<String, HasValidation> fields = Map.of("displayName", displayName, "realName", realName, "email", email,
                "password", password, "patientGroup", patientGroup, "guidelinesAccepted", guidelinesAccepted);
        HasValidation field = fields.getOrDefault(property, displayName);
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
