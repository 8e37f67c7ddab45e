package org.joinedup.pathway.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.joinedup.pathway.diagram.Diagram.Edge;
import org.joinedup.pathway.diagram.Diagram.Lane;
import org.joinedup.pathway.diagram.Diagram.Node;
import org.joinedup.pathway.diagram.Diagram.StageBand;

/**
 * Draws a laid-out diagram as SVG markup. Every text is escaped here, so the markup can be
 * put on a page as it is. Each step is a link (reachable with the keyboard, named for
 * screen readers by its number, setting and title) to the address {@code stepLink} gives
 * for its key. The look comes from the portal's stylesheet (classes starting {@code diagram-}).
 */
public final class DiagramSvg {

    static final int LINE_CHARACTERS = 24;
    private static final int LINES = 2;

    private DiagramSvg() {
    }

    public static String draw(Diagram diagram, String title, Function<String, String> stepLink) {
        StringBuilder svg = new StringBuilder(4096 + diagram.nodes().size() * 900);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" role=\"group\" width=\"")
                .append(diagram.width()).append("\" height=\"").append(diagram.height()).append("\" viewBox=\"0 0 ")
                .append(diagram.width()).append(' ').append(diagram.height()).append("\" aria-label=\"")
                .append(escape(title)).append("\">");
        svg.append("<defs><marker id=\"diagram-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\"/></marker></defs>");
        for (Lane lane : diagram.lanes()) {
            lane(svg, lane, diagram.width());
        }
        for (StageBand stage : diagram.stages()) {
            stage(svg, stage, diagram.height());
        }
        for (Edge edge : diagram.edges()) {
            edge(svg, edge);
        }
        for (Node node : diagram.nodes()) {
            node(svg, node, stepLink.apply(node.key()));
        }
        return svg.append("</svg>").toString();
    }

    /** What a screen reader says for a step: its number, whether it is a decision, its setting and title. */
    public static String accessibleName(Node node) {
        return (node.decision() ? "Decision " : "Step ") + node.number() + ", " + node.setting().label() + ": "
                + node.title();
    }

    private static void lane(StringBuilder svg, Lane lane, int width) {
        svg.append("<g class=\"diagram-lane diagram-lane-").append(lane.setting().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\"><rect x=\"0\" y=\"").append(lane.y()).append("\" width=\"").append(width)
                .append("\" height=\"").append(lane.height()).append("\"/><text class=\"diagram-lane-label\" x=\"10\" y=\"")
                .append(lane.y() + lane.height() / 2 + 4).append("\">").append(escape(lane.setting().label()))
                .append("</text></g>");
    }

    private static void stage(StringBuilder svg, StageBand stage, int height) {
        svg.append("<g class=\"diagram-stage\"><line x1=\"").append(stage.x()).append("\" y1=\"0\" x2=\"")
                .append(stage.x()).append("\" y2=\"").append(height).append("\"/><text class=\"diagram-stage-title\" x=\"")
                .append(stage.x() + 8).append("\" y=\"20\">").append(escape(shorten("Stage " + stage.number() + ": "
                        + stage.title(), Math.max(8, stage.width() / 7))))
                .append("<title>").append(escape("Stage " + stage.number() + ": " + stage.title())).append("</title>")
                .append("</text>");
        if (stage.stepKeys().isEmpty()) {
            svg.append("<text class=\"diagram-empty-stage\" x=\"").append(stage.x() + 8).append("\" y=\"38\">No steps</text>");
        }
        svg.append("</g>");
    }

    private static void edge(StringBuilder svg, Edge edge) {
        List<Integer> points = edge.points();
        svg.append("<g class=\"diagram-edge diagram-edge-").append(edge.broken() ? "broken" : edge.kind().name().toLowerCase(Locale.ROOT))
                .append("\"><polyline points=\"");
        for (int index = 0; index < points.size(); index += 2) {
            svg.append(index == 0 ? "" : " ").append(points.get(index)).append(',').append(points.get(index + 1));
        }
        svg.append('"').append(edge.broken() ? "" : " marker-end=\"url(#diagram-arrow)\"").append("/>");
        if (!edge.detail().isEmpty()) {
            svg.append("<title>").append(escape("Hand-over when: " + edge.detail())).append("</title>");
        }
        int labelX = points.get(0) + 3;
        int labelY = points.get(1) - 3;
        if (edge.broken()) {
            int markerX = points.get(points.size() - 2);
            int markerY = points.get(points.size() - 1);
            svg.append("<circle class=\"diagram-broken-marker\" cx=\"").append(markerX).append("\" cy=\"").append(markerY)
                    .append("\" r=\"7\"/><text class=\"diagram-broken-text\" x=\"").append(markerX + 10).append("\" y=\"")
                    .append(markerY + 4).append("\">").append(escape(shorten("Broken: " + edge.label(), 22)))
                    .append("<title>").append(escape("The branch \u201c" + edge.label()
                            + "\u201d leads to a step that has been deleted")).append("</title></text>");
        } else if (!edge.label().isEmpty()) {
            svg.append("<text class=\"diagram-edge-label\" x=\"").append(labelX).append("\" y=\"").append(labelY)
                    .append("\">").append(escape(shorten(edge.label(), 14))).append("<title>").append(escape(edge.label()))
                    .append("</title></text>");
        }
        svg.append("</g>");
    }

    private static void node(StringBuilder svg, Node node, String link) {
        String name = accessibleName(node);
        svg.append("<a class=\"diagram-node").append(node.decision() ? " diagram-decision" : "").append("\" href=\"")
                .append(escape(link)).append("\" aria-label=\"").append(escape(name)).append("\"><title>")
                .append(escape(name)).append("</title>");
        int x = node.x();
        int y = node.y();
        int w = node.width();
        int h = node.height();
        if (node.decision()) {
            svg.append("<polygon class=\"diagram-node-box\" points=\"").append(x + 14).append(',').append(y).append(' ')
                    .append(x + w - 14).append(',').append(y).append(' ').append(x + w).append(',').append(y + h / 2)
                    .append(' ').append(x + w - 14).append(',').append(y + h).append(' ').append(x + 14).append(',')
                    .append(y + h).append(' ').append(x).append(',').append(y + h / 2).append("\"/>");
        } else {
            svg.append("<rect class=\"diagram-node-box\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                    .append(w).append("\" height=\"").append(h).append("\" rx=\"6\"/>");
        }
        svg.append("<text class=\"diagram-node-number\" x=\"").append(x + w / 2).append("\" y=\"").append(y + 15)
                .append("\">").append(escape((node.decision() ? "Decision " : "") + node.number())).append("</text>");
        List<String> lines = wrap(node.title());
        for (int index = 0; index < lines.size(); index++) {
            svg.append("<text class=\"diagram-node-text\" x=\"").append(x + w / 2).append("\" y=\"")
                    .append(y + 32 + index * 15).append("\">").append(escape(lines.get(index))).append("</text>");
        }
        svg.append("</a>");
    }

    /** The title in at most two lines, broken between words, the second ending in an ellipsis when it is cut. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        int index = 0;
        while (index < words.length && lines.size() < LINES) {
            String word = words[index];
            if (line.isEmpty() || line.length() + 1 + word.length() <= LINE_CHARACTERS) {
                line.append(line.isEmpty() ? "" : " ").append(word);
                index++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (lines.size() < LINES && !line.isEmpty()) {
            lines.add(line.toString());
            line.setLength(0);
        }
        if (index < words.length || !line.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, shorten(lines.get(last) + " \u2026", LINE_CHARACTERS));
        }
        return lines.stream().map(shown -> shorten(shown, LINE_CHARACTERS)).toList();
    }

    private static String shorten(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1).strip() + "\u2026";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
