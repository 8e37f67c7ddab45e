package org.joinedup.portal.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.twofactor.SecondFactorService;
import org.joinedup.platform.validation.InvalidInputException;

/** Turning two-step sign-in off, which a patient partner confirms with a current code. */
class TurnOffDialog extends Dialog {

    final TextField code = new TextField("Code from your app, or a recovery code");
    final Button turnOff = new Button("Turn off");
    private final SecondFactorService secondFactors;
    private final Runnable done;

    TurnOffDialog(SecondFactorService secondFactors, Runnable done) {
        this.secondFactors = secondFactors;
        this.done = done;
        setHeaderTitle("Turn off two-step sign-in");
        add(new Paragraph("Afterwards your password alone opens your account. Your recovery codes stop working."),
                code);
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.addClickListener(event -> turnOff());
        getFooter().add(new Button("Cancel", event -> close()), turnOff);
    }

    private void turnOff() {
        try {
            secondFactors.turnOffMine(code.getValue());
        } catch (InvalidInputException e) {
            code.setErrorMessage(e.getMessage());
            code.setInvalid(true);
            return;
        }
        close();
        done.run();
        Notification.show("Two-step sign-in is off", 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
