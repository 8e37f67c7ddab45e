package org.joinedup.portal.organisations;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.joinedup.identity.people.OrganisationChange;
import org.joinedup.identity.people.OrganisationKind;
import org.joinedup.identity.people.PeopleLimits;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A new organisation, or a new name and kind for an existing one. The dialog stays open
 * with what was typed when the save is refused; the refusal shows beside its field.
 */
class OrganisationDialog extends Dialog {

    /** Saves the change; throws the service's refusals for the dialog to show. */
    interface Save {
        void save(OrganisationChange change);
    }

    /** The form's own state: Binder needs a mutable bean, the service takes a record. */
    static final class Draft {
        private String name;
        private OrganisationKind kind;

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        OrganisationKind getKind() {
            return kind;
        }

        void setKind(OrganisationKind kind) {
            this.kind = kind;
        }
    }

    final TextField name = new TextField("Name");
    final Select<OrganisationKind> kind = new Select<>();
    final Paragraph conflict = new Paragraph("Someone else changed this organisation after you opened it, so "
            + "your change was not saved. Close this dialog to see the latest, then make your change again.");
    final Button save = new Button("Save");
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();
    private final Save onSave;

    OrganisationDialog(String title, String currentName, OrganisationKind currentKind, Save onSave) {
        this.onSave = onSave;
        setHeaderTitle(title);
        name.setMaxLength(PeopleLimits.ORGANISATION_NAME_MAX);
        kind.setLabel("Kind");
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(OrganisationKind::label);
        binder.forField(name)
                .asRequired("Enter the organisation's name")
                .withValidator(new StringLengthValidator(
                        "Use at most " + PeopleLimits.ORGANISATION_NAME_MAX + " characters", 0,
                        PeopleLimits.ORGANISATION_NAME_MAX))
                .bind(Draft::getName, Draft::setName);
        binder.forField(kind).asRequired("Choose what kind of organisation it is").bind(Draft::getKind, Draft::setKind);
        draft.setName(currentName);
        draft.setKind(currentKind);
        binder.readBean(draft);
        conflict.addClassName("form-refusal");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        add(conflict, new FormLayout(name, kind));
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    private void save() {
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            onSave.save(new OrganisationChange(draft.getName(), draft.getKind()));
            close();
        } catch (InvalidInputException refusal) {
            showAtFields(refusal.messages());
        } catch (OptimisticLockingFailureException concurrent) {
            conflict.setVisible(true);
        }
    }

    private void showAtFields(Map<String, String> messages) {
        messages.forEach((field, message) -> {
            if (field.equals("kind")) {
                kind.setErrorMessage(message);
                kind.setInvalid(true);
            } else {
                name.setErrorMessage(message);
                name.setInvalid(true);
            }
        });
    }
}
