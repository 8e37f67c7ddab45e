package org.joinedup.portal.workspaces;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import org.joinedup.pathway.history.DraftHistory;
import org.joinedup.pathway.history.DraftItem;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.collaboration.CollaborationBus;

/**
 * The history of one stage, step or hand-over of the draft, reached from the step editor and
 * from the draft's history: every change to it, newest first, with the fields before and
 * after, including after it was deleted.
 */
@Route("workspaces/:workspaceId([0-9]{1,18})/draft-history/:itemKey([0-9a-f-]{36})")
@PermitAll
public class DraftItemHistoryView extends WorkspacePage {

    static final String ITEM = "itemKey";

    final H2 heading = new H2();
    final Paragraph deleted = new Paragraph();
    final RevisionList changes = new RevisionList("Nothing is recorded for this item.", null);
    private final DraftHistory draftHistory;
    private String itemKey;

    DraftItemHistoryView(WorkspaceService workspaces, PathwayHistory history, DraftHistory draftHistory,
            CollaborationBus bus) {
        super(workspaces, history, bus, WorkspaceHeader.Page.DRAFT_HISTORY);
        this.draftHistory = draftHistory;
        deleted.addClassName("revision-deleted");
        changes.grid.setAriaLabel("Changes to this item");
        add(heading, deleted, changes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemKey = event.getRouteParameters().get(ITEM).orElse("");
        super.beforeEnter(event);
    }

    @Override
    protected void load() {
        Optional<DraftItem> item = draftHistory.item(workspaceId, itemKey);
        heading.setText(item.map(found -> "History of the " + found.subject().label().toLowerCase(Locale.ROOT)
                + " \u201c" + found.title() + "\u201d").orElse("History"));
        deleted.setText(item.map(found -> "This " + found.subject().label().toLowerCase(Locale.ROOT)
                + " is no longer in the draft.").orElse(""));
        deleted.setVisible(item.map(DraftItem::deleted).orElse(false));
        changes.show((offset, limit) -> draftHistory.changesOf(workspaceId, itemKey, offset, limit),
                () -> draftHistory.countChangesOf(workspaceId, itemKey));
    }
}
