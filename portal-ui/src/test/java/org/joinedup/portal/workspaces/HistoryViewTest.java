package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.portal.published.FhirDownload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** Publishes versions, so it gets a database of its own. */
@DirtiesContext
class HistoryViewTest extends WorkspaceTestSupport {

    @Autowired
    Clock clock;

    @Test
    void versions_are_listed_newest_first_with_who_agreed_and_two_can_be_compared_field_by_field() {
        long workspace = workspace("gp", "Atrial fibrillation");
        addMember(workspace, "gp", "Dr Ben Carter", Membership.representing(CareSetting.PRIMARY));
        StageDetails stage = stage(workspace, "gp", "Anticoagulation");
        StepDetails step = step(stage.id(), "gp", "Start a DOAC", CareSetting.PRIMARY);
        publish(workspace, "First version");
        as("gp", () -> drafts.saveStep(step.id(), step.version(), step.fields().withTitle("Start a DOAC after a bleeding risk check")));
        publish(workspace, "Bleeding risk first");

        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/history");
        HistoryView view = _get(HistoryView.class);

        assertThat(_size(view.versions)).isEqualTo(2);
        assertThat(_getFormattedRow(view.versions, 0).getFirst()).isEqualTo("2");
        assertThat(_getFormattedRow(view.versions, 0)).anySatisfy(cell -> assertThat(cell)
                .startsWith("Primary care: Dr Ben Carter, "));
        assertThat(_find(_getCellComponent(view.versions, 0, "open"), FhirDownload.class)).singleElement()
                .satisfies(download -> assertThat(download.getText()).contains("FHIR"));

        _setValue(labelled(Select.class, "From"), 1);
        _setValue(labelled(Select.class, "To"), 2);
        _click(button("Compare"));

        assertThat(_get(view.changes, H4.class).getText())
                .isEqualTo("Step changed: \u201cStart a DOAC after a bleeding risk check\u201d");
        List<String> titleRow = _find(view.changes, NativeTableRow.class).stream()
                .map(row -> row.getElement().getTextRecursively())
                .filter(text -> text.startsWith("Title")).toList();
        assertThat(titleRow).containsExactly("TitleStart a DOACStart a DOAC after a bleeding risk check");
    }

    @Test
    void a_convenor_restores_version_1_into_the_draft_and_a_member_who_does_not_convene_cannot() {
        long workspace = workspace("gp", "Gout");
        addMember(workspace, "gp", "Dr Ben Carter", Membership.representing(CareSetting.PRIMARY));
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Flares");
        StepDetails step = step(stage.id(), "gp", "Treat the flare with colchicine", CareSetting.PRIMARY);
        publish(workspace, "First version");
        StepDetails changed = as("gp", () -> drafts.saveStep(step.id(), step.version(),
                step.fields().withTitle("Treat the flare with naproxen")));
        publish(workspace, "Naproxen first");
        as("gp", () -> drafts.saveStep(step.id(), changed.version(), changed.fields().withTitle("Unagreed draft wording")));

        signInAs("nurse");
        navigateTo("workspaces/" + workspace + "/history");
        HistoryView memberView = _get(HistoryView.class);
        assertThat(_size(memberView.versions)).isEqualTo(2);
        assertThat(_find(_getCellComponent(memberView.versions, 1, "open"), Button.class)).isEmpty();

        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/history");
        HistoryView view = _get(HistoryView.class);
        assertThat(_getFormattedRow(view.versions, 1).getFirst()).isEqualTo("1");
        _click(_get(_getCellComponent(view.versions, 1, "open"), Button.class,
                spec -> spec.withText("Restore into the draft")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Restore version 1 into the draft?");
        assertThat(as("gp", () -> drafts.step(step.id()).fields().title())).isEqualTo("Unagreed draft wording");
        _fireConfirm(confirm);

        assertThat(notifications()).contains("Version 1 is now the draft");
        WorkspaceView editor = _get(WorkspaceView.class);
        assertThat(_find(editor.stagesPanel, Button.class, spec -> spec.withClasses("step-link")).stream()
                .map(Button::getText)).containsExactly("Treat the flare with colchicine");
        assertThat(as("gp", () -> drafts.open(workspace).stages().getFirst().steps().getFirst().fields().title()))
                .isEqualTo("Treat the flare with colchicine");
    }

    @Test
    void the_draft_a_restore_replaced_is_listed_and_a_convenor_brings_it_back_with_its_comments() {
        long workspace = workspace("gp", "Asthma");
        addMember(workspace, "gp", "Dr Ben Carter", Membership.representing(CareSetting.PRIMARY));
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Review");
        step(stage.id(), "gp", "Annual asthma review", CareSetting.PRIMARY);
        publish(workspace, "First version");
        StepDetails unpublished = step(stage.id(), "nurse", "Inhaler technique check", CareSetting.PRIMARY);
        as("lmc", () -> comments.addComment(unpublished.id(), "Pharmacists could do this in the PCN."));
        as("gp", () -> history.restore(workspace, 1));

        signInAs("nurse");
        navigateTo("workspaces/" + workspace + "/history");
        HistoryView memberView = _get(HistoryView.class);
        assertThat(_size(memberView.replacedDrafts)).isEqualTo(1);
        List<String> row = _getFormattedRow(memberView.replacedDrafts, 0);
        assertThat(row.get(0)).startsWith("Draft replaced by restoring version 1 on ").endsWith(" by Dr Priya Shah");
        assertThat(row.get(1)).isEqualTo("1 stage, 2 steps, 1 comment");
        assertThat(_find(_getCellComponent(memberView.replacedDrafts, 0, "bringBack"), Button.class))
                .as("only convenors bring a draft back").isEmpty();

        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/history");
        HistoryView view = _get(HistoryView.class);
        _click(_get(_getCellComponent(view.replacedDrafts, 0, "bringBack"), Button.class,
                spec -> spec.withText("Bring back")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).startsWith("Bring back the draft replaced on ");
        _fireConfirm(confirm);

        assertThat(notifications()).anySatisfy(text -> assertThat(text).startsWith("The draft replaced on ")
                .endsWith(" is back"));
        WorkspaceView editor = _get(WorkspaceView.class);
        assertThat(_find(editor.stagesPanel, Button.class, spec -> spec.withClasses("step-link")).stream()
                .map(Button::getText)).containsExactly("Annual asthma review", "Inhaler technique check");
        long returned = as("gp", () -> drafts.open(workspace).stages().getFirst().steps().get(1).id());
        assertThat(as("gp", () -> comments.comments(returned))).singleElement().satisfies(comment -> {
            assertThat(comment.author()).isEqualTo("Dr Ben Carter");
            assertThat(comment.body()).isEqualTo("Pharmacists could do this in the PCN.");
        });
        navigateTo("workspaces/" + workspace + "/history");
        assertThat(_getFormattedRow(_get(HistoryView.class).replacedDrafts, 0).getFirst())
                .startsWith("Draft replaced by bringing back the draft replaced on ");
    }

    private void publish(long workspace, String summary) {
        long proposal = as("gp", () -> proposals.open(workspace, summary, LocalDate.now(clock).plusDays(14)).id());
        as("lmc", () -> proposals.agree(proposal, 1, CareSetting.PRIMARY));
        as("gp", () -> proposals.publish(proposal));
    }
}
