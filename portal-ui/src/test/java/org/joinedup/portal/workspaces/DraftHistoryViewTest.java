package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Changes drafts, so it gets a database of its own. */
@DirtiesContext
class DraftHistoryViewTest extends WorkspaceTestSupport {

    @Test
    void the_draft_history_shows_who_changed_which_step_and_each_field_before_and_after() {
        long workspace = workspace("gp", "Heart failure");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails step = step(stage.id(), "gp", "Measure NT-proBNP", CareSetting.PRIMARY);
        as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields().withDescription("Before any echo.")));

        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/draft-history");

        Grid<?> changes = _get(Grid.class);
        assertThat(_size(changes)).isEqualTo(3);
        assertThat(_getFormattedRow(changes, 0)).contains("Jo Williams");
        assertThat(text(_getCellComponent(changes, 0, "what")))
                .startsWith("Step saved: \u201cMeasure NT-proBNP\u201d in Diagnosis");
        assertThat(rows(_getCellComponent(changes, 0, "difference")))
                .containsExactly("FieldBeforeAfter", "Description(not stated)Before any echo.");
        assertThat(text(_getCellComponent(changes, 2, "what"))).startsWith("Stage added: \u201cDiagnosis\u201d");
        assertThat(_getFormattedRow(changes, 2)).contains("Dr Priya Shah");
    }

    @Test
    void the_step_editor_links_to_the_steps_own_history() {
        long workspace = workspace("gp", "Asthma");
        StageDetails stage = stage(workspace, "gp", "Review");
        step(stage.id(), "gp", "Check inhaler technique", CareSetting.COMMUNITY);
        StepDetails other = step(stage.id(), "gp", "Annual review", CareSetting.PRIMARY);
        as("gp", () -> drafts.saveStep(other.id(), other.version(), other.fields().withTitle("Annual asthma review")));

        signInAs("gp");
        navigateTo("workspaces/" + workspace);
        _click(_get(Button.class, spec -> spec.withText("Check inhaler technique").withClasses("step-link")));
        _setValue(_get(_get(StepForm.class), TextField.class, spec -> spec.withLabel("Expected timescale")),
                "At every review");
        _click(button("Save step"));
        Anchor history = _get(Anchor.class, spec -> spec.withText("History of this step"));
        navigateTo(history.getHref());

        assertThat(currentView()).isEqualTo(DraftItemHistoryView.class);
        assertThat(_get(H2.class, spec -> spec.withText("History of the step \u201cCheck inhaler technique\u201d")))
                .isNotNull();
        Grid<?> changes = _get(Grid.class);
        assertThat(_size(changes)).as("only this step's changes, not the other step's").isEqualTo(2);
        assertThat(rows(_getCellComponent(changes, 0, "difference")))
                .containsExactly("FieldBeforeAfter", "Expected timescale(not stated)At every review");
        assertThat(text(_getCellComponent(changes, 1, "what"))).startsWith("Step added");
    }

    @Test
    void a_deleted_steps_history_stays_readable_and_says_it_is_gone() {
        long workspace = workspace("gp", "Gout");
        StageDetails stage = stage(workspace, "gp", "Flares");
        StepDetails step = step(stage.id(), "gp", "Treat the flare", CareSetting.PRIMARY);
        as("gp", () -> drafts.deleteStep(step.id()));

        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/draft-history/" + step.key());

        assertThat(_find(Paragraph.class,
                spec -> spec.withText("This step is no longer in the draft."))).hasSize(1);
        Grid<?> changes = _get(Grid.class);
        assertThat(_size(changes)).isEqualTo(2);
        assertThat(rows(_getCellComponent(changes, 0, "difference"))).contains("TitleTreat the flare(not stated)");
    }

    @Test
    void a_patient_partner_and_a_non_member_are_sent_back_with_the_reason() {
        long workspace = workspace("gp", "Anaemia in pregnancy");
        addMember(workspace, "gp", "Margaret Hill", Membership.of(WorkspaceRole.PATIENT_PARTNER));

        signInAs("patient");
        navigateTo("workspaces/" + workspace + "/draft-history");
        assertThat(currentView()).isEqualTo(WorkspacesView.class);
        assertThat(notifications()).anyMatch(text -> text.startsWith("Patient partners see the published pathway"));

        signInAs("consultant");
        navigateTo("workspaces/" + workspace + "/draft-history");
        assertThat(currentView()).isEqualTo(WorkspacesView.class);
        assertThat(notifications()).anyMatch(text -> text.startsWith("You do not have access to this workspace"));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static List<String> rows(Component table) {
        return _find(table, NativeTableRow.class).stream().map(row -> row.getElement().getTextRecursively()).toList();
    }
}
