package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.workspace.HandoverField;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.StageDetails;
import org.joinedup.pathway.workspace.StepDetails;
import org.joinedup.pathway.workspace.StepField;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** Creates workspaces, so it gets a database of its own; every test works in a workspace of its own. */
@DirtiesContext
class WorkspaceViewTest extends WorkspaceTestSupport {

    @Autowired
    WorkspacePresence presence;

    @Test
    void an_editor_changes_a_step_title_and_the_list_shows_it() {
        long workspace = workspace("gp", "Chronic kidney disease");
        StageDetails referral = stage(workspace, "gp", "Finding people at risk");
        step(referral.id(), "gp", "Check kidney function", CareSetting.PRIMARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);

        _click(stepButton(view, "Check kidney function"));
        _setValue(_get(view.form, TextField.class, spec -> spec.withLabel("Title")), "Check eGFR and urine ACR");
        _click(_get(view, Button.class, spec -> spec.withText("Save step")));

        assertThat(stepTitles(view)).containsExactly("Check eGFR and urine ACR");
        assertThat(notifications()).contains("Step saved");
        assertThat(_find(view, Span.class, spec -> spec.withText("Interim note"))).isEmpty();

        _setValue(_get(view.form, TextArea.class, spec -> spec.withLabel("Interim note")),
                "Until the review: refer anyone with ACR over 70 straight to the e-clinic.");
        _click(_get(view, Button.class, spec -> spec.withText("Save step")));
        assertThat(_find(view, Span.class, spec -> spec.withText("Interim note")))
                .as("the stage list flags a step with an interim note").hasSize(1);
    }

