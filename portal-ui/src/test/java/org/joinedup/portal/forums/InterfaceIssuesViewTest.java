package org.joinedup.portal.forums;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.forums.interfaceissues.InterfaceIssueDetails;
import org.joinedup.forums.interfaceissues.InterfaceIssueKind;
import org.joinedup.forums.interfaceissues.InterfaceIssueLog;
import org.joinedup.forums.interfaceissues.NewInterfaceIssue;
import org.joinedup.forums.interfaceissues.StatusChange;
import org.joinedup.forums.interfaceissues.InterfaceIssueStatus;
import org.joinedup.forums.interfaceissues.InterfaceIssueSummary;
import org.joinedup.forums.threads.ForumKind;
import org.joinedup.forums.threads.ForumService;
import org.joinedup.forums.ui.InterfaceIssueView;
import org.joinedup.identity.people.OrganisationCard;
import org.joinedup.identity.people.OrganisationLookup;
import org.joinedup.pathway.draft.DraftService;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.portal.Find;
import org.joinedup.portal.KaribuTest;
import org.joinedup.portal.layout.AccessDeniedView;
import org.joinedup.testing.KidneyPathway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/** The interface issues log and an issue's page. Raises issues, so it gets a database of its own. */
@DirtiesContext
class InterfaceIssuesViewTest extends KaribuTest {

    private static final String DESCRIPTION = "Discharge letters reach the practice a week after the patient is "
            + "home, so medicine changes are missed.";

