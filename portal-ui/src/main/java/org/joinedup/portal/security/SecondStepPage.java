package org.joinedup.portal.security;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.twofactor.CodeProblem;
import org.joinedup.identity.twofactor.DemoSecondFactors;
import org.joinedup.identity.twofactor.SecondFactorPending;

/**
 * What both pages of the second sign-in step share: they show only to someone halfway
 * through sign-in, show why the last code was refused, offer a way out, and in the demo
 * name the published demo key.
 */
abstract class SecondStepPage extends VerticalLayout {

    private final AuthenticationContext authentication;

    SecondStepPage(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        addClassName("second-step");
        setAlignItems(Alignment.CENTER);
    }

    /** The half-way sign-in, or empty after forwarding someone who has none to where they belong. */
    Optional<SecondFactorPending> pendingOrForward(BeforeEnterEvent event) {
        Optional<SecondFactorPending> pending = SecondFactorPending.current();
        if (pending.isEmpty()) {
            event.forwardTo(authentication.isAuthenticated() ? "" : "login");
        }
        return pending;
    }

    static Optional<CodeProblem> problem(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter("error").flatMap(CodeProblem::fromCode);
    }

    Button signOut() {
        Button signOut = new Button("Cancel and sign out", click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return signOut;
    }

    static Div demoNote(DemoSecondFactors demo) {
        Div note = new Div(new Paragraph("Demonstration portal: every demo staff account uses the authenticator key "
                + demo.authenticatorKey() + ". Add it to an authenticator app, or get the current code with: "
                + "oathtool --totp -b " + demo.authenticatorKey()));
        note.addClassName("demo-panel");
        return note;
    }
}
