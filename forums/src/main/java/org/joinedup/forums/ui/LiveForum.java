package org.joinedup.forums.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.joinedup.forums.threads.ForumFeed;
import org.joinedup.forums.threads.ThreadChanged;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A forum page's subscription to committed changes in a thread or a forum. The feed calls on
 * a thread of its own with nobody signed in, so each change is handed to {@code UI.access}
 * and handled under the sign-in captured when the page opened: the services then check this
 * person's access again, as on any click.
 */
final class LiveForum {

    private final ForumFeed feed;
    private ForumFeed.Registration registration;

    LiveForum(ForumFeed feed) {
        this.feed = feed;
    }

    /** Call on attach, on the request thread. */
    void watchThread(UI ui, long threadId, Consumer<ThreadChanged> handler) {
        stop();
        registration = feed.subscribeThread(threadId, relay(ui, handler));
    }

    /** Call on attach, on the request thread. */
    void watchForum(UI ui, long forumId, Consumer<ThreadChanged> handler) {
        stop();
        registration = feed.subscribeForum(forumId, relay(ui, handler));
    }

    /** Call on detach. */
    void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    private Consumer<ThreadChanged> relay(UI ui, Consumer<ThreadChanged> handler) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        return event -> {
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
        };
    }
}
