package org.joinedup.portal.workspaces;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;

/** Addresses of a workspace's pages, including the published pages that live outside this package. */
final class WorkspaceRoutes {

    static final String PARAMETER = "workspaceId";

    private WorkspaceRoutes() {
    }

    static RouteParameters of(long workspaceId) {
        return new RouteParameters(PARAMETER, Long.toString(workspaceId));
    }

    static String print(long workspaceId, int versionNumber) {
        return "workspaces/" + workspaceId + "/versions/" + versionNumber + "/print";
    }

    static String patient(long workspaceId, int versionNumber) {
        return "workspaces/" + workspaceId + "/versions/" + versionNumber + "/patient";
    }

    /** The history of one stage, step or hand-over of the draft, by its key. */
    static String draftHistory(long workspaceId, String itemKey) {
        return "workspaces/" + workspaceId + "/draft-history/" + itemKey;
    }

    /** A link handled by the router, so the page opens without reloading the application. */
    static Anchor link(String text, String address) {
        Anchor anchor = new Anchor(address, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
