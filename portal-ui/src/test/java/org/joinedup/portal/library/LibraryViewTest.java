package org.joinedup.portal.library;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.library.LibraryEntry;
import org.joinedup.pathway.proposal.VersionSummary;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.published.PrintablePathwayView;
import org.joinedup.portal.workspaces.WorkspaceView;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The library as people see it. Publishes pathways, so it gets a database of its own. The
 * published pathway's workspace is convened by Dr Priya Shah (gp) with Margaret Hill
 * (patient) as patient partner; Sam Reid (mentalhealth) is a clinician who is not a member.
 */
@DirtiesContext
class LibraryViewTest extends KaribuTest {

    private long workspaceId;
    private VersionSummary version;

    @BeforeEach
    void publishAPathway() {
        PathwayFixture fixture = new PathwayFixture(context);
        workspaceId = fixture.workspace("Atrial fibrillation", "Library Place " + System.nanoTime());
        StageDetails stage = fixture.stage(workspaceId, "Detection");
        fixture.step(stage, StepFields.titled("Pulse check at the flu clinic", CareSetting.PRIMARY));
        fixture.step(stage, StepFields.titled("Echocardiogram", CareSetting.SECONDARY));
        version = fixture.publish(workspaceId, "First agreed version");
    }

    @Test
    void a_clinician_who_is_not_a_member_finds_the_pathway_with_who_agreed_and_opens_the_published_version() {
        signInAs("mentalhealth");
        navigateTo("library");

        int row = rowOf(workspaceId);
        List<String> cells = _getFormattedRow(grid(), row);
        assertThat(cells.get(1)).isEqualTo("Version 1, published " + PortalTime.date(version.publishedAt()));
        assertThat(cells.get(2)).contains("Primary care: Dr Ben Carter", "Secondary care: Dr Tomi Okafor");
        Component links = _getCellComponent(grid(), row, "links");
        assertThat(_find(links, Anchor.class)).extracting(Anchor::getText)
                .containsExactly("Published version", "What to expect");

        navigateTo(_get(links, Anchor.class, spec -> spec.withText("Published version")).getHref());
        assertThat(currentView()).isEqualTo(PrintablePathwayView.class);
    }

    @Test
    void the_quick_filter_and_the_setting_filter_narrow_the_list_and_say_when_nothing_matches() {
        signInAs("mentalhealth");
        navigateTo("library");
        String locality = entry(rowOf(workspaceId)).locality();

        _setValue(labelled(TextField.class, "Quick filter"), locality);
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(entry(0).workspaceId()).isEqualTo(workspaceId);

        _setValue(labelled(Select.class, "Care setting"), CareSetting.COMMUNITY);
        assertThat(_find(Grid.class)).as("visible lists").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state")).getText())
                .isEqualTo("No published pathway matches these filters.");

        _setValue(labelled(Select.class, "Care setting"), CareSetting.SECONDARY);
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void a_patient_partner_is_offered_the_what_to_expect_pages_only() {
        signInAs(PathwayFixture.PATIENT_PARTNER);
        navigateTo("library");

        Component links = _getCellComponent(grid(), rowOf(workspaceId), "links");
        assertThat(_find(links, Anchor.class)).extracting(Anchor::getText).containsExactly("What to expect", "Workspace");
        assertThat(_find(links, Button.class)).isEmpty();
        assertThat(grid().getColumnByKey("agreements")).isNull();
    }

    @Test
    void a_convenor_keeps_the_pathway_out_of_the_library_with_a_reason_that_members_see() {
        signInAs(PathwayFixture.CONVENOR);
        navigateTo("workspaces/" + workspaceId + "/members");
        _setValue(labelled(Checkbox.class, "Confidential: keep the published pathway out of the library"), true);
        _click(button("Save settings"));
        assertThat(labelled(TextArea.class, "Why it is confidential").getErrorMessage())
                .isEqualTo("Say why the published pathway is kept out of the library");

        _setValue(labelled(TextArea.class, "Why it is confidential"), "Piloted in two practices first");
        _click(button("Save settings"));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("confidential-notice")).getText())
                .endsWith("The reason: Piloted in two practices first");
        signInAs("mentalhealth");
        navigateTo("library");
        assertThat(ids()).doesNotContain(workspaceId);
    }

    @Test
    void a_clinician_copies_the_pathway_to_their_locality_and_the_new_workspace_says_where_it_came_from() {
        signInAs("mentalhealth");
        navigateTo("library");
        Component links = _getCellComponent(grid(), rowOf(workspaceId), "links");

        _click(_get(links, Button.class, spec -> spec.withText("Copy to my locality")));
        CopyDialog dialog = _get(CopyDialog.class);
        _setValue(labelled(dialog, TextField.class, "Locality of the new workspace"), "West Place");
        _click(button(dialog, "Start the workspace"));

        assertThat(currentView()).isEqualTo(WorkspaceView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("copied-from")).getText())
                .contains("from version 1 of Atrial fibrillation \u2014 Library Place");
    }

    @SuppressWarnings("unchecked")
    private static Grid<LibraryEntry> grid() {
        return _get(Grid.class);
    }

    private static LibraryEntry entry(int row) {
        return grid().getDataCommunicator().getItem(row);
    }

    /** The workspaces listed; none when the list is hidden because nothing matches. */
    private static List<Long> ids() {
        if (_find(Grid.class).isEmpty()) {
            return List.of();
        }
        return IntStream.range(0, _size(grid())).mapToObj(row -> entry(row).workspaceId()).toList();
    }

    private static int rowOf(long workspaceId) {
        int row = ids().indexOf(workspaceId);
        assertThat(row).as("row of workspace " + workspaceId).isNotNegative();
        return row;
    }
}
