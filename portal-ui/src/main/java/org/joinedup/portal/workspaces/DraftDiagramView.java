package org.joinedup.portal.workspaces;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Route;
import org.joinedup.pathway.diagram.PathwayDiagrams;
import org.joinedup.pathway.diagram.DraftDiagram;
import org.joinedup.pathway.proposal.PathwayHistory;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.platform.collaboration.CollaborationBus;
import org.joinedup.platform.collaboration.CollaborationEvent;
import org.joinedup.platform.collaboration.CollaborationEvent.Kind;
import org.joinedup.portal.diagram.DiagramPanel;

/**
 * The working draft as a diagram: care settings as swim lanes, stages as columns, decisions
 * with their labelled branches and the hand-overs between settings. A step in the drawing
 * or its text opens that step in the draft editor. It is drawn again when the draft changes,
 * and only then. For those who read the draft.
 */
@Route("workspaces/:workspaceId([0-9]{1,18})/diagram")
@PermitAll
public class DraftDiagramView extends WorkspacePage {

    /** What the page ignores: nothing drawn depends on them. */
    private static final Set<Kind> NOT_DRAWN = EnumSet.of(Kind.PRESENCE_CHANGED, Kind.COMMENTS_CHANGED,
            Kind.PROPOSAL_CHANGED);

    final Div content = new Div();
    private final PathwayDiagrams diagrams;
    private DraftDiagram shown;

    DraftDiagramView(WorkspaceService workspaces, PathwayHistory history, PathwayDiagrams diagrams, CollaborationBus bus) {
        super(workspaces, history, bus, WorkspaceHeader.Page.DIAGRAM);
        this.diagrams = diagrams;
        content.addClassName("diagram-page");
        add(content);
    }

    /** Draws the diagram again, unless it is as shown: a redraw sends the whole drawing to the browser. */
    @Override
    protected void load() {
        DraftDiagram draft = diagrams.draft(workspaceId);
        if (draft.equals(shown)) {
            return;
        }
        shown = draft;
        content.removeAll();
        content.add(new H2("Diagram of the draft"),
                new DiagramPanel(draft.diagram(), "Diagram of the draft of " + draft.title(),
                        key -> "workspaces/" + workspaceId + "?step=" + draft.stepIds().get(key), true));
    }

    @Override
    protected void changed(CollaborationEvent event) {
        if (!NOT_DRAWN.contains(event.kind())) {
            load();
        }
    }
}
