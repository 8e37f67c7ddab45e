package org.joinedup.portal.workspaces;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import org.joinedup.pathway.history.DraftHistory;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.collaboration.CollaborationBus;

/**
 * Who changed what in the draft and when: every change to its stages, steps and hand-overs,
 * newest first, with the fields before and after, each linking to the history of its item.
 * For those who read the draft; the audit check stays an administrator's page.
 */
@Route("workspaces/:workspaceId([0-9]{1,18})/draft-history")
@PermitAll
public class DraftHistoryView extends WorkspacePage {

    final RevisionList changes;
    private final DraftHistory draftHistory;

    DraftHistoryView(WorkspaceService workspaces, PathwayHistory history, DraftHistory draftHistory,
            CollaborationBus bus) {
        super(workspaces, history, bus, WorkspaceHeader.Page.DRAFT_HISTORY);
        this.draftHistory = draftHistory;
        this.changes = new RevisionList("Nothing has been changed in the draft yet.",
                entry -> WorkspaceRoutes.draftHistory(workspaceId, entry.itemKey()));
        changes.grid.setAriaLabel("Changes to the draft");
        add(new H2("Draft history"), new Paragraph("Every change to the draft's stages, steps and hand-overs, newest "
                + "first, with what each field said before and after."), changes);
    }

    @Override
    protected void load() {
        changes.show((offset, limit) -> draftHistory.changes(workspaceId, offset, limit),
                () -> draftHistory.countChanges(workspaceId));
    }
}
