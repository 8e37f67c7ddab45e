package org.joinedup.portal.registration;

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
import org.joinedup.pathway.people.Registration;
import org.joinedup.pathway.people.RegistrationService;
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
    private final AuthenticationContext authentication;

    RegistrationView(RegistrationService registrations, AuthenticationContext authentication, Environment environment) {
        this.registrations = registrations;
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
        Div received = new Div(new H1("Thank you for registering"),
                new Paragraph("Your account is waiting for approval. A moderator checks every new registration to "
                        + "keep the community safe, usually within a few working days."),
                new H2("What happens next"),
                new OrderedList(
                        new ListItem("A moderator looks at your registration."),
                        new ListItem("Once it is approved, sign in with the e-mail address and password you chose."),
                        new ListItem("If you try before then, the sign-in page tells you that your account is "
                                + "still waiting for approval.")),
                new Paragraph("If you already had an account with this e-mail address, you do not need a new one: "
                        + "sign in with it as usual."),
                new Paragraph(new Anchor("login", "Go to the sign-in page")));
        received.addClassName("registration-received");
        received.getElement().setAttribute("role", "status");
        add(received);
    }
}
