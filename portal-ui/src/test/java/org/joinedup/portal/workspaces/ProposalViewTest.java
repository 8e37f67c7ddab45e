package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.proposal.SettingSignOff;
import org.joinedup.pathway.proposal.SignOffState;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.platform.time.PortalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** Opens, signs off and publishes proposals, so it gets a database of its own. */
@DirtiesContext
class ProposalViewTest extends WorkspaceTestSupport {

    @Autowired
    Clock clock;

    @Test
    void publishing_waits_until_every_affected_setting_has_agreed() {
        long workspace = workspace("gp", "Chronic kidney disease");
        addMember(workspace, "gp", "Dr Ben Carter", Membership.representing(CareSetting.PRIMARY));
        addMember(workspace, "gp", "Jo Williams", Membership.representing(CareSetting.COMMUNITY));
        StageDetails stage = stage(workspace, "gp", "Monitoring");
        step(stage.id(), "gp", "Annual kidney check", CareSetting.PRIMARY);
        step(stage.id(), "gp", "Blood test at home", CareSetting.COMMUNITY);

        signInAs("gp");
        ProposalView convenor = open(workspace);
        assertThat(_get(convenor, H4.class, spec -> spec.withText("Step added: \u201cAnnual kidney check\u201d")))
                .isNotNull();
        _setValue(labelled(TextArea.class, "Summary"), "First version of the kidney pathway");
        _click(button("Open a proposal"));

        assertThat(convenor.signOffs.getListDataView().getItems().map(SettingSignOff::careSetting))
                .containsExactlyInAnyOrder(CareSetting.PRIMARY, CareSetting.COMMUNITY);
        assertThat(button("Publish").isEnabled()).isFalse();

        signInAs("lmc");
        ProposalView representative = open(workspace);
        _click(_get(representative, Button.class, spec -> spec.withText("Agree for Primary care")));

        assertThat(state(representative, CareSetting.PRIMARY)).isEqualTo(SignOffState.AGREED);

        signInAs("gp");
        convenor = open(workspace);
        assertThat(button("Publish").isEnabled()).isFalse();
        assertThat(convenor.blocked.getText()).isEqualTo("Waiting for Community care to agree.");

        signInAs("nurse");
        ProposalView nurse = open(workspace);
        _click(_get(nurse, Button.class, spec -> spec.withText("Object for Community care")));
        assertThat(_get(nurse, TextArea.class, spec -> spec.withLabel("Reason for objecting")).isInvalid()).isTrue();
        _click(_get(nurse, Button.class, spec -> spec.withText("Agree for Community care")));

        signInAs("gp");
        convenor = open(workspace);
        assertThat(button("Publish").isEnabled()).isTrue();
        _click(button("Publish"));

        assertThat(notifications()).contains("Version 1 published");
        assertThat(as("gp", () -> history.countVersions(workspace))).isEqualTo(1);
    }

    @Test
    void a_convenor_revises_after_a_draft_edit_and_only_the_setting_whose_part_changed_is_asked_again() {
        long workspace = workspace("gp", "Heart failure");
        addMember(workspace, "gp", "Dr Ben Carter", Membership.representing(CareSetting.PRIMARY));
        addMember(workspace, "gp", "Jo Williams", Membership.representing(CareSetting.COMMUNITY));
        StageDetails stage = stage(workspace, "gp", "Living with heart failure");
        step(stage.id(), "gp", "Medicines review", CareSetting.PRIMARY);
        StepDetails weights = step(stage.id(), "gp", "Daily weights at home", CareSetting.COMMUNITY);
        long proposal = as("gp", () -> proposals.open(workspace, "First version", LocalDate.now(clock).plusDays(14)).id());
        as("lmc", () -> proposals.agree(proposal, 1, CareSetting.PRIMARY));
        as("nurse", () -> proposals.agree(proposal, 1, CareSetting.COMMUNITY));
        as("gp", () -> drafts.saveStep(weights.id(), weights.version(),
                weights.fields().withDescription("Call the heart failure nurse after a 2 kg gain in 3 days")));

        signInAs("gp");
        ProposalView view = open(workspace);
        assertThat(_get(view.content, H2.class).getText()).isEqualTo("Proposal 1, revision 1");
        _setValue(labelled(TextArea.class, "Summary"), "First version, with when to call about weight gain");
        _click(button("Revise from the current draft"));

        assertThat(notifications()).contains("Proposal revised");
        assertThat(_get(view.content, H2.class).getText()).isEqualTo("Proposal 1, revision 2");
        assertThat(state(view, CareSetting.COMMUNITY)).isEqualTo(SignOffState.WAITING);
        assertThat(state(view, CareSetting.PRIMARY)).isEqualTo(SignOffState.AGREED);
        assertThat(view.blocked.getText()).isEqualTo("Waiting for Community care to agree.");
        assertThat(as("gp", () -> proposals.openProposal(workspace).orElseThrow().summary()))
                .isEqualTo("First version, with when to call about weight gain");
    }

