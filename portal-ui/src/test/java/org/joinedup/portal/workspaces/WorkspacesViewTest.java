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
import static org.joinedup.portal.Find.labelled;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.YourDataService;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** Opens workspaces and closes an account, so it gets a database of its own. */
@DirtiesContext
class WorkspacesViewTest extends WorkspaceTestSupport {

    @Autowired
    YourDataService yourData;
    @Autowired
    DemoPeople demo;

    @Test
    void opening_a_workspace_refuses_a_missing_condition_beside_the_field_and_keeps_the_text() {
        signInAs("consultant");
        navigateTo("workspaces");

        _click(_get(Button.class, spec -> spec.withText("Open a workspace")));
        _get(NewWorkspaceDialog.class);
        _setValue(labelled(TextField.class, "Locality"), "North Place");
        _click(button("Open the workspace"));

        assertThat(labelled(TextField.class, "Condition").isInvalid()).isTrue();
        assertThat(labelled(TextField.class, "Condition").getErrorMessage()).isEqualTo("Give the condition");
        assertThat(labelled(TextField.class, "Locality").getValue()).isEqualTo("North Place");

        _setValue(labelled(TextField.class, "Condition"), "Sickle cell disease");
        _click(button("Open the workspace"));

        assertThat(currentView()).isEqualTo(WorkspaceView.class);
        assertThat(_get(WorkspaceView.class).header.title.getText()).contains("Sickle cell disease");
    }

    @Test
    void an_administrator_names_a_convenor_for_a_workspace_whose_only_convenor_closed_their_account() {
        long workspace = workspace("qilead", "Heart failure");
        addMember(workspace, "qilead", "Dr Ben Carter", Membership.representing(CareSetting.PRIMARY));
        as("qilead", () -> yourData.closeMyAccount(demo.password()));

        signInAs("lmc");
        navigateTo("workspaces/" + workspace + "/members");
        MembersView members = _get(MembersView.class);
        assertThat(members.header.noConvenor.isVisible()).isTrue();
        assertThat(members.header.noConvenor.getText())
                .isEqualTo("This workspace has no convenor: an administrator can name one.");

        signInAs("admin");
        navigateTo("workspaces");
        ConvenorlessWorkspaces convenorless = _get(WorkspacesView.class).convenorless;
        assertThat(_getFormattedRow(convenorless.grid, 0).getFirst()).isEqualTo("Heart failure \u2014 East Place");
        _click(_get(_getCellComponent(convenorless.grid, 0, "convenor"), Button.class));
        _get(NameConvenorDialog.class);
        _click(button("Name as convenor"));
        assertThat(labelled(ComboBox.class, "Convenor").isInvalid()).isTrue();
        assertThat(labelled(ComboBox.class, "Convenor").getErrorMessage()).isEqualTo("Choose a member of staff");

        _setValue(labelled(ComboBox.class, "Convenor"),
                as("admin", () -> workspaces.convenorCandidates(workspace, "Carter", 5).getFirst()));
        _click(button("Name as convenor"));

        assertThat(notifications()).contains("Dr Ben Carter is now the convenor of Heart failure \u2014 East Place");
        assertThat(convenorless.none.isVisible()).isTrue();
        signInAs("lmc");
        navigateTo("workspaces/" + workspace + "/members");
        MembersView nowConvening = _get(MembersView.class);
        assertThat(nowConvening.header.noConvenor.isVisible()).isFalse();
        assertThat(nowConvening.addPanel.isVisible()).as("the new convenor manages members").isTrue();
    }

    @Test
    void a_patient_partner_sees_their_pathways_and_cannot_open_one() {
        long workspace = workspace("gp", "Chronic kidney disease");
        addMember(workspace, "gp", "Margaret Hill", Membership.of(WorkspaceRole.PATIENT_PARTNER));
        signInAs("patient");

        navigateTo("workspaces");
        WorkspacesView view = _get(WorkspacesView.class);

        assertThat(_size(view.mine)).isEqualTo(1);
        assertThat(_find(Button.class, spec -> spec.withText("Open a workspace"))).isEmpty();
        assertThat(view.open.isAttached()).isFalse();
    }
}
