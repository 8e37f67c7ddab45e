package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.communication.UidlWriter;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverField;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Creates workspaces, so it gets a database of its own; every test works in a workspace of its own.
 * Time stands still until a test moves it (presence expires by the clock).
 */
@DirtiesContext
@Import(MovableClock.Configuration.class)
class WorkspaceViewTest extends WorkspaceTestSupport {

    @Autowired
    WorkspacePresence presence;
    @Autowired
    MovableClock clock;

    @Test
    void an_editor_changes_a_step_title_and_the_list_shows_it() {
        long workspace = workspace("gp", "Chronic kidney disease");
        StageDetails referral = stage(workspace, "gp", "Finding people at risk");
        step(referral.id(), "gp", "Check kidney function", CareSetting.PRIMARY);
        signInAs("gp");
        open(workspace);

        _click(stepButton("Check kidney function"));
        _setValue(field("Title"), "Check eGFR and urine ACR");
        _click(button("Save step"));

        assertThat(stepTitles()).containsExactly("Check eGFR and urine ACR");
        assertThat(notifications()).contains("Step saved");
        assertThat(_find(Span.class, spec -> spec.withText("Interim note"))).isEmpty();

        _setValue(area("Interim note"),
                "Until the review: refer anyone with ACR over 70 straight to the e-clinic.");
        _click(button("Save step"));
        assertThat(_find(Span.class, spec -> spec.withText("Interim note")))
                .as("the stage list flags a step with an interim note").hasSize(1);
    }

