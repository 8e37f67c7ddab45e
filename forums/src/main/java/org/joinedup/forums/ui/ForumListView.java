package org.joinedup.forums.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.joinedup.forums.threads.ForumRoutes;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.threads.ForumSummary;
import org.joinedup.forums.threads.WorkspaceForumSummary;

/**
 * Every forum the signed-in person may read: the portal-wide ones, then the forums of the
 * pathway workspaces they belong to (and, for clinicians, those open to every clinician),
 * paged through the service.
 */
@Route(ForumRoutes.FORUMS)
@PageTitle("Forums | JoinedUp")
@Menu(order = 20, title = "Forums", icon = "vaadin:comments")
@PermitAll
public class ForumListView extends VerticalLayout {

    ForumListView(ForumService forums) {
        addClassNames("page", "forum-list");
        add(new H1("Forums"));
        add(new Paragraph("Where clinicians and patient partners talk about care pathways. Please read the "
                + "community guidelines before you post, and never write anything that could identify a patient."));

        Section portal = new Section(new H2("Portal-wide forums"));
        var portalForums = forums.portalForums();
        if (portalForums.isEmpty()) {
            Paragraph none = new Paragraph("None of the portal-wide forums is open to your roles.");
            none.addClassName("empty-state");
            portal.add(none);
        }
        portalForums.forEach(forum -> portal.add(card(forum)));
        add(portal);

        Section workspaces = new Section(new H2("Pathway forums"));
        long count = forums.countWorkspaceForums();
        if (count == 0) {
            Paragraph none = new Paragraph("You are not in any pathway workspace yet. Each workspace has its own "
                    + "forum, open to its members.");
            none.addClassName("empty-state");
            workspaces.add(none);
        } else {
            Grid<WorkspaceForumSummary> grid = new Grid<>();
            grid.addComponentColumn(forum -> new Anchor(forum.route(), forum.title())).setHeader("Pathway")
                    .setFlexGrow(3);
            grid.addColumn(WorkspaceForumSummary::threadCount).setHeader("Threads").setFlexGrow(0).setWidth("7em");
            grid.addColumn(forum -> ForumFormat.when(forum.lastActivity())).setHeader("Last post").setFlexGrow(1);
            grid.setItems(query -> forums.workspaceForums(query.getOffset(), query.getLimit()).stream(),
                    query -> (int) forums.countWorkspaceForums());
            grid.setAllRowsVisible(count <= 20);
            grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
            grid.setAriaLabel("Pathway forums");
            workspaces.add(grid);
        }
        add(workspaces);
    }

    private static Div card(ForumSummary forum) {
        Div card = new Div();
        card.addClassName("forum-card");
        card.add(new H2(new Anchor(forum.route(), forum.title())));
        card.add(new Paragraph(forum.description()));
        card.add(new Paragraph(forum.threadCount() + (forum.threadCount() == 1 ? " thread" : " threads")
                + " · last post: " + ForumFormat.when(forum.lastActivity())));
        return card;
    }
}
