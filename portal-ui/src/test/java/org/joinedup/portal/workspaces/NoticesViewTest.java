package org.joinedup.portal.workspaces;

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

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.notices.NewNotice;
import org.joinedup.pathway.notices.UrgentNotices;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.portal.notices.NoticeBanners;
import org.joinedup.portal.published.PatientPathwayView;
import org.joinedup.portal.published.PrintablePathwayView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** Publishes versions and notices, so it gets a database of its own. */
@DirtiesContext
class NoticesViewTest extends WorkspaceTestSupport {

    @Autowired
    Clock clock;
    @Autowired
    UrgentNotices notices;

    @Test
    void a_convenor_drafts_a_notice_one_representative_agrees_and_it_shows_on_the_patient_page() {
        long workspace = publishedWorkspace("Chronic kidney disease");

        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/notices");
        _setValue(labelled(TextField.class, "Title"), "Renal clinic closed on Friday");
        _setValue(labelled(TextArea.class, "What people need to know"), "Ring the **renal nurse line** instead.");
        _setValue(labelled(Checkbox.class, "Also show it to patients, on the page they read"), true);
        _setValue(labelled(DatePicker.class, "Last day it shows"), LocalDate.now(clock).plusDays(3));
        _click(button("Draft the notice"));

        assertThat(notices()).singleElement().satisfies(text -> assertThat(text)
                .startsWith("Renal clinic closed on FridayWaiting for agreement"));
        assertThat(_find(Article.class).getFirst().getElement().getTextRecursively()).doesNotContain("Agree and publish");

        signInAs("lmc");
        navigateTo("workspaces/" + workspace + "/notices");
        _click(button("Agree and publish"));

        assertThat(notices()).singleElement().satisfies(text -> assertThat(text)
                .contains("Published").contains("Agreed by Dr Ben Carter (representative of Primary care)"));

        signInAs("patient");
        navigateTo("workspaces/" + workspace + "/versions/1/patient");
        assertThat(currentView()).isEqualTo(PatientPathwayView.class);
        assertThat(banners()).containsExactly("Urgent notice: Renal clinic closed on Friday");
        assertThat(_get(_get(NoticeBanners.class), Html.class).getInnerHtml())
                .contains("<strong>renal nurse line</strong>");
    }

    @Test
    void a_past_last_day_is_refused_at_the_field_and_the_text_stays() {
        long workspace = publishedWorkspace("Gout");
        signInAs("gp");
        navigateTo("workspaces/" + workspace + "/notices");
        _setValue(labelled(TextField.class, "Title"), "Colchicine shortage");
        _setValue(labelled(TextArea.class, "What people need to know"), "Use naproxen where safe.");
        _setValue(labelled(DatePicker.class, "Last day it shows"), LocalDate.now(clock).minusDays(1));
        _click(button("Draft the notice"));

        DatePicker lastDay = labelled(DatePicker.class, "Last day it shows");
        assertThat(lastDay.isInvalid()).isTrue();
        assertThat(lastDay.getErrorMessage()).contains("in the past");
        assertThat(labelled(TextField.class, "Title").getValue()).isEqualTo("Colchicine shortage");
        assertThat(notices()).isEmpty();
    }

    @Test
    void a_published_notice_shows_above_the_published_pathway_and_the_draft_until_withdrawn() {
        long workspace = publishedWorkspace("Heart failure");
        addMember(workspace, "gp", "Jo Williams", Membership.of(WorkspaceRole.CLINICAL_LEAD));
        long id = as("gp", () -> notices.draft(workspace, new NewNotice("Furosemide shortage",
                "Use bumetanide.", false, LocalDate.now(clock).plusDays(5), null)).id());
        as("nurse", () -> notices.agree(workspace, id));

        signInAs("consultant");
        navigateTo("workspaces/" + workspace + "/versions/1/print");
        assertThat(currentView()).as("any clinician reads the published pathway").isEqualTo(PrintablePathwayView.class);
        assertThat(banners()).containsExactly("Urgent notice: Furosemide shortage");

        signInAs("gp");
        navigateTo("workspaces/" + workspace);
        assertThat(banners()).containsExactly("Urgent notice: Furosemide shortage");

        navigateTo("workspaces/" + workspace + "/notices");
        _click(button("Withdraw"));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(notices()).singleElement().satisfies(text -> assertThat(text).contains("Withdrawn by Dr Priya Shah"));
        navigateTo("workspaces/" + workspace + "/history");
        assertThat(_get(HistoryView.class).noticeHistory.getElement().getTextRecursively())
                .contains("\u201cFurosemide shortage\u201d: withdrawn.");
        navigateTo("workspaces/" + workspace);
        assertThat(_find(NoticeBanners.class)).as("no banner shows").isEmpty();
    }

    @Test
    void a_patient_partner_cannot_open_the_notices_page() {
        long workspace = publishedWorkspace("Asthma");
        signInAs("patient");
        navigateTo("workspaces/" + workspace + "/notices");
        assertThat(currentView()).isEqualTo(WorkspacesView.class);
    }

    private long publishedWorkspace(String condition) {
        long workspace = workspace("gp", condition);
        addMember(workspace, "gp", "Dr Ben Carter", Membership.representing(CareSetting.PRIMARY));
        addMember(workspace, "gp", "Margaret Hill", Membership.of(WorkspaceRole.PATIENT_PARTNER));
        StageDetails stage = stage(workspace, "gp", "Diagnosis");
        step(stage.id(), "gp", "Confirm the diagnosis", CareSetting.PRIMARY);
        long proposal = as("gp", () -> proposals.open(workspace, "First version", LocalDate.now(clock).plusDays(14)).id());
        as("lmc", () -> proposals.agree(proposal, 1, CareSetting.PRIMARY));
        as("gp", () -> proposals.publish(proposal));
        return workspace;
    }

    private static List<String> notices() {
        return _find(Article.class).stream().filter(article -> article.hasClassName("notice-item"))
                .map(article -> article.getElement().getTextRecursively()).toList();
    }

    private static List<String> banners() {
        return _find(_get(NoticeBanners.class), H2.class).stream().map(H2::getText).toList();
    }
}
