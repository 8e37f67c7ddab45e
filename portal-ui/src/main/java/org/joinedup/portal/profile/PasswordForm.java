package org.joinedup.portal.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import org.joinedup.identity.people.PasswordChange;
import org.joinedup.identity.people.PasswordPolicy;
import org.joinedup.identity.people.PeopleLimits;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.platform.validation.InvalidInputException;

/** Changing one's password: the current one, then the new one twice. */
class PasswordForm extends Section {

    static final class Draft {
        private String current;
        private String replacement;
        private String confirmation;

        String getCurrent() {
            return current;
        }

        void setCurrent(String current) {
            this.current = current;
        }

        String getReplacement() {
            return replacement;
        }

        void setReplacement(String replacement) {
            this.replacement = replacement;
        }

        String getConfirmation() {
            return confirmation;
        }

        void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }

    final PasswordField current = new PasswordField("Current password");
    final PasswordField replacement = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("New password again");
    final Button change = new Button("Change password");
    private final Binder<Draft> binder = new Binder<>();
    private final ProfileService profiles;

    PasswordForm(ProfileService profiles) {
        this.profiles = profiles;
        replacement.setHelperText("At least " + PeopleLimits.PASSWORD_MIN
                + " characters. A few unrelated words are strong and easy to remember; common passwords "
                + "and your own name are not accepted.");
        binder.forField(current).asRequired("Enter your current password")
                .bind(Draft::getCurrent, Draft::setCurrent);
        binder.forField(replacement).asRequired("Enter a new password")
                .withValidator((value, context) -> PasswordPolicy.problemWith(value)
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind(Draft::getReplacement, Draft::setReplacement);
        binder.forField(confirmation).asRequired("Enter the new password again")
                .withValidator(value -> value.equals(replacement.getValue()), "The two new passwords differ")
                .bind(Draft::getConfirmation, Draft::setConfirmation);
        binder.setBean(new Draft());
        change.addClickListener(event -> change());

        FormLayout fields = new FormLayout(current, replacement, confirmation);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        add(new H2("Password"), new Paragraph("You will stay signed in after changing it."), fields, change);
    }

    private void change() {
        if (binder.validate().hasErrors()) {
            return;
        }
        Draft draft = binder.getBean();
        try {
            profiles.changeMyPassword(new PasswordChange(draft.getCurrent(), draft.getReplacement()));
        } catch (InvalidInputException e) {
            PasswordField field = "currentPassword".equals(e.field()) ? current : replacement;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        binder.setBean(new Draft());
        Notification.show("Password changed", 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
