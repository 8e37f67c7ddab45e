package org.joinedup.portal.workspaces;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.validation.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A title, and for a new step its care setting: adding or renaming a stage, adding a step.
 * The dialog stays open with the text when the service refuses it.
 */
class TitleDialog extends Dialog {

    /** Saves; throws the service's refusals for the dialog to show. */
    interface Save {
        void save(String title, CareSetting setting);
    }

    final TextField title = new TextField("Title");
    final Select<CareSetting> setting = new Select<>();
    final Button save;

    TitleDialog(String heading, String action, String currentTitle, boolean withSetting, CareSetting suggested, Save onSave) {
        setHeaderTitle(heading);
        title.setMaxLength(WorkspaceLimits.TITLE_MAX);
        title.setValue(currentTitle == null ? "" : currentTitle);
        title.setWidthFull();
        setting.setLabel("Care setting");
        setting.setItems(CareSetting.values());
        setting.setItemLabelGenerator(CareSetting::label);
        setting.setValue(suggested);
        setting.setVisible(withSetting);
        add(title, setting);
        save = new Button(action, event -> save(onSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    private void save(Save onSave) {
        title.setInvalid(false);
        setting.setInvalid(false);
        if (setting.isVisible() && setting.getValue() == null) {
            setting.setErrorMessage("Choose the care setting");
            setting.setInvalid(true);
            return;
        }
        try {
            onSave.save(title.getValue(), setting.getValue());
            close();
        } catch (InvalidInputException | DraftItemGoneException | OptimisticLockingFailureException refusal) {
            refuse(refusal.getMessage());
        }
    }

    private void refuse(String message) {
        title.setErrorMessage(message);
        title.setInvalid(true);
    }
}
