package org.joinedup.pathway.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.diagram.Diagram.Edge;
import org.joinedup.pathway.diagram.Diagram.EdgeKind;
import org.joinedup.pathway.diagram.Diagram.Lane;
import org.joinedup.pathway.diagram.Diagram.Node;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.PathwaySnapshot.Branch;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.pathway.draft.StepFields;
import org.junit.jupiter.api.Test;

/** The swim-lane layout as a pure function of a pathway's content. */
class DiagramLayoutTest {

    static final Step CHECK = new Step("check", StepFields.titled("Annual kidney check", CareSetting.PRIMARY));
    static final Step DECIDE = new Step("decide", StepFields.titled("eGFR below 30?", CareSetting.PRIMARY),
            List.of(new Branch("Yes", "clinic"), new Branch("No", "check")));
    static final Step CLINIC = new Step("clinic", StepFields.titled("Renal clinic review", CareSetting.SECONDARY));
    static final Step LEAFLET = new Step("leaflet", StepFields.titled("Self-care leaflet", CareSetting.COMMUNITY));

    static final PathwaySnapshot KIDNEY = new PathwaySnapshot(List.of(
            new Stage("recognition", "Recognition", List.of(CHECK, DECIDE)),
            new Stage("empty", "Waiting", List.of()),
            new Stage("assessment", "Assessment", List.of(CLINIC, LEAFLET))),
            List.of(new Handover("h", "clinic", "leaflet", HandoverFields.triggeredBy("Discharged"))));

    @Test
    void each_setting_with_steps_is_a_lane_in_the_usual_order_and_each_step_a_column_in_journey_order() {
        Diagram diagram = DiagramLayout.of(KIDNEY);

        assertThat(diagram.lanes()).extracting(Lane::setting)
                .containsExactly(CareSetting.PRIMARY, CareSetting.SECONDARY, CareSetting.COMMUNITY);
        assertThat(diagram.nodes()).extracting(Node::number, Node::key)
                .containsExactly(tuple("1.1", "check"), tuple("1.2", "decide"), tuple("3.1", "clinic"),
                        tuple("3.2", "leaflet"));
        List<Integer> xs = diagram.nodes().stream().map(Node::x).toList();
        assertThat(xs).isSorted().doesNotHaveDuplicates();
        Node clinic = diagram.node("clinic").orElseThrow();
        Lane secondary = diagram.lanes().get(1);
        assertThat(clinic.y()).isBetween(secondary.y(), secondary.y() + secondary.height() - clinic.height());
        assertThat(diagram.node("decide").orElseThrow().decision()).isTrue();
        assertThat(diagram.node("check").orElseThrow().decision()).isFalse();
    }

    @Test
    void stages_are_bands_over_their_steps_and_an_empty_stage_keeps_a_column() {
        Diagram diagram = DiagramLayout.of(KIDNEY);

        assertThat(diagram.stages()).extracting(Diagram.StageBand::title).containsExactly("Recognition", "Waiting", "Assessment");
        Diagram.StageBand waiting = diagram.stages().get(1);
        assertThat(waiting.stepKeys()).isEmpty();
        assertThat(waiting.width()).isEqualTo(DiagramLayout.COLUMN_WIDTH);
        assertThat(diagram.stages().get(2).x()).isEqualTo(waiting.x() + waiting.width());
        assertThat(diagram.width()).isGreaterThanOrEqualTo(diagram.stages().get(2).x() + diagram.stages().get(2).width());
    }

    @Test
    void a_decision_has_labelled_branches_instead_of_a_next_step_and_hand_overs_carry_their_trigger() {
        Diagram diagram = DiagramLayout.of(KIDNEY);

        assertThat(diagram.from("decide")).extracting(Edge::kind, Edge::label, Edge::toKey)
                .containsExactly(tuple(EdgeKind.BRANCH, "Yes", "clinic"), tuple(EdgeKind.BRANCH, "No", "check"));
        assertThat(diagram.from("check")).extracting(Edge::kind, Edge::toKey).containsExactly(tuple(EdgeKind.NEXT, "decide"));
        assertThat(diagram.from("clinic")).extracting(Edge::kind, Edge::detail)
                .containsExactly(tuple(EdgeKind.HANDOVER, "Discharged"));
        assertThat(diagram.hasBrokenBranches()).isFalse();
    }

    @Test
    void arrows_start_on_the_right_of_their_step_and_end_on_the_left_of_the_next_even_when_it_lies_behind() {
        Diagram diagram = DiagramLayout.of(KIDNEY);
        Node decide = diagram.node("decide").orElseThrow();
        Node check = diagram.node("check").orElseThrow();

        for (Edge edge : diagram.from("decide")) {
            Node target = diagram.node(edge.toKey()).orElseThrow();
            List<Integer> points = edge.points();
            assertThat(points.get(0)).isEqualTo(decide.x() + decide.width());
            assertThat(points.get(points.size() - 2)).isEqualTo(target.x());
            assertThat(points.getLast()).isEqualTo(target.y() + target.height() / 2);
        }
        Edge back = diagram.from("decide").get(1);
        assertThat(back.toKey()).isEqualTo(check.key());
        assertThat(back.points().stream().skip(1).filter(value -> value > check.y() + check.height()).count())
                .as("runs below the steps").isPositive();
    }

    @Test
    void a_branch_to_a_deleted_step_is_broken_and_ends_beside_its_decision() {
        Step broken = new Step("decide", DECIDE.fields(), List.of(new Branch("Yes", "deleted")));
        Diagram diagram = DiagramLayout.of(new PathwaySnapshot(List.of(new Stage("s", "Recognition",
                List.of(CHECK, broken))), List.of()));

        assertThat(diagram.hasBrokenBranches()).isTrue();
        Edge edge = diagram.from("decide").getFirst();
        assertThat(edge.broken()).isTrue();
        assertThat(edge.label()).isEqualTo("Yes");
        Node decide = diagram.node("decide").orElseThrow();
        assertThat(edge.points().getLast()).isGreaterThan(decide.y() + decide.height());
    }

    @Test
    void an_empty_pathway_is_an_empty_drawing() {
        Diagram diagram = DiagramLayout.of(PathwaySnapshot.EMPTY);

        assertThat(diagram.nodes()).isEmpty();
        assertThat(diagram.lanes()).isEmpty();
        assertThat(diagram.width()).isPositive();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