    @Test
    void a_clinician_raises_an_issue_through_the_form_and_sees_it_in_the_log() {
        signInAs("gp");
        navigateTo("forums/interface-issues");

        fillIn("Discharge letters a week late", DESCRIPTION);
        _click(Find.button(dialog(), "Raise the issue"));

        assertThat(_find(Dialog.class)).as("the dialog closes").isEmpty();
        assertThat(rows()).filteredOn(issue -> issue.title().equals("Discharge letters a week late")).singleElement()
                .satisfies(issue -> {
                    assertThat(issue.kind()).isEqualTo(InterfaceIssueKind.DISCHARGE_SUMMARIES);
                    assertThat(issue.status()).isEqualTo(InterfaceIssueStatus.RAISED);
                    assertThat(issue.ownerName()).isEqualTo("Northgate Hospitals NHS Foundation Trust");
                    assertThat(issue.raisedByName()).isEqualTo("Dr Priya Shah");
                });
        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getText())
                .as("the counts by kind include it").anyMatch(text -> text.startsWith("Discharge summaries: "));
    }

    @Test
    void a_description_that_could_identify_a_patient_is_refused_at_the_field_and_kept() {
        signInAs("gp");
        navigateTo("forums/interface-issues");
        String identifying = "Mr Jones, NHS number 943 476 5919, waited three weeks for his letter.";

        fillIn("Late letter", identifying);
        _click(Find.button(dialog(), "Raise the issue"));

        TextArea description = Find.labelled(dialog(), TextArea.class, "What goes wrong");
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).contains("NHS number");
        assertThat(description.getValue()).isEqualTo(identifying);
        assertThat(rows()).extracting(InterfaceIssueSummary::title).doesNotContain("Late letter");
    }

    @Test
    void a_clinician_moves_an_issue_on_from_its_page() {
        signInAs("gp");
        navigateTo("forums/interface-issues");
        fillIn("Results nobody owns", DESCRIPTION);
        _click(Find.button(dialog(), "Raise the issue"));
        InterfaceIssueSummary raised = rows().stream().filter(issue -> issue.title().equals("Results nobody owns"))
                .findFirst().orElseThrow();

        signInAs("consultant");
        navigateTo("forums/interface-issues/" + raised.id());
        assertThat(currentView()).isEqualTo(InterfaceIssueView.class);
        assertThat(_get(Anchor.class, spec -> spec.withText("Discuss it in its thread")).getHref())
                .startsWith("forums/threads/");
        @SuppressWarnings("unchecked")
        Select<InterfaceIssueStatus> status = _get(Select.class, spec -> spec.withLabel("New status"));
        _setValue(status, InterfaceIssueStatus.ACKNOWLEDGED);
        _setValue(Find.labelled(TextArea.class, "Note"), "The results team has seen this.");
        _click(Find.button("Change status"));

        assertThat(_find(ListItem.class)).extracting(item -> item.getElement().getText())
                .anyMatch(text -> text.startsWith("Raised to Acknowledged by Dr Tomi Okafor")
                        && text.endsWith("The results team has seen this."));
    }

    @Test
    void the_interface_issues_forum_shows_the_counts_and_links_the_log() {
        signInAs("gp");
        long forumId = context.getBean(ForumService.class).portalForums().stream()
                .filter(forum -> forum.kind() == ForumKind.INTERFACE_ISSUES).findFirst().orElseThrow().id();
        navigateTo("forums/" + forumId);

        assertThat(_get(Anchor.class, spec -> spec.withText("Open the interface issues log")).getHref())
                .isEqualTo("forums/interface-issues");
        assertThat(_find(H2.class, spec -> spec.withText("Interface issues log"))).hasSize(1);
    }

    @Test
    void the_convenor_opens_a_change_proposal_from_a_resolved_issue_on_their_pathway() {
        KidneyPathway pathway = KidneyPathway.create(context.getBean(WorkspaceService.class),
                context.getBean(DraftService.class), users, context.getBean(JdbcTemplate.class));
        signInAs("lnc");
        InterfaceIssueLog log = context.getBean(InterfaceIssueLog.class);
        InterfaceIssueDetails issue = log.raise(new NewInterfaceIssue(InterfaceIssueKind.RESULTS_RESPONSIBILITY,
                "Who repeats the eGFR", DESCRIPTION, Set.of(), organisation("Northgate Hospitals").id(),
                LocalDate.now().plusWeeks(2), pathway.workspaceId()));
        for (InterfaceIssueStatus next : List.of(InterfaceIssueStatus.ACKNOWLEDGED, InterfaceIssueStatus.ACTION_AGREED,
                InterfaceIssueStatus.RESOLVED)) {
            issue = log.changeStatus(issue.id(), issue.version(), new StatusChange(next, "Agreed at the design forum."));
        }
        navigateTo("forums/interface-issues/" + issue.id());
        assertThat(_find(Button.class, spec -> spec.withText("Open a change proposal")))
                .as("Dr Aisha Khan does not convene the pathway").isEmpty();

        signInAs("gp");
        navigateTo("forums/interface-issues/" + issue.id());
        _click(Find.button("Open a change proposal"));

        assertThat(_get(Anchor.class, spec -> spec.withText("See the change proposal")).getHref())
                .isEqualTo("workspaces/" + pathway.workspaceId() + "/proposal");
        assertThat(_find(Button.class, spec -> spec.withText("Open a change proposal"))).isEmpty();
    }

    @Test
    void a_patient_partner_is_told_they_have_no_access() {
        signInAs("patient");

        assertThat(openAddress("forums/interface-issues")).isEqualTo(403);
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void a_moderator_reads_the_log_but_may_not_raise() {
        signInAs("moderator");
        navigateTo("forums/interface-issues");

        assertThat(_find(Button.class, spec -> spec.withText("Raise an issue"))).isEmpty();
        assertThat(_find(Grid.class)).hasSize(1);
    }

    private void fillIn(String title, String description) {
        _click(Find.button("Raise an issue"));
        Dialog dialog = dialog();
        @SuppressWarnings("unchecked")
        Select<InterfaceIssueKind> kind = _get(dialog, Select.class, spec -> spec.withLabel("Kind of problem"));
        _setValue(kind, InterfaceIssueKind.DISCHARGE_SUMMARIES);
        _setValue(Find.labelled(dialog, TextField.class, "Title"), title);
        _setValue(Find.labelled(dialog, TextArea.class, "What goes wrong"), description);
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationCard> owner = _get(dialog, ComboBox.class, spec -> spec.withLabel("Owning organisation"));
        _setValue(owner, organisation("Northgate Hospitals"));
        _setValue(Find.labelled(dialog, DatePicker.class, "Due date"), LocalDate.now().plusWeeks(4));
    }

    private OrganisationCard organisation(String name) {
        return context.getBean(OrganisationLookup.class).named(name, 0, 1).getFirst();
    }

    private static Dialog dialog() {
        return _get(Dialog.class);
    }

    @SuppressWarnings("unchecked")
    private static List<InterfaceIssueSummary> rows() {
        return _findAll(_get(Grid.class));
    }
}
