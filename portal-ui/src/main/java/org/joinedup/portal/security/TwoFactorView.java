package org.joinedup.portal.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.twofactor.DemoSecondFactors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The second step of sign-in: the code from the authenticator app, or a recovery code.
 * Open to all like the sign-in page, because it is part of signing in; it shows its form
 * only to someone halfway through sign-in (a right password, or a provider's sign-in).
 */
@Route(value = TwoFactorView.ROUTE, autoLayout = false)
@PageTitle("Sign-in code | JoinedUp")
@AnonymousAllowed
public class TwoFactorView extends SecondStepPage implements BeforeEnterObserver {

    static final String ROUTE = "two-factor";

    final CodeForm form = new CodeForm("Continue",
            "The six-digit code your authenticator app shows for JoinedUp. Lost your phone? Enter one of your "
                    + "recovery codes instead.");

    TwoFactorView(AuthenticationContext authentication, ObjectProvider<DemoSecondFactors> demo) {
        super(authentication);
        add(new H1("Enter your sign-in code"),
                new Paragraph("One more step: open the authenticator app on your phone to finish signing in."),
                form, signOut());
        demo.ifAvailable(demoKey -> add(demoNote(demoKey)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pendingOrForward(event).ifPresent(pending -> {
            if (pending.enrolling()) {
                event.forwardTo(TwoFactorSetupView.ROUTE, event.getLocation().getQueryParameters());
                return;
            }
            problem(event).ifPresent(form::show);
        });
    }
}
