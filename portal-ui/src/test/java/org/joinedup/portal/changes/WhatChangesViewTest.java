package org.joinedup.portal.changes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.ProposalDetails;
import org.joinedup.pathway.proposal.ProposalService;
import org.joinedup.pathway.proposal.SettingSignOff;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.portal.Find;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.joinedup.testing.PathwayFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A diabetic foot pathway in two versions: the second adds a community step and gives the
 * results pending at the referral to the foot protection team. Built once for the class.
 */
@DirtiesContext
class WhatChangesViewTest extends KaribuTest {

    private static final String TITLE = "Diabetic foot care \u2014 East Place";
    private static long workspaceId;

    /**
     * Built through the services with the page's own sign-in ({@link #signInAs}), which the
     * services read from the Vaadin session whatever another test left in the thread.
     */
    @BeforeEach
    void publishTwice() {
        if (workspaceId != 0) {
            return;
        }
        WorkspaceService workspaces = context.getBean(WorkspaceService.class);
        DraftService drafts = context.getBean(DraftService.class);
        PathwayFixture people = new PathwayFixture(context);
        signInAs(PathwayFixture.CONVENOR);
        workspaceId = workspaces.create(new NewWorkspace("Diabetic foot care", "East Place",
                WorkspaceVisibility.MEMBERS_ONLY, WorkspaceLimits.DEFAULT_REVIEW_MONTHS)).id();
        PathwayFixture.REPRESENTATIVES.forEach((setting, person) ->
                workspaces.addMember(workspaceId, people.personId(person), Membership.representing(setting)));
        StageDetails screening = drafts.addStage(workspaceId, "Screening");
        StepDetails check = drafts.addStep(screening.id(), StepFields.titled("Annual foot check", CareSetting.PRIMARY));
        StepDetails clinic = drafts.addStep(screening.id(), StepFields.titled("Foot clinic", CareSetting.SECONDARY));
        HandoverDetails referral = drafts.addHandover(check.id(), clinic.id(), HandoverFields.triggeredBy("Active ulcer"));
        publish("First agreed version.");
        signInAs(PathwayFixture.CONVENOR);
        drafts.addStep(screening.id(), StepFields.titled("Foot protection review", CareSetting.COMMUNITY));
        drafts.saveHandover(referral.id(), referral.version(),
                new HandoverFields("Active ulcer", "", "The foot protection team", ""));
        publish("Community foot protection.");
    }

    private void publish(String summary) {
        ProposalService proposals = context.getBean(ProposalService.class);
        signInAs(PathwayFixture.CONVENOR);
        ProposalDetails proposal = proposals.open(workspaceId, summary, LocalDate.now(PortalTime.ZONE));
        for (SettingSignOff signOff : proposal.settings()) {
            signInAs(PathwayFixture.REPRESENTATIVES.get(signOff.careSetting()));
            proposals.agree(proposal.id(), proposal.revision(), signOff.careSetting());
        }
        signInAs(PathwayFixture.CONVENOR);
        proposals.publish(proposal.id());
    }

    @Test
    void a_clinician_outside_the_workspace_sees_what_the_new_versions_mean_for_their_setting() {
        signInAs("lnc");
        navigateTo("what-changes");

        assertThat(_get(H2.class, spec -> spec.withText(TITLE))).isNotNull();
        assertThat(_find(H3.class)).extracting(H3::getText).anySatisfy(text -> assertThat(text).startsWith("Version 2,"));
        assertThat(_find(Span.class, spec -> spec.withText("Who acts on pending results changed"))).isNotEmpty();
        assertThat(_find(NativeTableRow.class)).extracting(row -> row.getElement().getTextRecursively())
                .contains("Who acts on pending results" + HandoverFields.DEFAULT_PENDING_RESULTS
                        + "The foot protection team");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).contains("Read version 2")
                .doesNotContain("Open the workspace");
    }

    @Test
    void a_member_sees_their_new_responsibility_and_the_way_to_their_workspace() {
        signInAs("nurse");
        navigateTo("what-changes");

        assertThat(_find(Span.class, spec -> spec.withText("New responsibility"))).isNotEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Open the workspace")).getHref())
                .isEqualTo("workspaces/" + workspaceId);
    }

    @Test
    void the_next_visit_starts_from_this_one_and_an_earlier_date_brings_the_changes_back() {
        signInAs("mentalhealth");
        navigateTo("what-changes");
        assertThat(_find(H2.class, spec -> spec.withText(TITLE))).hasSize(1);

        navigateTo("");
        navigateTo("what-changes");
        assertThat(paragraphSaying("You last opened this page on").getText()).isNotBlank();
        assertThat(_find(H2.class, spec -> spec.withText(TITLE))).isEmpty();
        assertThat(paragraphSaying("Nothing has been published since")).isNotNull();

        _setValue(Find.labelled(DatePicker.class, "Changes published since"),
                LocalDate.now(PortalTime.ZONE).minusDays(1));
        assertThat(_find(H2.class, spec -> spec.withText(TITLE))).hasSize(1);
        assertThat(paragraphSaying("1 pathway has new versions since")).isNotNull();
    }

    @Test
    void an_empty_date_is_refused_at_the_field() {
        signInAs("socialcare");
        navigateTo("what-changes");
        DatePicker since = Find.labelled(DatePicker.class, "Changes published since");

        _setValue(since, null);

        assertThat(since.isInvalid()).isTrue();
        assertThat(since.getErrorMessage()).isEqualTo("Choose the date to start from.");
    }

    @Test
    void the_weekly_e_mail_is_chosen_on_the_page_and_stays_chosen() {
        signInAs("publichealth");
        navigateTo("what-changes");
        _setValue(Find.labelled(Checkbox.class, "E-mail me this every week"), true);

        navigateTo("");
        navigateTo("what-changes");
        assertThat(Find.labelled(Checkbox.class, "E-mail me this every week").getValue()).isTrue();
    }

    @Test
    void staff_whose_account_names_no_setting_are_told_there_is_nothing_to_split_by() {
        signInAs("admin");
        navigateTo("what-changes");

        assertThat(paragraphSaying("Your account does not name a care setting")).isNotNull();
        assertThat(_find(H2.class)).isEmpty();
    }

    @Test
    void a_patient_partner_is_told_they_have_no_access() {
        signInAs("patient");
        navigateTo("what-changes");

        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    private static Paragraph paragraphSaying(String text) {
        return _get(Paragraph.class, spec -> spec.withPredicate(paragraph -> paragraph.getText().contains(text)));
    }
}
