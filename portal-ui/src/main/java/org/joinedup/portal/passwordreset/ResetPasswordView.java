package org.joinedup.portal.passwordreset;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.joinedup.identity.people.LinkState;
import org.joinedup.identity.people.PasswordPolicy;
import org.joinedup.identity.people.PasswordReset;
import org.joinedup.identity.people.PeopleLimits;
import org.joinedup.identity.people.ResetLinkRefusedException;
import org.joinedup.platform.throttle.TooManyRequestsException;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.ui.TooManyRequests;

/**
 * Where the e-mailed password link leads: a new password, twice, under the same rules as
 * everywhere else. A link that was used, has expired or is unknown is explained, with a way
 * to ask for a new one. Open to visitors, outside the main layout.
 */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password | JoinedUp")
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver {

    final PasswordField password = new PasswordField("New password");
    final PasswordField confirmation = new PasswordField("New password again");
    final Button save = new Button("Save my new password");
    final Paragraph refusal = new Paragraph();
    private final PasswordReset reset;
    private String token = "";

    ResetPasswordView(PasswordReset reset) {
        this.reset = reset;
        addClassName("registration-page");
        password.setHelperText("At least " + PeopleLimits.PASSWORD_MIN
                + " characters. A few unrelated words are strong and easy to remember.");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        LinkState state = reset.linkState(token);
        if (state == LinkState.VALID) {
            add(new H1("Choose a new password"),
                    new Paragraph("Once it is saved, you are signed out everywhere, and sign in again with the new "
                            + "password."),
                    password, confirmation, refusal, save);
        } else {
            showUnusable(state);
        }
    }

    private void save() {
        refusal.setVisible(false);
        password.setInvalid(false);
        confirmation.setInvalid(false);
        String chosen = password.getValue();
        Optional<String> problem = PasswordPolicy.problemWith(chosen);
        if (problem.isPresent()) {
            showAt(password, problem.get());
            return;
        }
        if (!chosen.equals(confirmation.getValue())) {
            showAt(confirmation, "The two passwords differ");
            return;
        }
        try {
            reset.reset(token, chosen);
        } catch (InvalidInputException e) {
            showAt(password, e.getMessage());
            return;
        } catch (TooManyRequestsException e) {
            refusal.setText(TooManyRequests.MESSAGE);
            refusal.setVisible(true);
            return;
        } catch (ResetLinkRefusedException e) {
            removeAll();
            showUnusable(e.state());
            return;
        }
        removeAll();
        Div done = new Div(new H1("Your password is changed"),
                new Paragraph("You have been signed out everywhere. Sign in with your new password."),
                new Paragraph(new Anchor("login", "Go to the sign-in page")));
        done.addClassName("reset-done");
        done.getElement().setAttribute("role", "status");
        add(done);
    }

    private void showUnusable(LinkState state) {
        Paragraph why = new Paragraph(switch (state) {
            case USED -> "This link has already been used, or a newer one was sent since. Each link works once.";
            case EXPIRED -> "This link has expired: links work for " + PasswordReset.VALID_FOR.toMinutes()
                    + " minutes.";
            default -> "This link is not one we recognise. Please check that you copied the whole link from the "
                    + "e-mail.";
        });
        why.addClassName("link-outcome");
        why.getElement().setAttribute("role", "status");
        add(new H1("This link cannot be used"), why,
                new Paragraph(new Anchor("forgot-password", "Ask for a new link")),
                new Paragraph(new Anchor("login", "Back to the sign-in page")));
    }

    private static void showAt(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
