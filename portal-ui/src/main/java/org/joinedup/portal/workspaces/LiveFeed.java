package org.joinedup.portal.workspaces;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A view's subscription to one workspace's events. The bus calls on a delivery thread
 * of its own, which has neither this person's sign-in nor their UI, so each event is handed
 * to {@code UI.access} and handled under the sign-in captured when the view opened: the
 * services then check this person's access again, as on any click.
 */
final class LiveFeed {

    private final CollaborationBus bus;
    private CollaborationBus.Subscription subscription;

    LiveFeed(CollaborationBus bus) {
        this.bus = bus;
    }

    /** Call on attach, on the request thread. */
    void start(UI ui, long workspaceId, Consumer<CollaborationEvent> handler) {
        stop();
        SecurityContext signedIn = SecurityContextHolder.getContext();
        subscription = bus.subscribe(workspaceId, event -> {
            try {
                ui.access(() -> {
                    SecurityContext previous = SecurityContextHolder.getContext();
                    SecurityContextHolder.setContext(signedIn);
                    try {
                        handler.accept(event);
                    } finally {
                        SecurityContextHolder.setContext(previous);
                    }
                });
            } catch (UIDetachedException closed) {
                stop();
            }
        });
    }

    /** Call on detach. */
    void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
