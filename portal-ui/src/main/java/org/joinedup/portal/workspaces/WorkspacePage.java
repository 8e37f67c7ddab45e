package org.joinedup.portal.workspaces;

import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspacePermissions;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.springframework.security.access.AccessDeniedException;

/**
 * What every page of one workspace does alike: it reads the workspace from the address,
 * sends the person back to their workspaces with the reason when they may not open it
 * (or lose access while it is open), shows the header, and follows the workspace's live
 * events while it is on screen.
 */
abstract class WorkspacePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final WorkspaceService workspaces;
    protected final PathwayHistory history;
    protected final WorkspaceHeader header = new WorkspaceHeader();
    private final LiveFeed feed;
    private final WorkspaceHeader.Page page;
    protected long workspaceId;
    protected WorkspaceDetails workspace;
    protected WorkspacePermissions permissions;

    WorkspacePage(WorkspaceService workspaces, PathwayHistory history, CollaborationBus bus, WorkspaceHeader.Page page) {
        this.workspaces = workspaces;
        this.history = history;
        this.feed = new LiveFeed(bus);
        this.page = page;
        addClassNames("page", "workspace-page");
        add(header);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(WorkspaceRoutes.PARAMETER);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        workspaceId = id.get();
        try {
            refreshHeader();
            load();
        } catch (AccessDeniedException refused) {
            tellRefusal(refused);
            event.forwardTo(WorkspacesView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return (workspace == null ? "Workspace" : workspace.title()) + " | JoinedUp";
    }

    /** Shows the page's own content; the header and permissions are loaded. */
    protected abstract void load();

    /** Reacts to a live event; by default reloads the page's content. */
    protected void changed(CollaborationEvent event) {
        load();
    }

    protected final void refreshHeader() {
        permissions = workspaces.myPermissions(workspaceId);
        workspace = workspaces.workspace(workspaceId);
        header.show(workspace, permissions, history.latestVersionNumber(workspaceId), page);
    }

    /** Runs a step of the page; if access has been withdrawn meanwhile, says so and leaves. */
    protected final void guarded(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException refused) {
            leave(refused);
        }
    }

    protected final void leave(AccessDeniedException refused) {
        tellRefusal(refused);
        getUI().ifPresent(ui -> ui.navigate(WorkspacesView.class));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        feed.start(ui, workspaceId, event -> guarded(() -> {
            if (event.kind() == Kind.MEMBERS_CHANGED || event.kind() == Kind.WORKSPACE_CHANGED
                    || event.kind() == Kind.PROPOSAL_CHANGED) {
                refreshHeader();
            }
            changed(event);
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        feed.stop();
        super.onDetach(detachEvent);
    }

    static void tellRefusal(AccessDeniedException refused) {
        String message = refused instanceof WorkspaceAccessDeniedException ? refused.getMessage()
                : "You do not have access to this workspace.";
        Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void confirm(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
