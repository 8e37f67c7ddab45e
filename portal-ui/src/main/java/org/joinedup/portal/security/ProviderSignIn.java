package org.joinedup.portal.security;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

/** One "Sign in with …" link per configured provider, below the password form. */
class ProviderSignIn extends Div {

    ProviderSignIn(List<ClientRegistration> registrations) {
        addClassName("provider-sign-in");
        add(new Paragraph("Or use an account you already have:"));
        for (ClientRegistration registration : registrations) {
            Anchor link = new Anchor("oauth2/authorization/" + registration.getRegistrationId(),
                    "Sign in with " + registration.getClientName());
            // Spring Security answers this address, not Vaadin's router: the browser must load it.
            link.setRouterIgnore(true);
            link.addClassName("provider-link");
            add(link);
        }
    }
}
