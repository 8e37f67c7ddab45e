package org.joinedup.portal.diagram;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.joinedup.pathway.diagram.Diagram;
import org.joinedup.pathway.diagram.Diagram.Edge;
import org.joinedup.pathway.diagram.Diagram.EdgeKind;
import org.joinedup.pathway.diagram.Diagram.Node;
import org.joinedup.pathway.diagram.Diagram.StageBand;
import org.joinedup.pathway.diagram.DiagramSvg;

/**
 * A pathway's diagram: the drawing, scrolled sideways when it is wider than the page, with
 * each step a link that a keyboard reaches; and beside it the same diagram as text, stage by
 * stage, for screen readers and for anyone who prefers it. The drawing's markup comes from
 * {@link DiagramSvg}, which escapes every text, so it is safe to put on the page as it is.
 */
public class DiagramPanel extends Section {

    public static final String TEXT_HEADING = "The diagram as text";

    /**
     * @param stepLink the address each step leads to, by its key
     * @param routed   whether those addresses are other pages of the portal (opened by the
     *                 router) rather than places on this page
     */
    public DiagramPanel(Diagram diagram, String title, Function<String, String> stepLink, boolean routed) {
        addClassName("pathway-diagram");
        Div drawing = new Div();
        drawing.addClassName("diagram-drawing");
        drawing.getElement().setProperty("innerHTML", DiagramSvg.draw(diagram, title
                + ". Care settings are rows, stages are columns; the same diagram follows as text.", stepLink));
        if (diagram.hasBrokenBranches()) {
            Paragraph broken = new Paragraph("A decision has a branch to a step that has been deleted. It is shown as "
                    + "broken; point it to another step or remove it before the pathway can be proposed.");
            broken.addClassName("diagram-broken-notice");
            broken.getElement().setAttribute("role", "status");
            add(broken);
        }
        add(drawing, text(diagram, stepLink, routed));
    }

    private static Div text(Diagram diagram, Function<String, String> stepLink, boolean routed) {
        Div text = new Div(new H3(TEXT_HEADING));
        text.addClassName("diagram-text");
        if (diagram.nodes().isEmpty()) {
            text.add(new Paragraph("This pathway has no steps yet."));
        }
        for (StageBand stage : diagram.stages()) {
            text.add(new Paragraph("Stage " + stage.number() + ": " + stage.title()));
            if (stage.stepKeys().isEmpty()) {
                text.add(new Paragraph("No steps in this stage."));
                continue;
            }
            OrderedList steps = new OrderedList();
            for (String key : stage.stepKeys()) {
                Node node = diagram.node(key).orElseThrow();
                Anchor link = new Anchor(stepLink.apply(key), DiagramSvg.accessibleName(node));
                if (routed) {
                    link.getElement().setAttribute("router-link", true);
                }
                ListItem item = new ListItem(link);
                List<String> ways = diagram.from(key).stream().filter(edge -> edge.kind() != EdgeKind.NEXT)
                        .map(edge -> describe(edge, diagram)).toList();
                if (!ways.isEmpty()) {
                    UnorderedList onwards = new UnorderedList();
                    ways.forEach(way -> onwards.add(new ListItem(way)));
                    item.add(onwards);
                }
                steps.add(item);
            }
            text.add(steps);
        }
        return text;
    }

    /** A branch or hand-over in words: where it leads and when. */
    static String describe(Edge edge, Diagram diagram) {
        if (edge.broken()) {
            return "If \u201c" + edge.label() + "\u201d: broken, the step it led to has been deleted";
        }
        Node to = diagram.node(edge.toKey()).orElseThrow();
        String target = to.number() + " " + to.title() + " (" + to.setting().label() + ")";
        return edge.kind() == EdgeKind.BRANCH ? "If \u201c" + edge.label() + "\u201d: go to " + target
                : "Hands over to " + target + " when: " + edge.detail();
    }
}
