package org.joinedup.portal.profile;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.joinedup.identity.people.ConnectedProvider;
import org.joinedup.identity.people.ConnectedProviders;
import org.joinedup.identity.people.Role;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.portal.security.ConnectProviderForm;
import org.joinedup.portal.security.SignInProviders;

/**
 * The identity providers connected to the account, each of which can be disconnected, and
 * "Connect" for the others the person's roles may sign in through. Connecting goes to the
 * provider and back to a confirmation; a provider is never connected by e-mail address.
 */
class ProviderConnections extends Section {

    private final SignInProviders providers;
    private final ConnectedProviders connections;
    private final Set<Role> roles;

    ProviderConnections(SignInProviders providers, ConnectedProviders connections, Set<Role> roles) {
        this.providers = providers;
        this.connections = connections;
        this.roles = Set.copyOf(roles);
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2("Sign-in providers"), new Paragraph("Connect an account you have with one of these services to "
                + "sign in with it as well. You will sign in there, then confirm here."));
        List<ConnectedProvider> connected = connections.mine();
        for (ConnectedProvider connection : connected) {
            Button disconnect = new Button("Disconnect", click -> confirmDisconnecting(connection));
            disconnect.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(new Span(name(connection) + ": connected on "
                    + PortalTime.date(connection.connectedAt())), disconnect);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(row);
        }
        Set<String> connectedIds = connected.stream().map(ConnectedProvider::registrationId)
                .collect(Collectors.toSet());
        providers.openTo(roles).stream().filter(provider -> !connectedIds.contains(provider.id()))
                .map(ConnectProviderForm::new).forEach(this::add);
    }

    private void confirmDisconnecting(ConnectedProvider connection) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Disconnect " + name(connection) + "?");
        Paragraph refusal = new Paragraph();
        refusal.addClassName("dialog-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        dialog.add(new Paragraph("You will no longer be able to sign in with " + name(connection) + "."), refusal);
        Button confirm = new Button("Disconnect", click -> {
            try {
                connections.disconnectMine(connection.id());
            } catch (InvalidInputException e) {
                refusal.setText(e.getMessage());
                refusal.setVisible(true);
                return;
            }
            dialog.close();
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Keep it", click -> dialog.close()), confirm);
        dialog.open();
    }

    private String name(ConnectedProvider connection) {
        return providers.all().stream().filter(provider -> provider.id().equals(connection.registrationId()))
                .map(SignInProviders.Provider::name).findFirst().orElse(connection.registrationId());
    }
}
