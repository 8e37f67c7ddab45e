package org.joinedup.portal.passwordreset;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.joinedup.identity.people.PasswordReset;
import org.joinedup.platform.throttle.TooManyRequestsException;
import org.joinedup.portal.ui.TooManyRequests;

/**
 * Asking for a link to choose a new password. Whatever address is typed, the page says the
 * same, so it cannot be used to find out who has an account.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgotten your password? | JoinedUp")
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    final EmailField email = new EmailField("E-mail address");
    final Button send = new Button("Send me a link");
    final Paragraph refusal = new Paragraph();
    private final PasswordReset reset;

    ForgotPasswordView(PasswordReset reset) {
        this.reset = reset;
        addClassName("registration-page");
        email.setHelperText("The address you sign in with.");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(event -> request());
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(new H1("Forgotten your password?"),
                new Paragraph("Tell us the e-mail address you sign in with. We will e-mail you a link to choose a new "
                        + "password; it works once, for " + PasswordReset.VALID_FOR.toMinutes() + " minutes."),
                email, refusal, send,
                new Paragraph(new Anchor("login", "Back to the sign-in page")));
    }

    private void request() {
        String address = email.getValue().strip();
        if (address.isEmpty() || address.indexOf('@') < 1) {
            email.setErrorMessage("Enter an e-mail address in the form name@example.com");
            email.setInvalid(true);
            return;
        }
        email.setInvalid(false);
        try {
            reset.request(address);
        } catch (TooManyRequestsException e) {
            refusal.setText(TooManyRequests.MESSAGE);
            refusal.setVisible(true);
            return;
        }
        removeAll();
        Div sent = new Div(new H1("Check your e-mail"),
                new Paragraph("If " + address + " belongs to an account, we have sent a link to it. Open the link "
                        + "within " + PasswordReset.VALID_FOR.toMinutes() + " minutes to choose a new password."),
                new Paragraph("No e-mail after a few minutes? Check your junk or spam folder, and that you typed the "
                        + "address you sign in with. You can ask again; only the newest link works."),
                new Paragraph(new Anchor("forgot-password", "Ask for another link")),
                new Paragraph(new Anchor("login", "Back to the sign-in page")));
        sent.addClassName("reset-requested");
        sent.getElement().setAttribute("role", "status");
        add(sent);
    }
}
