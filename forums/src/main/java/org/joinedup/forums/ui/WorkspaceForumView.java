package org.joinedup.forums.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ForumService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The address of a workspace's forum, which a workspace links to: it finds the forum (making
 * it the first time a member opens it) and forwards to its page. Refused to those who may not
 * read the workspace.
 */
@Route(ForumRoutes.FORUMS + "/workspace/:workspaceId([0-9]{1,18})")
@PermitAll
public class WorkspaceForumView extends Div implements BeforeEnterObserver {

    private final ForumService forums;

    WorkspaceForumView(ForumService forums) {
        this.forums = forums;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long workspaceId = event.getRouteParameters().getLong("workspaceId").orElse(0L);
        if (workspaceId == 0) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            long forumId = forums.workspaceForum(workspaceId).id();
            event.forwardTo(ForumView.class, new RouteParameters("forumId", String.valueOf(forumId)));
        } catch (AccessDeniedException refused) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class, refused.getMessage());
        }
    }
}
