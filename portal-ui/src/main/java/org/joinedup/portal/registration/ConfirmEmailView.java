package org.joinedup.portal.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.joinedup.identity.people.EmailConfirmation;
import org.joinedup.identity.people.LinkState;
import org.joinedup.platform.throttle.TooManyRequestsException;
import org.joinedup.portal.ui.TooManyRequests;

/**
 * Where the link e-mailed at registration leads: it confirms the address, or says plainly
 * why it cannot and offers a new link. Open to visitors, outside the main layout.
 */
@Route(value = "confirm-email", autoLayout = false)
@PageTitle("Confirm your e-mail address | JoinedUp")
@AnonymousAllowed
public class ConfirmEmailView extends Main implements BeforeEnterObserver {

    private final EmailConfirmation confirmation;

    ConfirmEmailView(EmailConfirmation confirmation) {
        this.confirmation = confirmation;
        addClassName("registration-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        LinkState outcome = confirmation.confirm(token);
        Paragraph outcomeText = new Paragraph(switch (outcome) {
            case VALID -> "Thank you: your e-mail address is confirmed. A moderator now looks at your registration, "
                    + "usually within a few working days. Once it is approved, you can sign in.";
            case USED -> "This link has already been used, or a newer one was sent since. If you confirmed your "
                    + "address, there is nothing more to do; otherwise ask for a new link below.";
            case EXPIRED -> "This link has expired: links work for 24 hours. Ask for a new one below.";
            case UNKNOWN -> "This link is not one we recognise. Please check that you copied the whole link from "
                    + "the e-mail, or ask for a new one below.";
        });
        outcomeText.addClassName("link-outcome");
        outcomeText.getElement().setAttribute("role", "status");
        add(new H1(outcome == LinkState.VALID ? "E-mail address confirmed" : "We could not confirm your address"),
                outcomeText);
        if (outcome != LinkState.VALID) {
            add(resendForm());
        }
        add(new Paragraph(new Anchor("login", "Go to the sign-in page")));
    }

    private Div resendForm() {
        EmailField email = new EmailField("Your e-mail address");
        email.setHelperText("The address you registered with.");
        Paragraph answer = new Paragraph();
        answer.getElement().setAttribute("role", "status");
        answer.setVisible(false);
        Button send = new Button("Send me a new link", event -> {
            try {
                confirmation.resend(email.getValue());
                answer.setText("If a registration with this address is waiting to be confirmed, we have sent a new "
                        + "link to it. Only the newest link works.");
            } catch (TooManyRequestsException e) {
                answer.setText(TooManyRequests.MESSAGE);
            }
            answer.setVisible(true);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(email, send, answer);
        form.addClassName("resend-form");
        return form;
    }
}
