package org.joinedup.portal.profile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.people.SessionControl;

/** Signing out on every device at once, for a shared or lost computer or phone. */
class SignOutEverywhere extends Section {

    final Button signOut = new Button("Sign out on every device");

    SignOutEverywhere(SessionControl sessions, AuthenticationContext authentication) {
        signOut.addClickListener(event -> {
            sessions.signOutEverywhere();
            authentication.logout();
        });
        add(new H2("Your devices"),
                new Paragraph("If you signed in on a shared computer, or lost a phone or laptop, you can sign out "
                        + "everywhere at once. Every device, this one included, will ask you to sign in again."),
                signOut);
    }
}
