package org.joinedup.pathway.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.diagram.Diagram.Edge;
import org.joinedup.pathway.diagram.Diagram.EdgeKind;
import org.joinedup.pathway.diagram.Diagram.Lane;
import org.joinedup.pathway.diagram.Diagram.Node;
import org.joinedup.pathway.diagram.Diagram.StageBand;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.PathwaySnapshot.Branch;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;

/**
 * Lays a pathway out as swim lanes, a pure function of its content. Lanes are the care
 * settings that have steps, in the settings' usual order; each step has a column of its
 * own in journey order, so reading left to right follows the journey; a stage without
 * steps keeps one empty column so it is still shown. Arrows leave a step's right side,
 * spread so their labels do not overlap, and enter the left side of the step they lead to;
 * an arrow to a step further left, or in the same column, runs along the bottom of the lanes
 * it joins. A branch whose step was deleted ends at a marker just below its decision.
 */
public final class DiagramLayout {

    public static final int LANE_LABEL_WIDTH = 150;
    public static final int STAGE_HEADER_HEIGHT = 48;
    public static final int COLUMN_WIDTH = 190;
    public static final int LANE_HEIGHT = 120;
    public static final int NODE_WIDTH = 150;
    public static final int NODE_HEIGHT = 60;
    static final int NODE_TOP = 14;
    static final int MARGIN = 16;
    private static final int TURN = 12;

    private DiagramLayout() {
    }

    public static Diagram of(PathwaySnapshot pathway) {
        Map<CareSetting, Integer> laneIndex = lanes(pathway);
        List<Lane> lanes = new ArrayList<>();
        laneIndex.forEach((setting, index) -> lanes.add(new Lane(setting, laneY(index), LANE_HEIGHT)));
        List<StageBand> stages = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        Map<String, Node> byKey = new HashMap<>();
        List<Step> journey = new ArrayList<>();
        int column = 0;
        for (int stageIndex = 0; stageIndex < pathway.stages().size(); stageIndex++) {
            Stage stage = pathway.stages().get(stageIndex);
            int first = column;
            List<String> keys = new ArrayList<>();
            for (int stepIndex = 0; stepIndex < stage.steps().size(); stepIndex++) {
                Step step = stage.steps().get(stepIndex);
                int lane = laneIndex.get(step.fields().careSetting());
                Node node = new Node(step.key(), (stageIndex + 1) + "." + (stepIndex + 1), step.fields().title(),
                        step.fields().careSetting(), step.decision(), columnX(column) + (COLUMN_WIDTH - NODE_WIDTH) / 2,
                        laneY(lane) + NODE_TOP, NODE_WIDTH, NODE_HEIGHT);
                nodes.add(node);
                byKey.put(step.key(), node);
                journey.add(step);
                keys.add(step.key());
                column++;
            }
            if (stage.steps().isEmpty()) {
                column++;
            }
            stages.add(new StageBand(stage.key(), stageIndex + 1, stage.title(), columnX(first),
                    (column - first) * COLUMN_WIDTH, keys));
        }
        List<Edge> edges = edges(pathway, journey, byKey, laneIndex);
        int width = LANE_LABEL_WIDTH + Math.max(column, 1) * COLUMN_WIDTH + MARGIN;
        int height = laneY(Math.max(lanes.size(), 1)) + MARGIN;
        return new Diagram(width, height, lanes, stages, nodes, edges);
    }

    private static Map<CareSetting, Integer> lanes(PathwaySnapshot pathway) {
        Set<CareSetting> used = new HashSet<>();
        pathway.steps().forEach(step -> used.add(step.fields().careSetting()));
        Map<CareSetting, Integer> index = new EnumMap<>(CareSetting.class);
        for (CareSetting setting : CareSetting.values()) {
            if (used.contains(setting)) {
                index.put(setting, index.size());
            }
        }
        return index;
    }

    private record Planned(EdgeKind kind, String toKey, String label, String detail) {
    }

    private static List<Edge> edges(PathwaySnapshot pathway, List<Step> journey, Map<String, Node> byKey,
            Map<CareSetting, Integer> laneIndex) {
        Map<String, List<Planned>> outgoing = new HashMap<>();
        Set<String> joined = new HashSet<>();
        for (Step step : journey) {
            for (Branch branch : step.branches()) {
                String target = byKey.containsKey(branch.targetStepKey()) ? branch.targetStepKey() : null;
                outgoing.computeIfAbsent(step.key(), key -> new ArrayList<>())
                        .add(new Planned(EdgeKind.BRANCH, target, branch.label(), ""));
                joined.add(step.key() + ">" + branch.targetStepKey());
            }
        }
        for (Handover handover : pathway.handovers()) {
            if (byKey.containsKey(handover.fromStepKey()) && byKey.containsKey(handover.toStepKey())) {
                outgoing.computeIfAbsent(handover.fromStepKey(), key -> new ArrayList<>())
                        .add(new Planned(EdgeKind.HANDOVER, handover.toStepKey(), "", handover.fields().trigger()));
                joined.add(handover.fromStepKey() + ">" + handover.toStepKey());
            }
        }
        for (int index = 0; index + 1 < journey.size(); index++) {
            Step step = journey.get(index);
            String next = journey.get(index + 1).key();
            if (!step.decision() && !joined.contains(step.key() + ">" + next)) {
                outgoing.computeIfAbsent(step.key(), key -> new ArrayList<>())
                        .add(new Planned(EdgeKind.NEXT, next, "", ""));
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Step step : journey) {
            List<Planned> planned = outgoing.getOrDefault(step.key(), List.of());
            Node from = byKey.get(step.key());
            for (int index = 0; index < planned.size(); index++) {
                Planned edge = planned.get(index);
                int startY = from.y() + from.height() * (index + 1) / (planned.size() + 1);
                List<Integer> points = edge.toKey() == null ? brokenRoute(from, startY)
                        : route(from, startY, byKey.get(edge.toKey()), laneIndex);
                edges.add(new Edge(edge.kind(), step.key(), edge.toKey(), edge.label(), edge.detail(), points));
            }
        }
        return edges;
    }

    /** Right side of {@code from}, then to the left side of {@code to}: straight on when it lies ahead, else round below. */
    private static List<Integer> route(Node from, int startY, Node to, Map<CareSetting, Integer> laneIndex) {
        int startX = from.x() + from.width();
        int endX = to.x();
        int endY = to.y() + to.height() / 2;
        if (endX > startX) {
            int turnX = startX + TURN;
            return List.of(startX, startY, turnX, startY, turnX, endY, endX, endY);
        }
        int lowerLane = Math.max(laneIndex.get(from.setting()), laneIndex.get(to.setting()));
        int belowY = laneY(lowerLane) + LANE_HEIGHT - 10;
        return List.of(startX, startY, startX + TURN, startY, startX + TURN, belowY, endX - TURN, belowY, endX - TURN,
                endY, endX, endY);
    }

    private static List<Integer> brokenRoute(Node from, int startY) {
        int startX = from.x() + from.width();
        int markerX = from.x() + from.width() + (COLUMN_WIDTH - NODE_WIDTH) / 2 - 4;
        int markerY = from.y() + from.height() + 26;
        return List.of(startX, startY, markerX, startY, markerX, markerY);
    }

    private static int columnX(int column) {
        return LANE_LABEL_WIDTH + column * COLUMN_WIDTH;
    }

    private static int laneY(int lane) {
        return STAGE_HEADER_HEIGHT + lane * LANE_HEIGHT;
    }
}
