package org.joinedup.portal.published;

import java.util.NoSuchElementException;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.security.access.AccessDeniedException;

/**
 * The address parameters of a published version, and what a page shows when the service
 * refuses: the access-denied page for someone who may not see it, the not-found page for a
 * version that was never published.
 */
final class PublishedVersionRoute {

    static final String WORKSPACE = "workspaceId";
    static final String VERSION = "versionNumber";
    static final String PREFIX = "workspaces/:" + WORKSPACE + "([0-9]{1,18})/versions/:" + VERSION + "([0-9]{1,9})/";

    /** Reads one published version for a page. */
    interface Loader<T> {
        T load(long workspaceId, int versionNumber);
    }

    private PublishedVersionRoute() {
    }

    static RouteParameters parameters(long workspaceId, int versionNumber) {
        return new RouteParameters(new RouteParam(WORKSPACE, Long.toString(workspaceId)),
                new RouteParam(VERSION, Integer.toString(versionNumber)));
    }

    /** A link to another page of the portal, followed without reloading the application. */
    static Anchor link(String text, String address) {
        Anchor anchor = new Anchor(address, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    /** What the loader returns, or empty after sending the person to the right error page. */
    static <T> Optional<T> load(BeforeEnterEvent event, Loader<T> loader) {
        Optional<Long> workspaceId = event.getRouteParameters().getLong(WORKSPACE);
        Optional<Integer> versionNumber = event.getRouteParameters().getInteger(VERSION);
        if (workspaceId.isEmpty() || versionNumber.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
        try {
            return Optional.of(loader.load(workspaceId.get(), versionNumber.get()));
        } catch (AccessDeniedException refused) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        } catch (NoSuchElementException missing) {
            event.rerouteToError(NotFoundException.class);
        }
        return Optional.empty();
    }
}
