package org.joinedup.portal.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.ListenerPriority;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.joinedup.identity.twofactor.SecondFactorPending;
import org.springframework.stereotype.Component;

/**
 * Holds someone halfway through sign-in at the second step, whichever view they ask for.
 * Page loads are already sent there by Spring Security; this covers navigation inside an
 * open page, ahead of Vaadin's own access control (whose annotations know nothing of
 * factors).
 */
@Component
class SecondStepGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(new HoldAtSecondStep()));
    }

    @ListenerPriority(100)
    static final class HoldAtSecondStep implements BeforeEnterListener {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            Class<?> target = event.getNavigationTarget();
            if (SecondFactorPending.current().isPresent() && target != TwoFactorView.class
                    && target != TwoFactorSetupView.class) {
                event.forwardTo(TwoFactorView.class);
            }
        }
    }
}
