package org.joinedup.portal.registration;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.identity.people.RegistrationApprovals;
import org.joinedup.platform.validation.InvalidInputException;

/** Asks for confirmation, and an optional reason, before a registration is declined. */
class DeclineDialog extends Dialog {

    final TextArea reason = new TextArea("Reason (optional)");
    final Button decline = new Button("Decline registration");
    final Button cancel = new Button("Cancel");

    DeclineDialog(String displayName, Consumer<String> onDecline) {
        setHeaderTitle("Decline the registration from " + displayName + "?");
        reason.setHelperText("Kept in the audit trail, which administrators can read; it is not sent to "
                + displayName + ". Do not include health details.");
        reason.setWidthFull();
        decline.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        decline.addClickListener(event -> {
            if (reason.getValue().strip().length() > RegistrationApprovals.REASON_MAX) {
                refuse("Use at most " + RegistrationApprovals.REASON_MAX + " characters");
                return;
            }
            try {
                onDecline.accept(reason.getValue());
                close();
            } catch (InvalidInputException e) {
                refuse(e.getMessage());
            }
        });
        cancel.addClickListener(event -> close());
        add(new Paragraph("The registration will be removed and " + displayName
                + " will not be able to sign in. They can register again later."), reason);
        getFooter().add(cancel, decline);
    }

    private void refuse(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
