package org.joinedup.pathway.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.PathwaySnapshot.Branch;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.pathway.draft.StepFields;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The drawing: well-formed SVG whose steps are named links, with every text escaped. */
class DiagramSvgTest {

    static final PathwaySnapshot PATHWAY = new PathwaySnapshot(List.of(new Stage("s", "Recognition & <triage>", List.of(
            new Step("a", StepFields.titled("Is eGFR < 30 & ACR > 70?", CareSetting.PRIMARY),
                    List.of(new Branch("Yes \"urgent\"", "b"), new Branch("No", "deleted"))),
            new Step("b", StepFields.titled("Renal clinic", CareSetting.SECONDARY))))), List.of());

    @Test
    void every_step_is_a_link_named_by_its_number_setting_and_title_and_the_markup_is_well_formed() throws Exception {
        String svg = DiagramSvg.draw(DiagramLayout.of(PATHWAY), "Diagram of <CKD>", key -> "workspaces/1?step=" + key);

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getAttribute("aria-label")).isEqualTo("Diagram of <CKD>");
        NodeList links = document.getElementsByTagName("a");
        assertThat(links.getLength()).isEqualTo(2);
        Element decision = (Element) links.item(0);
        assertThat(decision.getAttribute("href")).isEqualTo("workspaces/1?step=a");
        assertThat(decision.getAttribute("aria-label")).isEqualTo("Decision 1.1, Primary care: Is eGFR < 30 & ACR > 70?");
        assertThat(((Element) links.item(1)).getAttribute("aria-label")).isEqualTo("Step 1.2, Secondary care: Renal clinic");
        assertThat(svg).doesNotContain("<triage>").contains("&lt;triage&gt;");
    }

    @Test
    void a_broken_branch_is_drawn_as_broken_with_its_label() throws Exception {
        String svg = DiagramSvg.draw(DiagramLayout.of(PATHWAY), "Diagram", key -> "#" + key);

        Document document = parse(svg);
        NodeList groups = document.getElementsByTagName("g");
        int broken = 0;
        for (int index = 0; index < groups.getLength(); index++) {
            Element group = (Element) groups.item(index);
            if (group.getAttribute("class").contains("diagram-edge-broken")) {
                broken++;
                assertThat(group.getTextContent()).contains("Broken: No")
                        .contains("The branch \u201cNo\u201d leads to a step that has been deleted");
            }
        }
        assertThat(broken).isOne();
        assertThat(svg).contains("Yes &quot;urgent&quot;");
    }

    @Test
    void a_hand_over_arrow_says_what_triggers_it() {
        String svg = DiagramSvg.draw(DiagramLayout.of(DiagramLayoutTest.KIDNEY), "Diagram", key -> "#" + key);

        assertThat(svg).contains("<g class=\"diagram-edge diagram-edge-handover\"><polyline")
                .contains("<title>Hand-over when: Discharged</title>");
    }

    @Test
    void long_titles_wrap_onto_two_lines_and_end_in_an_ellipsis() {
        assertThat(DiagramSvg.wrap("Refer to the renal clinic when the eGFR keeps falling over two readings"))
                .hasSize(2).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(DiagramSvg.LINE_CHARACTERS))
                .last().asString().endsWith("\u2026");
        assertThat(DiagramSvg.wrap("Renal clinic")).containsExactly("Renal clinic");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
