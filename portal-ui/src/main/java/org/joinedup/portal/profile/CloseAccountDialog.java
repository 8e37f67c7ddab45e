package org.joinedup.portal.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.platform.yourdata.ErasureRefusedException;

/**
 * Says plainly what closing an account does and asks for the password (or, without one,
 * the account's e-mail address) before doing it.
 * A wrong password or a refusal keeps the dialog open with the reason.
 */
class CloseAccountDialog extends Dialog {

    /** Closes the signed-in person's account, or throws why it cannot. */
    @FunctionalInterface
    interface AccountCloser {
        void closeAccount(String confirmation);
    }

    /** The password, or for someone who signs in only through a provider, their e-mail address. */
    final TextFieldBase<?, String> password;
    final Paragraph refusal = new Paragraph();
    final Button confirm = new Button("Close my account");
    final Button keep = new Button("Keep my account");
    private final AccountCloser closer;
    private final Runnable afterClosing;

    CloseAccountDialog(AccountCloser closer, boolean withPassword, Runnable afterClosing) {
        this.closer = closer;
        this.afterClosing = afterClosing;
        setHeaderTitle("Close your account?");
        setMaxWidth("36rem");
        if (withPassword) {
            password = new PasswordField("Your password");
            password.setHelperText("Type your password to confirm that it is you.");
            password.getElement().setAttribute("autocomplete", "current-password");
        } else {
            password = new TextField("Your e-mail address");
            password.setHelperText("Type the e-mail address of your account to confirm.");
        }
        password.setWidthFull();
        refusal.setVisible(false);
        refusal.addClassName("dialog-refusal");
        refusal.getElement().setAttribute("role", "alert");
        add(new Paragraph("Closing your account cannot be undone."),
                new UnorderedList(
                        new ListItem("Your name, e-mail address, profession and sign-in history are erased "
                                + "straight away."),
                        new ListItem("You will be signed out and will not be able to sign in again."),
                        new ListItem("What you have contributed stays, shown as written by \u201cFormer member\u201d, "
                                + "so that conversations and pathways still make sense to others."),
                        new ListItem("The portal's security record of changes to your account is kept, as the "
                                + "law allows. Only administrators can read it.")),
                new Paragraph("If you would like a copy of your data, download it before you close your account."),
                refusal, password);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(event -> confirm());
        keep.addClickListener(event -> close());
        getFooter().add(keep, confirm);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                password.focus();
            }
        });
    }

    private void confirm() {
        if (password.isEmpty()) {
            showAtPassword(password instanceof PasswordField ? "Enter your password" : "Enter your e-mail address");
            return;
        }
        try {
            closer.closeAccount(password.getValue());
        } catch (InvalidInputException e) {
            showAtPassword(e.getMessage());
            return;
        } catch (ErasureRefusedException e) {
            refusal.setText(e.getMessage());
            refusal.setVisible(true);
            return;
        }
        close();
        afterClosing.run();
    }

    private void showAtPassword(String message) {
        password.setErrorMessage(message);
        password.setInvalid(true);
    }
}
