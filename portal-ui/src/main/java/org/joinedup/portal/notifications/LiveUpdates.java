package org.joinedup.portal.notifications;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.joinedup.identity.people.CurrentPerson;
import org.joinedup.platform.notification.NotificationFeed;

/**
 * Keeps a component up to date with the signed-in person's notifications while it is on
 * screen: it watches the feed from attach to detach, and runs {@code update} through
 * server push whenever they change.
 */
final class LiveUpdates {

    private NotificationFeed.Registration subscription;

    private LiveUpdates() {
    }

    static void keep(Component component, NotificationFeed feed, Runnable update) {
        LiveUpdates live = new LiveUpdates();
        component.addAttachListener(event -> {
            live.stop();
            UI ui = event.getUI();
            live.subscription = feed.subscribe(CurrentPerson.id(), () -> {
                try {
                    ui.access(update::run);
                } catch (UIDetachedException closed) {
                    // The page has just closed; its detach ends the subscription.
                }
            });
        });
        component.addDetachListener(event -> live.stop());
    }

    private void stop() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }
}
