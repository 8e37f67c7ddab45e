package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Opens workspaces, so it gets a database of its own. */
@DirtiesContext
class WorkspacesViewTest extends WorkspaceTestSupport {

    @Test
    void opening_a_workspace_refuses_a_missing_condition_beside_the_field_and_keeps_the_text() {
        signInAs("consultant");
        navigateTo("workspaces");

        _click(_get(Button.class, spec -> spec.withText("Open a workspace")));
        NewWorkspaceDialog dialog = _get(NewWorkspaceDialog.class);
        _setValue(dialog.fields.locality, "North Place");
        _click(dialog.create);

        assertThat(dialog.fields.condition.isInvalid()).isTrue();
        assertThat(dialog.fields.condition.getErrorMessage()).isEqualTo("Give the condition");
        assertThat(dialog.fields.locality.getValue()).isEqualTo("North Place");

        _setValue(dialog.fields.condition, "Sickle cell disease");
        _click(dialog.create);

        assertThat(currentView()).isEqualTo(WorkspaceView.class);
        assertThat(_get(WorkspaceView.class).header.title.getText()).contains("Sickle cell disease");
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
