package org.joinedup.portal.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;

/**
 * "Connect <provider>" on the profile: a plain form posted to {@link ProviderLinkFilter},
 * which sends the browser to the provider to sign in there.
 */
@Tag("form")
public final class ConnectProviderForm extends Component implements HasComponents {

    final NativeButton connect;

    public ConnectProviderForm(SignInProviders.Provider provider) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", ProviderLinkFilter.START_PATH.substring(1));
        Input which = new Input();
        which.setType("hidden");
        which.getElement().setAttribute("name", ProviderLinkFilter.PROVIDER_PARAMETER);
        which.setValue(provider.id());
        connect = new NativeButton("Connect " + provider.name());
        connect.getElement().setAttribute("type", "submit");
        add(which);
        CsrfField.current().ifPresent(this::add);
        add(connect);
    }
}
