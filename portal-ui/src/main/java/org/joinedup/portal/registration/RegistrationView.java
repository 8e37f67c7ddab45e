package org.joinedup.portal.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.people.EmailConfirmation;
import org.joinedup.identity.people.Registration;
import org.joinedup.identity.people.RegistrationService;
import org.joinedup.platform.throttle.TooManyRequestsException;
import org.joinedup.portal.ui.TooManyRequests;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Patient partners register here; staff accounts are set up by administrators. Open to
 * visitors, outside the main layout, which is for people who are signed in.
 */
@Route(value = "register", autoLayout = false)
@PageTitle("Register as a patient partner | JoinedUp")
@AnonymousAllowed
public class RegistrationView extends Main implements BeforeEnterObserver {

    private final RegistrationService registrations;
    private final EmailConfirmation confirmation;
    private final AuthenticationContext authentication;

    RegistrationView(RegistrationService registrations, EmailConfirmation confirmation,
            AuthenticationContext authentication, Environment environment) {
        this.registrations = registrations;
        this.confirmation = confirmation;
        this.authentication = authentication;
        addClassName("registration-page");
        add(new H1("Join JoinedUp as a patient partner"),
                new Paragraph("Patient partners are patients, carers and members of patient groups who help local "
                        + "health and care services design care around what matters to people. You take part in "
                        + "discussions with the clinicians who plan that care. We never ask about your health."));
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            Div demo = new Div(new Paragraph("This is a demonstration portal: please do not enter real personal "
                    + "details."));
            demo.addClassName("demo-panel");
            add(demo);
        }
        add(new RegistrationForm(registrations.patientGroups(), this::register),
                new Paragraph("Work in health or social care? Your organisation's administrator sets up staff "
                        + "accounts; you do not need to register here."),
                new Paragraph(new Anchor("login", "Already registered? Sign in")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    /** Whether or not the address already had an account, the visitor sees the same thing. */
    private void register(Registration registration) {
        registrations.register(registration);
        removeAll();
        Paragraph resent = new Paragraph();
        resent.getElement().setAttribute("role", "status");
        resent.setVisible(false);
        Button sendAgain = new Button("Send the e-mail again", event -> {
            try {
                confirmation.resend(registration.email());
                resent.setText("If your registration is waiting for its address to be confirmed, we have sent a new "
                        + "link. Only the newest link works.");
            } catch (TooManyRequestsException e) {
                resent.setText(TooManyRequests.MESSAGE);
            }
            resent.setVisible(true);
        });
        sendAgain.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div received = new Div(new H1("Thank you for registering"),
                new Paragraph("Your account is waiting for approval. First, please confirm your e-mail address: we "
                        + "have sent you an e-mail with a link, which works for 24 hours."),
                new H2("What happens next"),
                new OrderedList(
                        new ListItem("You confirm your e-mail address with the link we sent you."),
                        new ListItem("A moderator looks at your registration, usually within a few working days. "
                                + "This keeps the community safe."),
                        new ListItem("Once it is approved, sign in with the e-mail address and password you chose."),
                        new ListItem("If you try before then, the sign-in page tells you that your account is "
                                + "still waiting for approval.")),
                new Paragraph("No e-mail after a few minutes? Check your junk or spam folder, or ask for it again."),
                sendAgain, resent,
                new Paragraph("If you already had an account with this e-mail address, you do not need a new one: "
                        + "we have e-mailed you how to sign in."),
                new Paragraph(new Anchor("login", "Go to the sign-in page")));
        received.addClassName("registration-received");
        received.getElement().setAttribute("role", "status");
        add(received);
    }
}
