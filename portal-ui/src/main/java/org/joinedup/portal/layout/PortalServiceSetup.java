package org.joinedup.portal.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.joinedup.platform.time.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Portal-wide Vaadin settings: en-GB for every UI, a quiet return to the sign-in page
 * when a session has ended, and the one error handler, which logs and tells the user in
 * plain words without a stack trace.
 */
@Component
class PortalServiceSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PortalServiceSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(PortalTime.LOCALE));
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL("login?expired");
            return messages;
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(PortalServiceSetup::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        String message;
        if (causedBy(failure, AccessDeniedException.class)) {
            log.info("Refused: {}", failure.getMessage());
            message = "You do not have permission to do that. If your access has changed, reload the page.";
        } else {
            String incident = Incidents.log("A request", failure);
            message = "Something went wrong and the last action did not complete. Reference " + incident + ".";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