    @Test
    void a_convenor_withdraws_the_open_proposal_after_confirming() {
        long workspace = workspace("gp", "Psoriasis");
        addMember(workspace, "gp", "Dr Ben Carter", Membership.representing(CareSetting.PRIMARY));
        StageDetails stage = stage(workspace, "gp", "Topical treatment");
        step(stage.id(), "gp", "Emollients and steroid", CareSetting.PRIMARY);
        as("gp", () -> proposals.open(workspace, "First version", LocalDate.now(clock).plusDays(14)));

        signInAs("gp");
        ProposalView view = open(workspace);
        _click(button("Withdraw the proposal"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Withdraw proposal 1?");
        _fireConfirm(confirm);

        assertThat(notifications()).contains("Proposal withdrawn");
        assertThat(_get(view.content, H2.class).getText()).isEqualTo("No proposal is open");
        _assertOne(Button.class, spec -> spec.withText("Open a proposal"));
        assertThat(as("gp", () -> proposals.openProposal(workspace))).isEmpty();
    }

    @Test
    void opening_with_no_summary_or_a_past_deadline_is_refused_beside_the_field_and_keeps_the_text() {
        long workspace = workspace("gp", "Coeliac disease");
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        step(stage.id(), "gp", "Coeliac serology", CareSetting.PRIMARY);
        signInAs("gp");
        ProposalView view = open(workspace);

        _setValue(labelled(TextArea.class, "Summary"), "   ");
        _click(button("Open a proposal"));

        assertThat(labelled(TextArea.class, "Summary").isInvalid()).isTrue();
        assertThat(labelled(TextArea.class, "Summary").getErrorMessage()).isEqualTo("Say in a sentence or two what the proposal changes and why.");
        assertThat(as("gp", () -> proposals.openProposal(workspace))).isEmpty();

        LocalDate yesterday = LocalDate.now(clock.withZone(PortalTime.ZONE)).minusDays(1);
        _setValue(labelled(TextArea.class, "Summary"), "First version of the coeliac pathway");
        _setValue(labelled(DatePicker.class, "Sign-off deadline"), yesterday);
        _click(button("Open a proposal"));

        assertThat(labelled(TextArea.class, "Summary").isInvalid()).isFalse();
        assertThat(labelled(DatePicker.class, "Sign-off deadline").isInvalid()).isTrue();
        assertThat(labelled(DatePicker.class, "Sign-off deadline").getErrorMessage()).isEqualTo("Choose a deadline from today onwards.");
        assertThat(labelled(TextArea.class, "Summary").getValue()).isEqualTo("First version of the coeliac pathway");
        assertThat(labelled(DatePicker.class, "Sign-off deadline").getValue()).isEqualTo(yesterday);
        assertThat(as("gp", () -> proposals.openProposal(workspace))).isEmpty();

        _setValue(labelled(DatePicker.class, "Sign-off deadline"), yesterday.plusDays(8));
        _click(button("Open a proposal"));

        assertThat(as("gp", () -> proposals.openProposal(workspace)).orElseThrow().summary())
                .isEqualTo("First version of the coeliac pathway");
        assertThat(_get(view.content, H2.class).getText()).isEqualTo("Proposal 1, revision 1");
    }

    @Test
    void a_representative_who_read_an_earlier_revision_is_refused_and_shown_the_new_one() {
        long workspace = workspace("gp", "Hypertension");
        addMember(workspace, "gp", "Dr Ben Carter", Membership.representing(CareSetting.PRIMARY));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails monitoring = step(stage.id(), "gp", "Home blood pressure monitoring", CareSetting.PRIMARY);
        long proposal = as("gp", () -> proposals.open(workspace, "First version", LocalDate.now(clock).plusDays(14)).id());

        signInAs("lmc");
        ProposalView view = open(workspace);
        assertThat(_get(view.content, H2.class).getText()).isEqualTo("Proposal 1, revision 1");
        Button agree = _get(view, Button.class, spec -> spec.withText("Agree for Primary care"));
        reviseMeanwhile(proposal, monitoring, "Seven days of readings, twice a day");
        _click(agree);

        assertThat(view.revisedMeanwhile.isVisible()).isTrue();
        assertThat(view.revisedMeanwhile.getText()).startsWith("Proposal 1 was revised while you were reading it: "
                + "you saw revision 1, and it is now at revision 2. Nothing was recorded.");
        assertThat(heading(view)).isEqualTo("Proposal 1, revision 2");
        assertThat(state(view, CareSetting.PRIMARY)).isEqualTo(SignOffState.WAITING);
        assertThat(as("gp", () -> proposals.openProposal(workspace).orElseThrow().settings().getFirst().state()))
                .isEqualTo(SignOffState.WAITING);

        _click(_get(view, Button.class, spec -> spec.withText("Agree for Primary care")));

        assertThat(view.revisedMeanwhile.isVisible()).isFalse();
        assertThat(state(view, CareSetting.PRIMARY)).isEqualTo(SignOffState.AGREED);
        assertThat(as("gp", () -> proposals.openProposal(workspace).orElseThrow().settings().getFirst().revision()))
                .isEqualTo(2);
    }

    @Test
    void an_objection_refused_because_the_proposal_was_revised_keeps_the_reason_in_the_form() {
        long workspace = workspace("gp", "Leg ulcers");
        addMember(workspace, "gp", "Jo Williams", Membership.representing(CareSetting.COMMUNITY));
        StageDetails stage = stage(workspace, "gp", "Treatment");
        StepDetails dressing = step(stage.id(), "gp", "Compression bandaging", CareSetting.COMMUNITY);
        long proposal = as("gp", () -> proposals.open(workspace, "First version", LocalDate.now(clock).plusDays(14)).id());
        String why = "Twice-weekly visits for every patient are beyond the district nursing rota.";

        signInAs("nurse");
        ProposalView view = open(workspace);
        TextArea reason = _get(view, TextArea.class, spec -> spec.withLabel("Reason for objecting"));
        _setValue(reason, why);
        Button object = _get(view, Button.class, spec -> spec.withText("Object for Community care"));
        reviseMeanwhile(proposal, dressing, "Four-layer bandaging, changed weekly");
        _click(object);

        assertThat(view.revisedMeanwhile.getText()).contains("it is now at revision 2");
        assertThat(heading(view)).isEqualTo("Proposal 1, revision 2");
        assertThat(reason.isAttached()).as("the same field, shown again with the new revision").isTrue();
        assertThat(reason.getValue()).isEqualTo(why);
        assertThat(state(view, CareSetting.COMMUNITY)).isEqualTo(SignOffState.WAITING);

        _click(_get(view, Button.class, spec -> spec.withText("Object for Community care")));

        SettingSignOff community = view.signOffs.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(community.state()).isEqualTo(SignOffState.OBJECTED);
        assertThat(community.reason()).isEqualTo(why);
        assertThat(community.revision()).isEqualTo(2);
    }

    /**
     * The page's heading, read without a Karibu lookup: each lookup first applies the live
     * updates waiting for the page, and these tests act on a page that has not yet received
     * one, as a browser the push has not reached would. Buttons and fields are therefore
     * found before the change, and the page shows the new revision only because the
     * refusal reloaded it.
     */
    private static String heading(ProposalView view) {
        return view.content.getChildren().filter(H2.class::isInstance).map(H2.class::cast).findFirst().orElseThrow()
                .getText();
    }

    /** The convenor changes the step and revises the proposal. */
    private void reviseMeanwhile(long proposal, StepDetails step, String description) {
        as("gp", () -> {
            StepDetails current = drafts.step(step.id());
            drafts.saveStep(current.id(), current.version(), current.fields().withDescription(description));
            proposals.revise(proposal, "First version, revised", LocalDate.now(clock).plusDays(14));
        });
    }

    private static ProposalView open(long workspaceId) {
        navigateTo("workspaces/" + workspaceId + "/proposal");
        return _get(ProposalView.class);
    }

    private static SignOffState state(ProposalView view, CareSetting setting) {
        return view.signOffs.getListDataView().getItems().filter(row -> row.careSetting() == setting)
                .findFirst().orElseThrow().state();
    }
}