    @Test
    void saving_over_someone_elses_save_offers_each_differing_field_and_saves_the_chosen_mix() {
        long workspace = workspace("gp", "Heart failure");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails step = step(stage.id(), "gp", "Measure NT-proBNP", CareSetting.PRIMARY);
        signInAs("gp");
        open(workspace);
        _click(stepButton("Measure NT-proBNP"));
        _setValue(field("Title"), "Measure NT-proBNP in practice");
        _setValue(area("Description"), "GP wording");

        as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields()
                .withDescription("Nurse wording")));
        untilPageShows(WorkspaceViewTest::bannerShown);

        assertThat(banner().getText()).startsWith("Jo Williams saved this step; your changes are not saved yet");
        assertThat(area("Description").getValue())
                .isEqualTo("GP wording");

        _click(button("Save step"));

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
        assertThat(stepTitles()).containsExactly("Measure NT-proBNP in practice");
        assertThat(bannerShown()).isFalse();
    }

    @Test
    void every_text_field_of_a_step_sends_what_is_typed_while_it_is_typed() {
        long workspace = workspace("gp", "Asthma");
        StageDetails stage = stage(workspace, "gp", "Review");
        step(stage.id(), "gp", "Inhaler technique", CareSetting.PRIMARY);
        signInAs("gp");
        open(workspace);
        _click(stepButton("Inhaler technique"));

        // Sent only when the field is left, typed text exists only in the browser and a redraw loses it.
        Stream.concat(_find(_get(StepForm.class), TextField.class).stream(), _find(_get(StepForm.class), TextArea.class).stream())
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
        open(workspace);
        _click(stepButton("Treat the flare"));
        TextField title = field("Title");
        TextArea description = area("Description");
        _setValue(title, "Treat the flare within 24 hours");

        as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields().withTitle("Treat the gout flare")
                .withDescription("Colchicine or an NSAID, with a PPI")));
        untilPageShows(WorkspaceViewTest::bannerShown);

        assertThat(title.getValue()).as("the field being changed").isEqualTo("Treat the flare within 24 hours");
        assertThat(description.getValue()).as("a field left alone").isEqualTo("Colchicine or an NSAID, with a PPI");
        assertThat(banner().getText()).startsWith("Jo Williams saved this step; your changes are not saved yet")
                .contains("compare your changes with theirs field by field");

        _click(button("Save step"));

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
        open(workspace);
        _click(stepButton("Blood test"));
        TextField title = field("Title");

        as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields().withTitle("tTG antibody test")));
        untilPageShows(() -> title.getValue().equals("tTG antibody test"));

        assertThat(bannerShown()).isFalse();
        _setValue(area("Description"), "While eating gluten");
        _click(button("Save step"));

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
        open(workspace);

        step(stage.id(), "nurse", "Foot check at home", CareSetting.COMMUNITY);
        long nurseId = as("nurse", () -> workspaces.members(workspace).stream()
                .filter(member -> member.displayName().equals("Jo Williams")).findFirst().orElseThrow().personId());
        presence.enter(workspace, "nurse-tab", nurseId, "Jo Williams");
        presence.editing(workspace, "nurse-tab", review.id());
        untilPageShows(() -> stepTitles().size() == 2 && !editingMarkers().isEmpty());

        assertThat(stepTitles()).containsExactly("Annual review", "Foot check at home");
        assertThat(notifications()).contains("Jo Williams added the step \u201cFoot check at home\u201d");
        assertThat(alsoHere().getText()).isEqualTo("Also here: Jo Williams");
        assertThat(editingMarkers()).containsExactly("Jo Williams is editing");

        presence.leave(workspace, "nurse-tab");
        untilPageShows(() -> !alsoHereShown());

        assertThat(editingMarkers()).isEmpty();
    }

    @Test
    void deleting_the_step_someone_is_editing_keeps_their_text_and_lets_them_add_it_again() {
        long workspace = workspace("gp", "Frailty");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "At home");
        StepDetails step = step(stage.id(), "gp", "Falls assessment", CareSetting.COMMUNITY);
        signInAs("gp");
        open(workspace);
        _click(stepButton("Falls assessment"));
        TextArea description = area("Description");
        _setValue(description, "Use the timed up-and-go test");

        as("nurse", () -> drafts.deleteStep(step.id()));
        untilPageShows(() -> bannerShown() && banner().getText().startsWith("Jo Williams deleted"));

        assertThat(banner().getText()).startsWith("Jo Williams deleted this step while you had it open. "
                + "What you typed is still in the form");
        assertThat(description.getValue()).isEqualTo("Use the timed up-and-go test");
        assertThat(stepTitles()).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Save step"))).isEmpty();

        Select<StageDetails> stageForNewStep = select("Stage for the new step");
        _setValue(stageForNewStep, stageForNewStep.getListDataView().getItems().findFirst().orElseThrow());
        _click(button("Add as a new step"));

        assertThat(stepTitles()).containsExactly("Falls assessment");
        assertThat(description.getValue()).isEqualTo("Use the timed up-and-go test");
        assertThat(_find(Button.class, spec -> spec.withText("Save step"))).hasSize(1);
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

        open(workspace);

        assertThat(_find(H2.class, spec -> spec.withText("Stages"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("Nothing has been published yet.")))
                .isNotNull();
    }

    @Test
    void an_observer_reads_the_step_but_cannot_change_it_and_may_comment() {
        long workspace = workspace("gp", "COPD");
        addMember(workspace, "gp", "Dr Tomi Okafor", Membership.of(WorkspaceRole.OBSERVER));
        StageDetails stage = stage(workspace, "gp", "Exacerbations");
        step(stage.id(), "gp", "Rescue pack", CareSetting.PRIMARY);
        signInAs("consultant");
        open(workspace);

        _click(stepButton("Rescue pack"));
        _setValue(area("Add a comment"), "@Dr Priya Shah please add the steroid dose");
        _click(button("Comment"));

        assertThat(field("Title").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Save step"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withText(
                "@Dr Priya Shah please add the steroid dose"))).hasSize(1);
    }

    @Test
    void a_hand_over_is_added_from_the_open_step_listed_on_both_steps_edited_and_deleted() {
        long workspace = workspace("gp", "Chronic kidney disease");
        StageDetails stage = stage(workspace, "gp", "Referral");
        step(stage.id(), "gp", "Refer to the renal clinic", CareSetting.PRIMARY);
        step(stage.id(), "gp", "Renal clinic appointment", CareSetting.SECONDARY);
        signInAs("gp");
        open(workspace);
        _click(stepButton("Refer to the renal clinic"));

        _click(button("Add a hand-over"));
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
        assertThat(handoverTexts()).containsExactly("To \u201cRenal clinic appointment\u201d (Secondary care)",
                "Trigger: eGFR below 30", "Information that travels: eGFR trend over the last year",
                "Who acts on pending results: The clinician who requested the test",
                "Expected response time: within 2 weeks");

        _click(stepButton("Renal clinic appointment"));
        assertThat(handoverTexts()).startsWith("From \u201cRefer to the renal clinic\u201d (Primary care)",
                "Trigger: eGFR below 30");

        _click(_get(handovers(), Button.class, spec -> spec.withText("Edit")));
        HandoverDialog editing = _get(HandoverDialog.class);
        assertThat(editing.toStep.isVisible()).isFalse();
        assertThat(editing.input(HandoverField.TRIGGER).getValue()).isEqualTo("eGFR below 30");
        _setValue(editing.input(HandoverField.RESPONSE_TIME), "within 4 weeks");
        _setValue(editing.input(HandoverField.PENDING_RESULTS), "The renal team once the patient is seen");
        _click(editing.save);

        assertThat(handoverTexts()).contains("Expected response time: within 4 weeks",
                "Who acts on pending results: The renal team once the patient is seen");

        _click(_get(handovers(), Button.class, spec -> spec.withText("Delete")));

        assertThat(handoverTexts()).containsExactly("No hand-over to or from this step yet.");
        assertThat(as("gp", () -> drafts.open(workspace).handovers())).isEmpty();
        _click(stepButton("Refer to the renal clinic"));
        assertThat(handoverTexts()).containsExactly("No hand-over to or from this step yet.");
    }

    @Test
    void stages_and_steps_are_added_renamed_and_moved_and_a_stage_with_steps_is_not_deleted() {
        long workspace = workspace("gp", "Osteoporosis");
        StageDetails diagnosis = stage(workspace, "gp", "Diagnosis");
        stage(workspace, "gp", "Treatment");
        step(diagnosis.id(), "gp", "Fracture risk score", CareSetting.PRIMARY);
        step(diagnosis.id(), "gp", "DEXA scan", CareSetting.SECONDARY);
        signInAs("gp");
        open(workspace);

        _click(button("Add a stage"));
        TitleDialog adding = _get(TitleDialog.class);
        _setValue(adding.title, "Follow-up");
        _click(adding.save);
        assertThat(stages()).containsExactly("Diagnosis: Fracture risk score, DEXA scan", "Treatment:",
                "Follow-up:");

        _click(labelled("Rename stage \u201cFollow-up\u201d"));
        TitleDialog renaming = _get(TitleDialog.class);
        assertThat(renaming.title.getValue()).isEqualTo("Follow-up");
        _setValue(renaming.title, "Long-term follow-up");
        _click(renaming.save);
        assertThat(stages()).containsExactly("Diagnosis: Fracture risk score, DEXA scan", "Treatment:",
                "Long-term follow-up:");

        _click(labelled("Move stage \u201cLong-term follow-up\u201d up"));
        assertThat(stages()).containsExactly("Diagnosis: Fracture risk score, DEXA scan", "Long-term follow-up:",
                "Treatment:");
        _click(labelled("Move stage \u201cDiagnosis\u201d down"));
        assertThat(stages()).containsExactly("Long-term follow-up:", "Diagnosis: Fracture risk score, DEXA scan",
                "Treatment:");
        assertThat(labelled("Move stage \u201cLong-term follow-up\u201d up").isEnabled()).isFalse();

        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label",
                "Move step \u201cFracture risk score\u201d down")))
                .as("only the open step carries move buttons").isEmpty();
        _click(stepButton("Fracture risk score"));
        _click(labelled("Move step \u201cFracture risk score\u201d down"));
        assertThat(stages()).contains("Diagnosis: DEXA scan, Fracture risk score");
        _click(labelled("Move step \u201cFracture risk score\u201d up"));
        assertThat(stages()).contains("Diagnosis: Fracture risk score, DEXA scan");

        _click(stepButton("DEXA scan"));
        Select<StageDetails> moveTarget = select("Stage");
        _setValue(moveTarget, moveTarget.getListDataView().getItems()
                .filter(stage -> stage.title().equals("Treatment")).findFirst().orElseThrow());
        _click(button("Move to this stage"));
        assertThat(stages()).containsExactly("Long-term follow-up:", "Diagnosis: Fracture risk score",
                "Treatment: DEXA scan");

        _click(labelled("Delete stage \u201cDiagnosis\u201d"));
        assertThat(notifications()).contains("\u201cDiagnosis\u201d still has 1 step. Move or delete them first.");
        assertThat(stages()).containsExactly("Long-term follow-up:", "Diagnosis: Fracture risk score",
                "Treatment: DEXA scan");
        assertThat(as("gp", () -> drafts.open(workspace).stages()).stream().map(StageDetails::title))
                .containsExactly("Long-term follow-up", "Diagnosis", "Treatment");

        _click(labelled("Delete stage \u201cLong-term follow-up\u201d"));
        assertThat(stages()).containsExactly("Diagnosis: Fracture risk score", "Treatment: DEXA scan");
    }

    @Test
    void a_second_save_by_someone_else_while_choosing_brings_the_choice_back_with_their_newest_version() {
        long workspace = workspace("gp", "Hypertension");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails step = step(stage.id(), "gp", "Home blood pressure", CareSetting.PRIMARY);
        signInAs("gp");
        open(workspace);
        _click(stepButton("Home blood pressure"));
        _setValue(field("Title"), "Home or ambulatory blood pressure");
        _setValue(area("Description"), "GP wording");

        StepDetails nurseFirst = as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields()
                .withDescription("Nurse wording")));
        untilPageShows(WorkspaceViewTest::bannerShown);
        _click(button("Save step"));
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
        assertThat(field("Title").getValue())
                .isEqualTo("Home or ambulatory blood pressure");
        assertThat(area("Description").getValue())
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

    @Test
    void a_co_editors_save_changes_only_that_steps_row_in_my_page_and_sends_under_5_kb() {
        long workspace = workspace("gp", "Psoriasis");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails diagnosis = stage(workspace, "gp", "Diagnosis");
        StageDetails treatment = stage(workspace, "gp", "Treatment");
        StepDetails skin = step(diagnosis.id(), "gp", "Skin assessment", CareSetting.PRIMARY);
        step(diagnosis.id(), "gp", "Joint symptoms", CareSetting.PRIMARY);
        step(treatment.id(), "gp", "Topical treatment", CareSetting.PRIMARY);
        signInAs("gp");
        open(workspace);
        _click(stepButton("Topical treatment"));
        List<Div> stagesBefore = stageBoxes();
        Button skinRow = stepButton("Skin assessment");
        Button jointRow = stepButton("Joint symptoms");
        String formBefore = field("Title").getValue();
        bytesToBrowser();

        as("nurse", () -> drafts.saveStep(skin.id(), skin.version(), skin.fields().withTitle("Skin and nail assessment")));
        untilPageShows(() -> skinRow.getText().equals("Skin and nail assessment"));

        assertThat(stepButton("Skin and nail assessment")).as("the row is updated, not drawn again").isSameAs(skinRow);
        assertThat(stepButton("Joint symptoms")).isSameAs(jointRow);
        assertThat(stageBoxes()).as("no stage is drawn again").containsExactlyElementsOf(stagesBefore);
        assertThat(field("Title").getValue()).isEqualTo(formBefore);
        int pushed = bytesToBrowser();
        System.out.println("Pushed to a co-editor for a one-field save: " + pushed + " bytes");
        assertThat(pushed).as("bytes pushed to the co-editor").isLessThan(5 * 1024);
    }

    @Test
    void my_own_save_is_drawn_once_and_its_echo_changes_nothing() {
        long workspace = workspace("gp", "Eczema");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Flares");
        step(stage.id(), "gp", "Emollients", CareSetting.PRIMARY);
        signInAs("gp");
        open(workspace);
        _click(stepButton("Emollients"));
        _setValue(field("Title"), "Emollients every day");
        _click(button("Save step"));
        Button row = stepButton("Emollients every day");
        List<Div> stagesAfterSave = stageBoxes();
        bytesToBrowser();

        // Published after the save's own event, so this page hears it after that event.
        presence.enter(workspace, "nurse-tab", nurseId(workspace), "Jo Williams");
        untilPageShows(WorkspaceViewTest::alsoHereShown);

        assertThat(stepButton("Emollients every day")).isSameAs(row);
        assertThat(stageBoxes()).containsExactlyElementsOf(stagesAfterSave);
        int pushed = bytesToBrowser();
        System.out.println("Pushed to the saving tab when its own save's event and a presence change arrive: " + pushed
                + " bytes");
        assertThat(pushed).as("only the presence line changed").isLessThan(1024);
    }

    @Test
    void a_step_moved_between_stages_by_someone_else_redraws_those_two_stages_and_leaves_the_third() {
        long workspace = workspace("gp", "Rheumatoid arthritis");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails suspicion = stage(workspace, "gp", "Suspicion");
        StageDetails referral = stage(workspace, "gp", "Referral");
        StageDetails clinic = stage(workspace, "gp", "Early arthritis clinic");
        StepDetails bloods = step(suspicion.id(), "gp", "Bloods", CareSetting.PRIMARY);
        step(suspicion.id(), "gp", "Examine the joints", CareSetting.PRIMARY);
        step(referral.id(), "gp", "Urgent referral", CareSetting.PRIMARY);
        step(clinic.id(), "gp", "Ultrasound", CareSetting.SECONDARY);
        signInAs("gp");
        open(workspace);
        List<Div> stagesBefore = stageBoxes();
        Button examine = stepButton("Examine the joints");
        Button ultrasound = stepButton("Ultrasound");

        as("nurse", () -> drafts.moveStep(bloods.id(), referral.id(), Integer.MAX_VALUE));
        untilPageShows(() -> stages().contains("Referral: Urgent referral, Bloods"));

        assertThat(stages()).containsExactly("Suspicion: Examine the joints", "Referral: Urgent referral, Bloods",
                "Early arthritis clinic: Ultrasound");
        assertThat(stageBoxes()).containsExactlyElementsOf(stagesBefore);
        assertThat(stepButton("Examine the joints")).isSameAs(examine);
        assertThat(stepButton("Ultrasound")).as("the third stage is untouched").isSameAs(ultrasound);
    }

    @Test
    void what_i_type_stays_when_someone_else_saves_another_field_of_my_step() {
        long workspace = workspace("gp", "Migraine");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails step = step(stage.id(), "gp", "Headache diary", CareSetting.PRIMARY);
        signInAs("gp");
        open(workspace);
        _click(stepButton("Headache diary"));
        _setValue(area("Description"), "Eight weeks, with triggers and medicines");

        as("nurse", () -> drafts.saveStep(step.id(), step.version(), step.fields().withTitle("Headache and medicine diary")));
        untilPageShows(() -> field("Title").getValue().equals("Headache and medicine diary"));

        assertThat(area("Description").getValue()).isEqualTo("Eight weeks, with triggers and medicines");
        assertThat(banner().getText()).startsWith("Jo Williams saved this step; your changes are not saved yet");
        assertThat(stepTitles()).containsExactly("Headache and medicine diary");
    }

    @Test
    void someone_whose_browser_vanished_stops_being_shown_once_their_tab_stops_saying_it_is_here() {
        long workspace = workspace("gp", "Epilepsy");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.EDITOR));
        StageDetails stage = stage(workspace, "gp", "First seizure");
        StepDetails step = step(stage.id(), "gp", "Urgent first-seizure clinic", CareSetting.SECONDARY);
        signInAs("gp");
        open(workspace);
        assertThat(UI.getCurrent().getPollInterval()).as("the page says it is here").isEqualTo(PresencePoll.POLL_MS);
        presence.enter(workspace, "nurse-tab", nurseId(workspace), "Jo Williams");
        presence.editing(workspace, "nurse-tab", step.id());
        untilPageShows(() -> editingMarkers().equals(List.of("Jo Williams is editing")));

        clock.advance(WorkspacePresence.EXPIRES_AFTER.minusSeconds(1));
        poll();
        MockVaadin.runUIQueue();
        assertThat(alsoHere().getText()).as("not silent for long enough yet").isEqualTo("Also here: Jo Williams");

        clock.advance(Duration.ofSeconds(2));
        poll();
        untilPageShows(() -> editingMarkers().isEmpty());

        assertThat(alsoHereShown()).isFalse();
        assertThat(presence.present(workspace)).extracting(WorkspacePresence.Visitor::name)
                .as("my own page kept saying it is here").containsExactly("Dr Priya Shah");
    }

    @Test
    void leaving_the_page_takes_me_off_at_once() {
        long workspace = workspace("gp", "Glaucoma");
        signInAs("gp");
        open(workspace);
        assertThat(presence.present(workspace)).extracting(WorkspacePresence.Visitor::name).containsExactly("Dr Priya Shah");

        navigateTo("workspaces");

        assertThat(presence.present(workspace)).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private long nurseId(long workspace) {
        return as("nurse", () -> workspaces.members(workspace).stream()
                .filter(member -> member.displayName().equals("Jo Williams")).findFirst().orElseThrow().personId());
    }

    /** The browser's regular poll. */
    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    /** What the next response or push would carry to the browser, in bytes; afterwards nothing is pending. */
    private static int bytesToBrowser() {
        return new UidlWriter().createUidl(UI.getCurrent(), true).toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private WorkspaceView open(long workspaceId) {
        navigateTo("workspaces/" + workspaceId);
        return _get(WorkspaceView.class);
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static TextField field(String label) {
        return _get(_get(StepForm.class), TextField.class, spec -> spec.withLabel(label));
    }

    private static TextArea area(String label) {
        return _get(TextArea.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Select<StageDetails> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    /** The notice above the open step's form. */
    private static Div banner() {
        return _get(Div.class, spec -> spec.withAttribute("role", "alert").withClasses("editor-banner"));
    }

    private static boolean bannerShown() {
        return !_find(Div.class, spec -> spec.withAttribute("role", "alert").withClasses("editor-banner")).isEmpty();
    }

    private static boolean alsoHereShown() {
        return !_find(Paragraph.class, spec -> spec.withClasses("also-here")).isEmpty();
    }

    private static Paragraph alsoHere() {
        return _get(Paragraph.class, spec -> spec.withClasses("also-here"));
    }

    private static Div handovers() {
        return _get(Div.class, spec -> spec.withClasses("handovers"));
    }

    private static Button stepButton(String title) {
        return _get(Button.class, spec -> spec.withText(title).withClasses("step-link"));
    }

    private static Button labelled(String ariaLabel) {
        return _get(Button.class, spec -> spec.withAttribute("aria-label", ariaLabel));
    }

    /** Each stage as "Title: step, step", in the order the page lists them. */
    private static List<String> stages() {
        return stageBoxes().stream()
                .map(stage -> _get(stage, H3.class).getText() + ":" + _find(stage, Button.class,
                        spec -> spec.withClasses("step-link")).stream().map(Button::getText)
                        .reduce("", (list, title) -> list + (list.isEmpty() ? " " : ", ") + title))
                .toList();
    }

    private static List<Div> stageBoxes() {
        return _find(Div.class, spec -> spec.withClasses("stage"));
    }

    /** The hand-overs of the open step as read top to bottom: each heading, then its lines. */
    private static List<String> handoverTexts() {
        return headingsAndLines(handovers()).toList();
    }

    private static Stream<String> headingsAndLines(Component component) {
        if (component instanceof H3 || component instanceof Paragraph) {
            return Stream.of(component.getElement().getTextRecursively());
        }
        return component.getChildren().flatMap(WorkspaceViewTest::headingsAndLines);
    }

    private static List<String> editingMarkers() {
        return _find(Span.class, spec -> spec.withClasses("editing-marker")).stream().map(Span::getText).toList();
    }

    private static List<String> stepTitles() {
        return _find(Button.class, spec -> spec.withClasses("step-link")).stream().map(Button::getText).toList();
    }
}
