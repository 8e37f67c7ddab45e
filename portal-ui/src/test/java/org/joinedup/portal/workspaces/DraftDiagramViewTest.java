package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.BranchFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepChoice;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.portal.diagram.DiagramPanel;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Creates workspaces, so it gets a database of its own: decisions edited in the step editor and the draft's diagram. */
@DirtiesContext
class DraftDiagramViewTest extends WorkspaceTestSupport {

    record Kidney(long workspace, StepDetails question, StepDetails recheck, StepDetails clinic) {
    }

    Kidney kidney() {
        long workspace = workspace("gp", "Chronic kidney disease");
        StageDetails recognition = stage(workspace, "gp", "Recognition");
        StepDetails question = step(recognition.id(), "gp", "eGFR below 30?", CareSetting.PRIMARY);
        StepDetails recheck = step(recognition.id(), "gp", "Recheck in 3 months", CareSetting.PRIMARY);
        StageDetails assessment = stage(workspace, "gp", "Assessment");
        StepDetails clinic = step(assessment.id(), "gp", "Renal clinic review", CareSetting.SECONDARY);
        return new Kidney(workspace, question, recheck, clinic);
    }

    @Test
    void an_editor_makes_a_step_a_decision_with_two_labelled_branches_in_the_step_editor() {
        Kidney kidney = kidney();
        signInAs("gp");
        openAddress("workspaces/" + kidney.workspace() + "?step=" + kidney.question().id());
        assertThat(_get(StepForm.class).isVisible()).isTrue();
        assertThat(branchSection().getElement().getTextRecursively()).contains(BranchSection.EMPTY);

        _click(button("Edit branches"));
        BranchDialog dialog = _get(BranchDialog.class);
        _click(dialog.add);
        _click(dialog.add);
        List<TextField> answers = _find(dialog, TextField.class, spec -> spec.withLabel("Answer"));
        @SuppressWarnings("unchecked")
        List<Select<StepChoice>> targets = (List<Select<StepChoice>>) (List<?>) _find(dialog, Select.class,
                spec -> spec.withLabel("Leads to"));
        assertThat(targets.getFirst().getListDataView().getItems().map(StepChoice::label))
                .containsExactly("Recheck in 3 months (Primary care)", "Renal clinic review (Secondary care)");
        _setValue(answers.get(0), "Yes");
        _setValue(targets.get(0), choice(targets.get(0), "Renal clinic review"));
        _setValue(answers.get(1), "Yes");
        _setValue(targets.get(1), choice(targets.get(1), "Recheck in 3 months"));
        _click(dialog.save);

        assertThat(answers.get(1).isInvalid()).isFalse();
        assertThat(dialog.refusal.getText()).contains("Two branches are labelled \u201cYes\u201d");
        _setValue(answers.get(1), "No");
        _click(dialog.save);

        assertThat(_find(BranchDialog.class)).isEmpty();
        assertThat(notifications()).contains("Branches saved");
        assertThat(_find(branchSection(), ListItem.class)).extracting(ListItem::getText).containsExactly(
                "If \u201cYes\u201d: go to \u201cRenal clinic review\u201d (Secondary care)",
                "If \u201cNo\u201d: go to \u201cRecheck in 3 months\u201d (Primary care)");
    }

