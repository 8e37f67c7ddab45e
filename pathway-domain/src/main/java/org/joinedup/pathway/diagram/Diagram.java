package org.joinedup.pathway.diagram;

import java.util.List;
import java.util.Optional;

import org.joinedup.identity.people.CareSetting;

/**
 * A pathway laid out for drawing: one swim lane per care setting that has steps, one
 * column per step in journey order, stages as bands across the top, and the arrows between
 * steps. Coordinates are in the drawing's own units (pixels at 100%).
 */
public record Diagram(int width, int height, List<Lane> lanes, List<StageBand> stages, List<Node> nodes,
        List<Edge> edges) {

    public Diagram {
        lanes = List.copyOf(lanes);
        stages = List.copyOf(stages);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A care setting's lane. */
    public record Lane(CareSetting setting, int y, int height) {
    }

    /** A stage's columns, with the keys of its steps in journey order. */
    public record StageBand(String key, int number, String title, int x, int width, List<String> stepKeys) {
        public StageBand {
            stepKeys = List.copyOf(stepKeys);
        }
    }

    /** A step, or a decision when it has branches; {@code number} reads "2.1" for the first step of stage 2. */
    public record Node(String key, String number, String title, CareSetting setting, boolean decision, int x, int y,
            int width, int height) {
    }

    public enum EdgeKind {
        /** The next step of the journey, for a step that is not a decision. */
        NEXT,
        /** A decision's branch, labelled with its answer. */
        BRANCH,
        /** A hand-over between settings, with what triggers it. */
        HANDOVER
    }

    /**
     * An arrow from one step to another along {@code points} (x, y pairs). A broken branch
     * has no {@code toKey}: its step was deleted, and it ends at a marker below its decision.
     *
     * @param label  a branch's answer; empty for the other kinds
     * @param detail a hand-over's trigger; empty for the other kinds
     */
    public record Edge(EdgeKind kind, String fromKey, String toKey, String label, String detail, List<Integer> points) {
        public Edge {
            points = List.copyOf(points);
        }

        public boolean broken() {
            return toKey == null;
        }
    }

    public List<Edge> from(String key) {
        return edges.stream().filter(edge -> edge.fromKey().equals(key)).toList();
    }

    public Optional<Node> node(String key) {
        return nodes.stream().filter(node -> node.key().equals(key)).findFirst();
    }

    public boolean hasBrokenBranches() {
        return edges.stream().anyMatch(Edge::broken);
    }
}
