package org.joinedup.portal.profile;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.joinedup.identity.people.ConnectedProviders;
import org.joinedup.identity.people.PersonDetails;
import org.joinedup.identity.people.ProfileService;
import org.joinedup.identity.people.SessionControl;
import org.joinedup.identity.people.YourDataService;
import org.joinedup.identity.twofactor.SecondFactorService;
import org.joinedup.portal.security.SignInProviders;

/**
 * Your details, and your password, in two separate forms so a mistake in one never loses the other;
 * then your data: a copy to download, and closing your account.
 */
@Route("profile")
@PageTitle("My profile | JoinedUp")
@Menu(order = 90, title = "My profile", icon = "vaadin:user")
@PermitAll
public class ProfileView extends VerticalLayout {

    ProfileView(ProfileService profiles, SecondFactorService secondFactors, YourDataService yourData,
            SessionControl sessions, AuthenticationContext authentication, SignInProviders providers,
            ConnectedProviders connections) {
        addClassName("page");
        add(new H1("My profile"), new ProfileForm(profiles));
        // Someone who signs in only through an identity provider has no password or authenticator here.
        PersonDetails me = profiles.myProfile();
        boolean withPassword = me.signsInWithPassword();
        if (withPassword) {
            add(new PasswordForm(profiles), new TwoFactorForm(secondFactors));
        }
        if (!providers.openTo(me.roles()).isEmpty() || !connections.mine().isEmpty()) {
            add(new ProviderConnections(providers, connections, me.roles()));
        }
        add(new SignOutEverywhere(sessions, authentication));
        add(new YourDataSection(yourData, withPassword, authentication));
    }
}
