package org.joinedup.portal.workspaces;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.pathway.workspace.WorkspaceDetails;
import org.joinedup.pathway.workspace.WorkspacePermissions;
import org.joinedup.platform.time.PortalTime;

/**
 * A workspace's title, where its review stands, whether it lacks a convenor, and the links
 * between its pages.
 */
class WorkspaceHeader extends Div {

    /** The page the header sits on, marked as current in the links. */
    enum Page {
        DRAFT, MEMBERS, PROPOSAL, HISTORY, DRAFT_HISTORY, NOTICES, DIAGRAM
    }

    final H1 title = new H1();
    final Paragraph facts = new Paragraph();
    final Paragraph noConvenor = new Paragraph("This workspace has no convenor: an administrator can name one.");
    final Paragraph confidential = new Paragraph();
    final Paragraph copiedFrom = new Paragraph();
    private final Nav links = new Nav();

    WorkspaceHeader() {
        addClassName("workspace-header");
        links.addClassName("workspace-links");
        links.getElement().setAttribute("aria-label", "Workspace pages");
        facts.addClassName("workspace-facts");
        noConvenor.addClassName("convenor-notice");
        noConvenor.getElement().setAttribute("role", "status");
        confidential.addClassName("confidential-notice");
        copiedFrom.addClassName("copied-from");
        add(title, facts, noConvenor, confidential, copiedFrom, links);
    }

    void show(WorkspaceDetails workspace, WorkspacePermissions permissions, Optional<Integer> latestVersion, Page page) {
        title.setText(workspace.title());
        StringBuilder text = new StringBuilder(workspace.visibility().label());
        text.append(" \u00b7 your role: ").append(permissions.role() == null ? "reader (not a member)"
                : permissions.role().label().toLowerCase(PortalTime.LOCALE));
        if (workspace.lastVersionNumber() != null) {
            text.append(" \u00b7 version ").append(workspace.lastVersionNumber()).append(" published ")
                    .append(PortalTime.date(workspace.lastPublishedAt()));
        } else {
            text.append(" \u00b7 not yet published");
        }
        if (workspace.reviewDue() != null) {
            text.append(workspace.reviewOverdue() ? " \u00b7 review OVERDUE since " : " \u00b7 review due ")
                    .append(WorkspaceFormat.date(workspace.reviewDue()));
        }
        if (workspace.reviewRequestedAt() != null) {
            text.append(" \u00b7 review requested: ").append(workspace.reviewRequestReason());
        }
        facts.setText(text.toString());
        noConvenor.setVisible(!workspace.convened());
        confidential.setText(workspace.confidential() ? "Confidential: the published pathway is kept out of the library, "
                + "so only members read it. The reason: " + workspace.confidentialReason() : "");
        confidential.setVisible(workspace.confidential());
        copiedFrom.setText(workspace.copiedFrom() == null ? "" : "Started on " + PortalTime.date(workspace.copiedFrom()
                .copiedAt()) + " from version " + workspace.copiedFrom().versionNumber() + " of "
                + workspace.copiedFrom().title() + ". Changes made here do not reach that pathway, nor its changes this one.");
        copiedFrom.setVisible(workspace.copiedFrom() != null);
        links.removeAll();
        long id = workspace.id();
        if (permissions.readsDraft()) {
            links.add(link("Draft", WorkspaceView.class, id, page == Page.DRAFT));
        }
        links.add(link("Members", MembersView.class, id, page == Page.MEMBERS));
        if (permissions.readsDraft()) {
            links.add(link("Proposal", ProposalView.class, id, page == Page.PROPOSAL));
            links.add(link("History", HistoryView.class, id, page == Page.HISTORY));
            links.add(link("Diagram", DraftDiagramView.class, id, page == Page.DIAGRAM));
            links.add(link("Draft history", DraftHistoryView.class, id, page == Page.DRAFT_HISTORY));
            links.add(link("Urgent notices", NoticesView.class, id, page == Page.NOTICES));
        }
        if (permissions.member() || permissions.readsDraft()) {
            links.add(WorkspaceRoutes.link("Forum", ForumRoutes.workspaceForum(id)));
        }
        latestVersion.ifPresent(number -> links.add(
                WorkspaceRoutes.link("Patient view of version " + number, WorkspaceRoutes.patient(id, number))));
    }

    private static Component link(String text, Class<? extends Component> view, long workspaceId, boolean current) {
        RouterLink link = new RouterLink(text, view, WorkspaceRoutes.of(workspaceId));
        if (current) {
            link.getElement().setAttribute("aria-current", "page");
            link.addClassName("current");
        }
        return link;
    }
}
