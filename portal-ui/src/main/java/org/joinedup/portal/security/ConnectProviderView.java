package org.joinedup.portal.security;

import java.time.Clock;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.identity.people.ProfileService;

/**
 * The last step of connecting a provider: "Connect this account at the provider to your
 * JoinedUp account?", confirmed with the person's password when they have one. Like the
 * sign-in steps it is a plain HTML form, posted to {@link ProviderLinkFilter}. Without an
 * offer waiting in the session it says why and points back to the profile.
 */
@Route(ConnectProviderView.ROUTE)
@PageTitle("Connect a sign-in provider | JoinedUp")
@PermitAll
public class ConnectProviderView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "connect-provider";

    final Paragraph refusal = new Paragraph();
    private final ProfileService profiles;
    private final Clock clock;

    ConnectProviderView(ProfileService profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
        addClassName("page");
        refusal.addClassName("dialog-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        removeAll();
        ProviderLinks.takeRefusal(session).ifPresent(message -> {
            refusal.setText(message);
            refusal.setVisible(true);
        });
        Optional<ProviderLinks.Offer> offer = ProviderLinks.offerFor(session, CurrentPerson.id(), clock.instant());
        if (offer.isEmpty()) {
            add(new H1("Connect a sign-in provider"), refusal, new Anchor("profile", "Back to your profile"));
            return;
        }
        String provider = offer.get().providerName();
        add(new H1("Connect " + provider + "?"),
                new Paragraph("Connect " + provider + " account " + offer.get().shownAs()
                        + " to your JoinedUp account?"),
                new Paragraph("You will then be able to sign in with " + provider + " as well. Staff still enter the "
                        + "code from their authenticator app."),
                refusal, new Confirmation(profiles.myProfile().signsInWithPassword()));
    }

    /** The decision, posted as an ordinary form: the password when the account has one, and which button. */
    @Tag("form")
    static final class Confirmation extends Component implements HasComponents {

        final PasswordField password = new PasswordField("Your JoinedUp password");
        final NativeButton connect = new NativeButton("Connect");
        final NativeButton cancel = new NativeButton("Cancel");

        Confirmation(boolean withPassword) {
            getElement().setAttribute("method", "post");
            getElement().setAttribute("action", ProviderLinkFilter.CONFIRM_PATH.substring(1));
            addClassName("code-form");
            if (withPassword) {
                password.getElement().setAttribute("name", ProviderLinkFilter.PASSWORD_PARAMETER);
                password.getElement().setAttribute("autocomplete", "current-password");
                password.setHelperText("To confirm that it is you.");
                password.setAutofocus(true);
                add(password);
            }
            CsrfField.current().ifPresent(this::add);
            decision(connect, ProviderLinkFilter.CONNECT);
            connect.addClassName("submit-button");
            decision(cancel, "cancel");
            add(connect, cancel);
        }

        private static void decision(NativeButton button, String value) {
            button.getElement().setAttribute("type", "submit");
            button.getElement().setAttribute("name", ProviderLinkFilter.DECISION_PARAMETER);
            button.getElement().setAttribute("value", value);
        }
    }
}
