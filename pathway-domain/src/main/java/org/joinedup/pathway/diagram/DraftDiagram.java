package org.joinedup.pathway.diagram;

import java.util.Map;

/** The working draft laid out as a diagram, with the id of each step by its key, so a page can open it. */
public record DraftDiagram(long workspaceId, String title, Diagram diagram, Map<String, Long> stepIds) {

    public DraftDiagram {
        stepIds = Map.copyOf(stepIds);
    }
}