    @Test
    void saving_over_someone_elses_save_offers_each_differing_field_and_saves_the_chosen_mix() {
        long workspace = workspace("gp", "Heart failure");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails step = step(stage.id(), "gp", "Measure NT-proBNP", CareSetting.PRIMARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);
        _click(stepButton(view, "Measure NT-proBNP"));
        _setValue(_get(view.form, TextField.class, spec -> spec.withLabel("Title")), "Measure NT-proBNP in practice");
        _setValue(_get(view.form, TextArea.class, spec -> spec.withLabel("Description")), "GP wording");

        as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields()
                .withDescription("Nurse wording")));
        untilPageShows(view.banner::isVisible);

        assertThat(view.banner.getText()).startsWith("Jo Williams saved this step; your changes are not saved yet");
        assertThat(_get(view.form, TextArea.class, spec -> spec.withLabel("Description")).getValue())
                .isEqualTo("GP wording");

        _click(_get(view, Button.class, spec -> spec.withText("Save step")));

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(dialog.choices.keySet()).containsExactly(StepField.TITLE, StepField.DESCRIPTION);
        assertThat(_find(dialog, Span.class, spec -> spec.withText("GP wording"))).hasSize(1);
        assertThat(_find(dialog, Span.class, spec -> spec.withText("Nurse wording"))).hasSize(1);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ConflictDialog.Choice> description = _get(dialog, RadioButtonGroup.class,
                spec -> spec.withLabel("Description"));
        _setValue(description, ConflictDialog.Choice.THEIRS);
        _click(dialog.save);

        StepDetails saved = as("gp", () -> drafts.step(step.id()));
        assertThat(saved.fields().title()).isEqualTo("Measure NT-proBNP in practice");
        assertThat(saved.fields().description()).isEqualTo("Nurse wording");
        assertThat(stepTitles(view)).containsExactly("Measure NT-proBNP in practice");
        assertThat(view.banner.isVisible()).isFalse();
    }

    @Test
    void every_text_field_of_a_step_sends_what_is_typed_while_it_is_typed() {
        long workspace = workspace("gp", "Asthma");
        StageDetails stage = stage(workspace, "gp", "Review");
        step(stage.id(), "gp", "Inhaler technique", CareSetting.PRIMARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);
        _click(stepButton(view, "Inhaler technique"));

        // Sent only when the field is left, typed text exists only in the browser and a redraw loses it.
        Stream.concat(_find(view.form, TextField.class).stream(), _find(view.form, TextArea.class).stream())
                .forEach(field -> assertThat(field.getValueChangeMode()).as(field.getLabel())
                        .isEqualTo(ValueChangeMode.TIMEOUT));
    }

    @Test
    void a_field_being_changed_keeps_the_text_when_someone_else_saves_and_the_untouched_fields_take_theirs() {
        long workspace = workspace("gp", "Gout");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Flare");
        StepDetails step = step(stage.id(), "gp", "Treat the flare", CareSetting.PRIMARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);
        _click(stepButton(view, "Treat the flare"));
        TextField title = _get(view.form, TextField.class, spec -> spec.withLabel("Title"));
        TextArea description = _get(view.form, TextArea.class, spec -> spec.withLabel("Description"));
        _setValue(title, "Treat the flare within 24 hours");

        as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields().withTitle("Treat the gout flare")
                .withDescription("Colchicine or an NSAID, with a PPI")));
        untilPageShows(view.banner::isVisible);

        assertThat(title.getValue()).as("the field being changed").isEqualTo("Treat the flare within 24 hours");
        assertThat(description.getValue()).as("a field left alone").isEqualTo("Colchicine or an NSAID, with a PPI");
        assertThat(view.banner.getText()).startsWith("Jo Williams saved this step; your changes are not saved yet")
                .contains("compare your changes with theirs field by field");

        _click(view.save);

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(dialog.choices.keySet()).as("only the field changed on both sides is asked about")
                .containsExactly(StepField.TITLE);
        assertThat(_find(dialog, Span.class, spec -> spec.withText("Treat the flare within 24 hours"))).hasSize(1);
        assertThat(_find(dialog, Span.class, spec -> spec.withText("Treat the gout flare"))).hasSize(1);
        assertThat(as("gp", () -> drafts.step(step.id())).fields().title()).as("nothing saved before the choice")
                .isEqualTo("Treat the gout flare");

        _click(dialog.save);

        StepDetails saved = as("gp", () -> drafts.step(step.id()));
        assertThat(saved.fields().title()).isEqualTo("Treat the flare within 24 hours");
        assertThat(saved.fields().description()).isEqualTo("Colchicine or an NSAID, with a PPI");
    }

    @Test
    void a_form_left_untouched_takes_someone_elses_save_quietly_and_saves_on_top_of_it() {
        long workspace = workspace("gp", "Coeliac disease");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails step = step(stage.id(), "gp", "Blood test", CareSetting.PRIMARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);
        _click(stepButton(view, "Blood test"));
        TextField title = _get(view.form, TextField.class, spec -> spec.withLabel("Title"));

        as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields().withTitle("tTG antibody test")));
        untilPageShows(() -> title.getValue().equals("tTG antibody test"));

        assertThat(view.banner.isVisible()).isFalse();
        _setValue(_get(view.form, TextArea.class, spec -> spec.withLabel("Description")), "While eating gluten");
        _click(view.save);

        assertThat(_find(ConflictDialog.class)).isEmpty();
        assertThat(notifications()).contains("Step saved");
        StepDetails saved = as("gp", () -> drafts.step(step.id()));
        assertThat(saved.fields().title()).isEqualTo("tTG antibody test");
        assertThat(saved.fields().description()).isEqualTo("While eating gluten");
    }

    @Test
    void a_change_saved_by_someone_else_reaches_the_open_page_with_who_is_here_and_editing() {
        long workspace = workspace("gp", "Type 2 diabetes");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Living with diabetes");
        StepDetails review = step(stage.id(), "gp", "Annual review", CareSetting.PRIMARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);

        step(stage.id(), "nurse", "Foot check at home", CareSetting.COMMUNITY);
        long nurseId = as("nurse", () -> workspaces.members(workspace).stream()
                .filter(member -> member.displayName().equals("Jo Williams")).findFirst().orElseThrow().personId());
        presence.enter(workspace, "nurse-tab", nurseId, "Jo Williams");
        presence.editing(workspace, "nurse-tab", review.id());
        untilPageShows(() -> stepTitles(view).size() == 2 && !editingMarkers(view).isEmpty());

        assertThat(stepTitles(view)).containsExactly("Annual review", "Foot check at home");
        assertThat(notifications()).contains("Jo Williams added the step \u201cFoot check at home\u201d");
        assertThat(view.alsoHere.getText()).isEqualTo("Also here: Jo Williams");
        assertThat(editingMarkers(view)).containsExactly("Jo Williams is editing");

        presence.leave(workspace, "nurse-tab");
        untilPageShows(() -> !view.alsoHere.isVisible());

        assertThat(editingMarkers(view)).isEmpty();
    }

    @Test
    void deleting_the_step_someone_is_editing_keeps_their_text_and_lets_them_add_it_again() {
        long workspace = workspace("gp", "Frailty");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "At home");
        StepDetails step = step(stage.id(), "gp", "Falls assessment", CareSetting.COMMUNITY);
        signInAs("gp");
        WorkspaceView view = open(workspace);
        _click(stepButton(view, "Falls assessment"));
        TextArea description = _get(view.form, TextArea.class, spec -> spec.withLabel("Description"));
        _setValue(description, "Use the timed up-and-go test");

        as("nurse", () -> drafts.deleteStep(step.id()));
        untilPageShows(() -> view.banner.getText().startsWith("Jo Williams deleted"));

        assertThat(view.banner.getText()).startsWith("Jo Williams deleted this step while you had it open. "
                + "What you typed is still in the form");
        assertThat(description.getValue()).isEqualTo("Use the timed up-and-go test");
        assertThat(stepTitles(view)).isEmpty();
        assertThat(view.save.isVisible()).isFalse();

        _setValue(view.addAgainStage, view.addAgainStage.getListDataView().getItems().findFirst().orElseThrow());
        _click(view.addAgain);

        assertThat(stepTitles(view)).containsExactly("Falls assessment");
        assertThat(description.getValue()).isEqualTo("Use the timed up-and-go test");
        assertThat(view.save.isVisible()).isTrue();
    }

    @Test
    void someone_who_is_not_a_member_is_sent_back_with_the_reason() {
        long workspace = workspace("gp", "Anaemia in pregnancy");
        signInAs("consultant");

        navigateTo("workspaces/" + workspace);

        assertThat(currentView()).isEqualTo(WorkspacesView.class);
        assertThat(notifications()).anyMatch(text -> text.startsWith("You do not have access to this workspace"));
    }

    @Test
    void a_member_removed_while_the_page_is_open_is_taken_out_with_the_reason() {
        long workspace = workspace("gp", "Asthma");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        signInAs("nurse");
        open(workspace);

        as("gp", () -> workspaces.members(workspace).stream().filter(m -> m.displayName().equals("Jo Williams"))
                .findFirst().ifPresent(member -> workspaces.removeMember(workspace, member.personId())));
        untilPageShows(() -> currentView() == WorkspacesView.class);

        assertThat(currentView()).isEqualTo(WorkspacesView.class);
        assertThat(notifications()).anyMatch(text -> text.startsWith("You do not have access to this workspace"));
    }

    @Test
    void a_patient_partner_is_pointed_to_the_patient_view() {
        long workspace = workspace("gp", "Kidney transplant");
        addMember(workspace, "gp", "Margaret Hill", Membership.of(WorkspaceRole.PATIENT_PARTNER));
        signInAs("patient");

        WorkspaceView view = open(workspace);

        assertThat(view.editorArea.isVisible()).isFalse();
        assertThat(_get(view.patientNotice, Paragraph.class, spec -> spec.withText("Nothing has been published yet.")))
                .isNotNull();
    }

    @Test
    void an_observer_reads_the_step_but_cannot_change_it_and_may_comment() {
        long workspace = workspace("gp", "COPD");
        addMember(workspace, "gp", "Dr Tomi Okafor", Membership.of(WorkspaceRole.OBSERVER));
        StageDetails stage = stage(workspace, "gp", "Exacerbations");
        step(stage.id(), "gp", "Rescue pack", CareSetting.PRIMARY);
        signInAs("consultant");
        WorkspaceView view = open(workspace);

        _click(stepButton(view, "Rescue pack"));
        _setValue(view.comments.body, "@Dr Priya Shah please add the steroid dose");
        _click(view.comments.add);

        assertThat(_get(view.form, TextField.class, spec -> spec.withLabel("Title")).isReadOnly()).isTrue();
        assertThat(view.save.isVisible()).isFalse();
        assertThat(_find(view.comments.list, Span.class, spec -> spec.withText(
                "@Dr Priya Shah please add the steroid dose"))).hasSize(1);
    }

    @Test
    void a_hand_over_is_added_from_the_open_step_listed_on_both_steps_edited_and_deleted() {
        long workspace = workspace("gp", "Chronic kidney disease");
        StageDetails stage = stage(workspace, "gp", "Referral");
        step(stage.id(), "gp", "Refer to the renal clinic", CareSetting.PRIMARY);
        step(stage.id(), "gp", "Renal clinic appointment", CareSetting.SECONDARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);
        _click(stepButton(view, "Refer to the renal clinic"));

        _click(view.addHandover);
        HandoverDialog dialog = _get(HandoverDialog.class);
        assertThat(dialog.input(HandoverField.PENDING_RESULTS).getValue()).isEqualTo("The clinician who requested the test");
        assertThat(dialog.toStep.getListDataView().getItems().map(s -> s.fields().title()))
                .containsExactly("Renal clinic appointment");
        _setValue(dialog.toStep, dialog.toStep.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(dialog.input(HandoverField.INFORMATION), "eGFR trend over the last year");
        _setValue(dialog.input(HandoverField.RESPONSE_TIME), "within 2 weeks");
        _click(dialog.save);

        assertThat(dialog.input(HandoverField.TRIGGER).isInvalid()).isTrue();
        assertThat(dialog.input(HandoverField.TRIGGER).getErrorMessage()).isEqualTo("Say what triggers the hand-over");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.input(HandoverField.INFORMATION).getValue()).isEqualTo("eGFR trend over the last year");
        assertThat(dialog.toStep.getValue().fields().title()).isEqualTo("Renal clinic appointment");
        assertThat(as("gp", () -> drafts.open(workspace).handovers())).isEmpty();

        _setValue(dialog.input(HandoverField.TRIGGER), "eGFR below 30");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(handoverTexts(view)).containsExactly("To \u201cRenal clinic appointment\u201d (Secondary care)",
                "Trigger: eGFR below 30", "Information that travels: eGFR trend over the last year",
                "Who acts on pending results: The clinician who requested the test",
                "Expected response time: within 2 weeks");

        _click(stepButton(view, "Renal clinic appointment"));
        assertThat(handoverTexts(view)).startsWith("From \u201cRefer to the renal clinic\u201d (Primary care)",
                "Trigger: eGFR below 30");

        _click(_get(view.handovers, Button.class, spec -> spec.withText("Edit")));
        HandoverDialog editing = _get(HandoverDialog.class);
        assertThat(editing.toStep.isVisible()).isFalse();
        assertThat(editing.input(HandoverField.TRIGGER).getValue()).isEqualTo("eGFR below 30");
        _setValue(editing.input(HandoverField.RESPONSE_TIME), "within 4 weeks");
        _setValue(editing.input(HandoverField.PENDING_RESULTS), "The renal team once the patient is seen");
        _click(editing.save);

        assertThat(handoverTexts(view)).contains("Expected response time: within 4 weeks",
                "Who acts on pending results: The renal team once the patient is seen");

        _click(_get(view.handovers, Button.class, spec -> spec.withText("Delete")));

        assertThat(handoverTexts(view)).containsExactly("No hand-over to or from this step yet.");
        assertThat(as("gp", () -> drafts.open(workspace).handovers())).isEmpty();
        _click(stepButton(view, "Refer to the renal clinic"));
        assertThat(handoverTexts(view)).containsExactly("No hand-over to or from this step yet.");
    }

    @Test
    void stages_and_steps_are_added_renamed_and_moved_and_a_stage_with_steps_is_not_deleted() {
        long workspace = workspace("gp", "Osteoporosis");
        StageDetails diagnosis = stage(workspace, "gp", "Diagnosis");
        stage(workspace, "gp", "Treatment");
        step(diagnosis.id(), "gp", "Fracture risk score", CareSetting.PRIMARY);
        step(diagnosis.id(), "gp", "DEXA scan", CareSetting.SECONDARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);

        _click(view.addStage);
        TitleDialog adding = _get(TitleDialog.class);
        _setValue(adding.title, "Follow-up");
        _click(adding.save);
        assertThat(stages(view)).containsExactly("Diagnosis: Fracture risk score, DEXA scan", "Treatment:",
                "Follow-up:");

        _click(labelled(view, "Rename stage \u201cFollow-up\u201d"));
        TitleDialog renaming = _get(TitleDialog.class);
        assertThat(renaming.title.getValue()).isEqualTo("Follow-up");
        _setValue(renaming.title, "Long-term follow-up");
        _click(renaming.save);
        assertThat(stages(view)).containsExactly("Diagnosis: Fracture risk score, DEXA scan", "Treatment:",
                "Long-term follow-up:");

        _click(labelled(view, "Move stage \u201cLong-term follow-up\u201d up"));
        assertThat(stages(view)).containsExactly("Diagnosis: Fracture risk score, DEXA scan", "Long-term follow-up:",
                "Treatment:");
        _click(labelled(view, "Move stage \u201cDiagnosis\u201d down"));
        assertThat(stages(view)).containsExactly("Long-term follow-up:", "Diagnosis: Fracture risk score, DEXA scan",
                "Treatment:");
        assertThat(labelled(view, "Move stage \u201cLong-term follow-up\u201d up").isEnabled()).isFalse();

        assertThat(_find(view.stagesPanel, Button.class, spec -> spec.withAttribute("aria-label",
                "Move step \u201cFracture risk score\u201d down")))
                .as("only the open step carries move buttons").isEmpty();
        _click(stepButton(view, "Fracture risk score"));
        _click(labelled(view, "Move step \u201cFracture risk score\u201d down"));
        assertThat(stages(view)).contains("Diagnosis: DEXA scan, Fracture risk score");
        _click(labelled(view, "Move step \u201cFracture risk score\u201d up"));
        assertThat(stages(view)).contains("Diagnosis: Fracture risk score, DEXA scan");

        _click(stepButton(view, "DEXA scan"));
        _setValue(view.moveTarget, view.moveTarget.getListDataView().getItems()
                .filter(stage -> stage.title().equals("Treatment")).findFirst().orElseThrow());
        _click(view.moveToStage);
        assertThat(stages(view)).containsExactly("Long-term follow-up:", "Diagnosis: Fracture risk score",
                "Treatment: DEXA scan");

        _click(labelled(view, "Delete stage \u201cDiagnosis\u201d"));
        assertThat(notifications()).contains("\u201cDiagnosis\u201d still has 1 step. Move or delete them first.");
        assertThat(stages(view)).containsExactly("Long-term follow-up:", "Diagnosis: Fracture risk score",
                "Treatment: DEXA scan");
        assertThat(as("gp", () -> drafts.open(workspace).stages()).stream().map(StageDetails::title))
                .containsExactly("Long-term follow-up", "Diagnosis", "Treatment");

        _click(labelled(view, "Delete stage \u201cLong-term follow-up\u201d"));
        assertThat(stages(view)).containsExactly("Diagnosis: Fracture risk score", "Treatment: DEXA scan");
    }

    @Test
    void a_second_save_by_someone_else_while_choosing_brings_the_choice_back_with_their_newest_version() {
        long workspace = workspace("gp", "Hypertension");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails step = step(stage.id(), "gp", "Home blood pressure", CareSetting.PRIMARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);
        _click(stepButton(view, "Home blood pressure"));
        _setValue(_get(view.form, TextField.class, spec -> spec.withLabel("Title")), "Home or ambulatory blood pressure");
        _setValue(_get(view.form, TextArea.class, spec -> spec.withLabel("Description")), "GP wording");

        StepDetails nurseFirst = as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields()
                .withDescription("Nurse wording")));
        untilPageShows(view.banner::isVisible);
        _click(view.save);
        ConflictDialog first = _get(ConflictDialog.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ConflictDialog.Choice> description = _get(first, RadioButtonGroup.class,
                spec -> spec.withLabel("Description"));
        _setValue(description, ConflictDialog.Choice.THEIRS);

        as("nurse", () -> drafts.saveStep(step.id(), nurseFirst.version(), nurseFirst.fields()
                .withCareSetting(CareSetting.COMMUNITY)));
        untilPageShows(() -> notifications().stream().filter(text -> text.startsWith("Jo Williams saved")).count() == 2);
        _click(first.save);

        ConflictDialog second = _get(ConflictDialog.class);
        assertThat(second).isNotSameAs(first);
        assertThat(second.choices.keySet()).containsExactly(StepField.TITLE, StepField.CARE_SETTING);
        assertThat(_find(second, Span.class, spec -> spec.withText("Community care"))).hasSize(1);
        assertThat(_get(view.form, TextField.class, spec -> spec.withLabel("Title")).getValue())
                .isEqualTo("Home or ambulatory blood pressure");
        assertThat(_get(view.form, TextArea.class, spec -> spec.withLabel("Description")).getValue())
                .isEqualTo("Nurse wording");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ConflictDialog.Choice> setting = _get(second, RadioButtonGroup.class,
                spec -> spec.withLabel("Care setting"));
        _setValue(setting, ConflictDialog.Choice.THEIRS);
        _click(second.save);

        StepDetails saved = as("gp", () -> drafts.step(step.id()));
        assertThat(saved.fields().title()).isEqualTo("Home or ambulatory blood pressure");
        assertThat(saved.fields().description()).isEqualTo("Nurse wording");
        assertThat(saved.fields().careSetting()).isEqualTo(CareSetting.COMMUNITY);
        assertThat(_find(ConflictDialog.class)).isEmpty();
        assertThat(notifications()).contains("Step saved");
    }

    private WorkspaceView open(long workspaceId) {
        navigateTo("workspaces/" + workspaceId);
        return _get(WorkspaceView.class);
    }

    private static Button stepButton(WorkspaceView view, String title) {
        return _get(view.stagesPanel, Button.class, spec -> spec.withText(title));
    }

    private static Button labelled(WorkspaceView view, String ariaLabel) {
        return _get(view.stagesPanel, Button.class, spec -> spec.withAttribute("aria-label", ariaLabel));
    }

    /** Each stage as "Title: step, step", in the order the page lists them. */
    private static List<String> stages(WorkspaceView view) {
        return _find(view.stagesPanel, Div.class, spec -> spec.withClasses("stage")).stream()
                .map(stage -> _get(stage, H3.class).getText() + ":" + _find(stage, Button.class,
                        spec -> spec.withClasses("step-link")).stream().map(Button::getText)
                        .reduce("", (list, title) -> list + (list.isEmpty() ? " " : ", ") + title))
                .toList();
    }

    /** The hand-overs of the open step as read top to bottom: each heading, then its lines. */
    private static List<String> handoverTexts(WorkspaceView view) {
        return headingsAndLines(view.handovers).toList();
    }

    private static Stream<String> headingsAndLines(Component component) {
        if (component instanceof H3 || component instanceof Paragraph) {
            return Stream.of(component.getElement().getTextRecursively());
        }
        return component.getChildren().flatMap(WorkspaceViewTest::headingsAndLines);
    }

    private static List<String> editingMarkers(WorkspaceView view) {
        return _find(view.stagesPanel, Span.class, spec -> spec.withClasses("editing-marker")).stream()
                .map(Span::getText).toList();
    }

    private static List<String> stepTitles(WorkspaceView view) {
        return _find(view.stagesPanel, Button.class, spec -> spec.withClasses("step-link")).stream()
                .map(Button::getText).toList();
    }
}
