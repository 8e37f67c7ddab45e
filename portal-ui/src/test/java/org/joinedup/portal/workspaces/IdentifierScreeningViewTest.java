package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.portal.Find.button;
import static org.joinedup.portal.Find.labelled;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.platform.time.PortalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Text that looks like it identifies a patient is refused at the field it is in, saying what
 * and where, and what the person typed stays in the form. Creates workspaces, so it gets a
 * database of its own.
 */
@DirtiesContext
class IdentifierScreeningViewTest extends WorkspaceTestSupport {

    private static final String WHY = " JoinedUp must not hold anything that could identify a patient.";

    @Autowired
    Clock clock;

    @Test
    void a_step_with_an_nhs_number_is_not_saved_each_field_says_what_and_where_and_the_text_stays() {
        long workspace = workspace("gp", "Heart failure");
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        StepDetails step = step(stage.id(), "gp", "Measure NT-proBNP", CareSetting.PRIMARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);
        _click(_get(Button.class, spec -> spec.withText("Measure NT-proBNP")));
        TextField title = _get(TextField.class, spec -> spec.withLabel("Title"));
        TextArea description = _get(TextArea.class, spec -> spec.withLabel("Description"));
        String typed = "As for Mrs A (NHS 943 476 5919): refer if over 2000 ng/L";

        _setValue(title, "Measure NT-proBNP, call 07700 900123");
        _setValue(description, typed);
        _click(_get(view, Button.class, spec -> spec.withText("Save step")));

        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage())
                .isEqualTo("Remove what looks like an NHS number at characters 19\u201330." + WHY);
        assertThat(description.getValue()).isEqualTo(typed);
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage())
                .isEqualTo("Remove what looks like a phone number at characters 25\u201336." + WHY);
        assertThat(title.getValue()).isEqualTo("Measure NT-proBNP, call 07700 900123");
        assertThat(view.banner.isVisible()).isTrue();
        assertThat(view.banner.getText()).isEqualTo("Not saved:" + WHY
                + " Title: what looks like a phone number at characters 25\u201336;"
                + " Description: what looks like an NHS number at characters 19\u201330.");
        assertThat(notifications()).doesNotContain("Step saved");
        assertThat(as("gp", () -> drafts.step(step.id())).fields()).isEqualTo(step.fields());

        _setValue(title, "Measure NT-proBNP");
        _setValue(description, "Refer if over 2000 ng/L");
        _click(_get(view, Button.class, spec -> spec.withText("Save step")));

        assertThat(description.isInvalid()).isFalse();
        assertThat(view.banner.isVisible()).isFalse();
        assertThat(notifications()).contains("Step saved");
    }

    @Test
    void a_comment_with_a_date_of_birth_is_refused_beside_it_and_stays_in_the_box() {
        long workspace = workspace("gp", "Asthma");
        StageDetails stage = stage(workspace, "gp", "Review");
        step(stage.id(), "gp", "Annual asthma review", CareSetting.PRIMARY);
        signInAs("gp");
        WorkspaceView view = open(workspace);
        _click(_get(Button.class, spec -> spec.withText("Annual asthma review")));
        String typed = "My patient, DOB 03/04/1958, waited 6 weeks";

        _setValue(labelled(TextArea.class, "Add a comment"), typed);
        _click(button("Comment"));

        assertThat(labelled(TextArea.class, "Add a comment").isInvalid()).isTrue();
        assertThat(labelled(TextArea.class, "Add a comment").getErrorMessage())
                .isEqualTo("Remove what looks like a date of birth at characters 17\u201326." + WHY);
        assertThat(labelled(TextArea.class, "Add a comment").getValue()).isEqualTo(typed);
        assertThat(_find(view.comments.list, Div.class, spec -> spec.withClasses("comment"))).isEmpty();
    }

    @Test
    void a_proposal_summary_with_an_nhs_number_is_refused_beside_it_and_stays_in_the_form() {
        long workspace = workspace("gp", "Coeliac disease");
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        step(stage.id(), "gp", "Coeliac serology", CareSetting.PRIMARY);
        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/proposal");
        ProposalView view = _get(ProposalView.class);
        String typed = "After the case of 9434765919, test sooner";

        _setValue(labelled(TextArea.class, "Summary"), typed);
        _setValue(labelled(DatePicker.class, "Sign-off deadline"), PortalTime.today(clock).plusWeeks(2));
        _click(button("Open a proposal"));

        assertThat(labelled(TextArea.class, "Summary").isInvalid()).isTrue();
        assertThat(labelled(TextArea.class, "Summary").getErrorMessage())
                .isEqualTo("Remove what looks like an NHS number at characters 19\u201328." + WHY);
        assertThat(labelled(TextArea.class, "Summary").getValue()).isEqualTo(typed);
        assertThat(as("gp", () -> proposals.openProposal(workspace))).isEmpty();
    }

    private static WorkspaceView open(long workspaceId) {
        navigateTo("workspaces/" + workspaceId);
        return _get(WorkspaceView.class);
    }
}
