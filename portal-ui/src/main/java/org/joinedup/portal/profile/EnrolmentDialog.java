package org.joinedup.portal.profile;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.joinedup.identity.twofactor.EnrolmentKey;
import org.joinedup.identity.twofactor.SecondFactorService;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.ui.EnrolmentKeyPanel;
import org.joinedup.portal.ui.RecoveryCodeList;

/** Adds an authenticator app: scan, type the first code, then see the recovery codes once. */
class EnrolmentDialog extends Dialog {

    final TextField code = new TextField("Code from the app");
    final PasswordField password = new PasswordField("Your password");
    final Button confirm = new Button("Confirm");
    private final SecondFactorService secondFactors;
    private final EnrolmentKey key;
    private final Runnable done;

    EnrolmentDialog(SecondFactorService secondFactors, Runnable done) {
        this.secondFactors = secondFactors;
        this.done = done;
        this.key = secondFactors.newEnrolmentKey();
        setHeaderTitle("Set up an authenticator app");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        add(new Paragraph("Scan the QR code with an authenticator app on your phone, for example Microsoft "
                        + "Authenticator, Google Authenticator or FreeOTP, then enter the code it shows. Until you "
                        + "confirm, nothing changes."),
                new EnrolmentKeyPanel(key), code, password);
        password.setHelperText("To confirm that it is you.");
        password.getElement().setAttribute("autocomplete", "current-password");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(event -> confirm());
        getFooter().add(new Button("Cancel", event -> close()), confirm);
    }

    private void confirm() {
        List<String> recoveryCodes;
        try {
            recoveryCodes = secondFactors.setUpMine(key, code.getValue(), password.getValue());
        } catch (InvalidInputException e) {
            TextFieldBase<?, String> field = "currentPassword".equals(e.field()) ? password : code;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        removeAll();
        getFooter().removeAll();
        setHeaderTitle("Two-step sign-in is set up");
        add(new RecoveryCodeList(recoveryCodes));
        getFooter().add(new Button("Done", event -> {
            close();
            done.run();
        }));
    }
}
