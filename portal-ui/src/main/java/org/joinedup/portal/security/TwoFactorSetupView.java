package org.joinedup.portal.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.portal.ui.EnrolmentKeyPanel;

/**
 * Setting up an authenticator during sign-in, for staff who have none yet (the first time,
 * or after an administrator reset it). The first code from the app confirms it and
 * finishes signing in; the recovery codes follow on the next page.
 */
@Route(value = TwoFactorSetupView.ROUTE, autoLayout = false)
@PageTitle("Set up two-step sign-in | JoinedUp")
@AnonymousAllowed
public class TwoFactorSetupView extends SecondStepPage implements BeforeEnterObserver {

    static final String ROUTE = "two-factor/setup";

    final CodeForm form = new CodeForm("Finish setting up", "The six-digit code the app now shows for JoinedUp.");
    private final Div key = new Div();

    TwoFactorSetupView(AuthenticationContext authentication) {
        super(authentication);
        OrderedList steps = new OrderedList(
                new ListItem("Install an authenticator app on your phone, for example Microsoft Authenticator, "
                        + "Google Authenticator or FreeOTP."),
                new ListItem(new Paragraph("In the app, add an account and scan this QR code."), key),
                new ListItem(new Paragraph("Enter the code the app shows."), form));
        steps.addClassName("setup-steps");
        add(new H1("Set up two-step sign-in"),
                new Paragraph("Staff accounts need a second step at sign-in, so that a password alone cannot open "
                        + "JoinedUp. It takes a minute, once."),
                steps, signOut());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pendingOrForward(event).ifPresent(pending -> pending.enrolmentKey().ifPresentOrElse(
                enrolmentKey -> {
                    key.removeAll();
                    key.add(new EnrolmentKeyPanel(enrolmentKey));
                    problem(event).ifPresent(form::show);
                },
                () -> event.forwardTo(TwoFactorView.class)));
    }
}
