package org.joinedup.portal.security;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The portal's pages open on this node, by session, so that the pages of a session ended
 * on purpose close at once rather than at their tab's next request. Closing a page detaches
 * it, and every live feed a page follows (a workspace's events, the notification bell, any
 * later one) ends on detach, so an ended session's tabs receive nothing more. Vaadin closes
 * the pages itself when a session is signed out or times out for inactivity.
 */
@Component
class OpenPages implements VaadinServiceInitListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OpenPages.class);

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    /**
     * Pages are closed from a thread of their own: the session may be ended from a request
     * that holds another person's session (an administrator's), and Vaadin refuses to reach
     * into one session while another is locked.
     */
    private final ExecutorService closing = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    /**
     * Closes every page of the session with this id: at once, or as soon as a request that
     * is running in the session has finished.
     */
    void closeAll(String sessionId) {
        for (VaadinSession session : sessions) {
            if (sessionId.equals(idOf(session))) {
                closing.execute(() -> close(session));
            }
        }
    }

    @Override
    public void destroy() {
        closing.shutdownNow();
    }

    private static void close(VaadinSession session) {
        session.access(() -> {
            int pages = session.getUIs().size();
            for (UI ui : new ArrayList<>(session.getUIs())) {
                // As Vaadin closes the pages of a session that ends: closed first, then removed and detached.
                ui.accessSynchronously(() -> {
                    ui.close();
                    session.removeUI(ui);
                });
            }
            log.info("Closed {} open page(s) of an ended session", pages);
        });
    }

    private static String idOf(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        try {
            return wrapped == null ? null : wrapped.getId();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