    @Test
    void the_diagram_draws_every_step_as_a_named_link_and_its_text_version_says_where_each_branch_leads() {
        Kidney kidney = kidney();
        as("gp", () -> drafts.setBranches(kidney.question().id(), List.of(
                new BranchFields("Yes", kidney.clinic().key()), new BranchFields("No", kidney.recheck().key()))));
        addMember(kidney.workspace(), "gp", "Jo Williams", Membership.of(WorkspaceRole.OBSERVER));
        signInAs("nurse");

        navigateTo("workspaces/" + kidney.workspace() + "/diagram");

        assertThat(currentView()).isEqualTo(DraftDiagramView.class);
        String svg = _get(Div.class, spec -> spec.withClasses("diagram-drawing")).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("aria-label=\"Decision 1.1, Primary care: eGFR below 30?\"",
                "href=\"workspaces/" + kidney.workspace() + "?step=" + kidney.clinic().id() + "\"",
                ">Primary care</text>", ">Secondary care</text>");
        Anchor decision = _get(Anchor.class, spec -> spec.withText("Decision 1.1, Primary care: eGFR below 30?"));
        assertThat(decision.getHref()).isEqualTo("workspaces/" + kidney.workspace() + "?step=" + kidney.question().id());
        assertThat(_find(textVersion(), ListItem.class)).extracting(ListItem::getText)
                .contains("If \u201cYes\u201d: go to 2.1 Renal clinic review (Secondary care)",
                        "If \u201cNo\u201d: go to 1.2 Recheck in 3 months (Primary care)");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("diagram-broken-notice"))).isEmpty();
    }

    @Test
    void the_diagram_is_drawn_again_when_someone_changes_the_draft() {
        Kidney kidney = kidney();
        signInAs("gp");
        navigateTo("workspaces/" + kidney.workspace() + "/diagram");

        as("gp", () -> drafts.addStep(kidney.clinic().stageId(), StepFields.titled("Plan for dialysis", CareSetting.SECONDARY)));

        untilPageShows(() -> !_find(Anchor.class, spec -> spec.withText("Step 2.2, Secondary care: Plan for dialysis"))
                .isEmpty());
        assertThat(_get(Div.class, spec -> spec.withClasses("diagram-drawing")).getElement().getProperty("innerHTML"))
                .contains("aria-label=\"Step 2.2, Secondary care: Plan for dialysis\"");
    }

    @Test
    void a_step_link_opens_that_step_in_the_draft_editor() {
        Kidney kidney = kidney();
        signInAs("gp");
        navigateTo("workspaces/" + kidney.workspace() + "/diagram");

        openAddress(_get(Anchor.class, spec -> spec.withText("Step 2.1, Secondary care: Renal clinic review")).getHref());

        assertThat(currentView()).isEqualTo(WorkspaceView.class);
        assertThat(_get(_get(StepForm.class), TextField.class, spec -> spec.withLabel("Title")).getValue())
                .isEqualTo("Renal clinic review");
    }

    @Test
    void deleting_the_step_a_branch_leads_to_shows_the_branch_as_broken_in_the_diagram_and_the_editor() {
        Kidney kidney = kidney();
        as("gp", () -> drafts.setBranches(kidney.question().id(), List.of(new BranchFields("Yes", kidney.clinic().key()))));
        as("gp", () -> drafts.deleteStep(kidney.clinic().id()));
        signInAs("gp");

        navigateTo("workspaces/" + kidney.workspace() + "/diagram");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("diagram-broken-notice")).getText())
                .startsWith("A decision has a branch to a step that has been deleted.");
        assertThat(_find(textVersion(), ListItem.class)).extracting(ListItem::getText)
                .contains("If \u201cYes\u201d: broken, the step it led to has been deleted");
        assertThat(_get(Div.class, spec -> spec.withClasses("diagram-drawing")).getElement().getProperty("innerHTML"))
                .contains("diagram-edge-broken", "Broken: Yes");

        openAddress("workspaces/" + kidney.workspace() + "?step=" + kidney.question().id());
        assertThat(_get(branchSection(), ListItem.class).getText()).startsWith(
                "If \u201cYes\u201d: broken, the step it led to has been deleted.");
    }

    @Test
    void someone_who_may_not_read_the_draft_is_sent_back_to_their_workspaces() {
        Kidney kidney = kidney();
        signInAs("consultant");

        navigateTo("workspaces/" + kidney.workspace() + "/diagram");

        assertThat(currentView()).isEqualTo(WorkspacesView.class);
        assertThat(_find(DiagramPanel.class)).isEmpty();
    }

    private static StepChoice choice(Select<StepChoice> select, String title) {
        return select.getListDataView().getItems().filter(choice -> choice.title().equals(title)).findFirst().orElseThrow();
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static BranchSection branchSection() {
        return _get(BranchSection.class);
    }

    private static Div textVersion() {
        return _get(Div.class, spec -> spec.withClasses("diagram-text"));
    }
}
