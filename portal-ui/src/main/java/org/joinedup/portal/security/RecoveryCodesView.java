package org.joinedup.portal.security;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.annotation.security.PermitAll;
import org.joinedup.portal.ui.RecoveryCodeList;

/** The recovery codes issued when an authenticator was set up at sign-in: shown once, then gone from the session. */
@Route(value = RecoveryCodesView.ROUTE, autoLayout = false)
@PageTitle("Your recovery codes | JoinedUp")
@PermitAll
public class RecoveryCodesView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "two-factor/recovery-codes";

    RecoveryCodesView() {
        addClassName("login-view");
        addClassName("second-step");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (!(session.getAttribute(SecondFactorCodeFilter.RECOVERY_CODES) instanceof List<?> codes)) {
            event.forwardTo("");
            return;
        }
        session.removeAttribute(SecondFactorCodeFilter.RECOVERY_CODES);
        removeAll();
        Anchor next = new Anchor("", "Continue to JoinedUp");
        next.addClassName("submit-button");
        add(new H1("Two-step sign-in is set up"),
                new RecoveryCodeList(codes.stream().map(String::valueOf).toList()), next);
    }
}
