package org.joinedup.portal.profile;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.joinedup.identity.people.PeopleLimits;
import org.joinedup.identity.people.PersonDetails;
import org.joinedup.identity.people.ProfileChange;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.ui.RoleBadges;

/** Name and profession, which a person may change; organisation, setting and roles, which they may only read. */
class ProfileForm extends Section {

    /** The form's own state: Binder needs a mutable bean, the service takes a record. */
    static final class Draft {
        private String displayName;
        private String profession;

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        String getProfession() {
            return profession;
        }

        void setProfession(String profession) {
            this.profession = profession;
        }
    }

    final TextField displayName = new TextField("Name");
    final TextField profession = new TextField("Profession or role");
    final Button save = new Button("Save profile");
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final ProfileService profiles;

    ProfileForm(ProfileService profiles) {
        this.profiles = profiles;
        PersonDetails me = profiles.myProfile();

        binder.forField(displayName)
                .asRequired("Enter your name")
                .withValidator(new StringLengthValidator(
                        "Use at most " + PeopleLimits.DISPLAY_NAME_MAX + " characters", 0, PeopleLimits.DISPLAY_NAME_MAX))
                .bind(Draft::getDisplayName, Draft::setDisplayName);
        binder.forField(profession)
                .withValidator(new StringLengthValidator(
                        "Use at most " + PeopleLimits.PROFESSION_MAX + " characters", 0, PeopleLimits.PROFESSION_MAX))
                .bind(Draft::getProfession, Draft::setProfession);
        draft.setDisplayName(me.displayName());
        draft.setProfession(me.profession() == null ? "" : me.profession());
        binder.readBean(draft);
        profession.setHelperText("For example: district nurse, GP partner, carer");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());

        FormLayout fields = new FormLayout(displayName, profession,
                readOnly("E-mail address", me.email()),
                readOnly("Organisation", me.organisationName() == null ? "None" : me.organisationName()),
                readOnly("Care setting", me.careSetting() == null ? "Not applicable" : me.careSetting().label()));
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(new H2("About you"), fields, RoleBadges.of(me.roles()), save);
    }

    private void save() {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            profiles.updateMyProfile(new ProfileChange(draft.getDisplayName(), draft.getProfession()));
            Notification.show("Profile saved", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            showAtFields(e.messages());
        }
    }

    /** The service's checks are the last word; its messages land beside the field they concern. */
    private void showAtFields(Map<String, String> messages) {
        messages.forEach((name, message) -> {
            TextField field = name.equals("profession") ? profession : displayName;
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
    }

    private static TextField readOnly(String label, String value) {
        TextField field = new TextField(label);
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }
}
