package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import org.joinedup.pathway.people.CareSetting;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.SettingSignOff;
import org.joinedup.pathway.workspace.SignOffState;
import org.joinedup.pathway.workspace.StageDetails;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/** Opens, signs off and publishes proposals, so it gets a database of its own. */
@DirtiesContext
class ProposalViewTest extends WorkspaceTestSupport {

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
        _setValue(convenor.summary, "First version of the kidney pathway");
        _click(convenor.openProposal);

        assertThat(convenor.signOffs.getListDataView().getItems().map(SettingSignOff::careSetting))
                .containsExactlyInAnyOrder(CareSetting.PRIMARY, CareSetting.COMMUNITY);
        assertThat(convenor.publish.isEnabled()).isFalse();

        signInAs("lmc");
        ProposalView representative = open(workspace);
        _click(_get(representative, Button.class, spec -> spec.withText("Agree for Primary care")));

        assertThat(state(representative, CareSetting.PRIMARY)).isEqualTo(SignOffState.AGREED);

        signInAs("gp");
        convenor = open(workspace);
        assertThat(convenor.publish.isEnabled()).isFalse();
        assertThat(convenor.blocked.getText()).isEqualTo("Waiting for Community care to agree.");

        signInAs("nurse");
        ProposalView nurse = open(workspace);
        _click(_get(nurse, Button.class, spec -> spec.withText("Object for Community care")));
        assertThat(_get(nurse, TextArea.class, spec -> spec.withLabel("Reason for objecting")).isInvalid()).isTrue();
        _click(_get(nurse, Button.class, spec -> spec.withText("Agree for Community care")));

        signInAs("gp");
        convenor = open(workspace);
        assertThat(convenor.publish.isEnabled()).isTrue();
        _click(convenor.publish);

        assertThat(notifications()).contains("Version 1 published");
        assertThat(as("gp", () -> history.countVersions(workspace))).isEqualTo(1);
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
