package org.joinedup.portal.workspaces;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.proposal.SettingSignOff;
import org.joinedup.pathway.proposal.SignOffState;
import org.joinedup.pathway.workspace.WorkspaceService;
import org.joinedup.pathway.workspace.WorkspaceSummary;
import org.joinedup.portal.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo pathways on the workspace pages, as the demo people see them after a fresh start. */
@TestPropertySource(properties = "joinedup.demo.pathways=true")
class DemoPathwaysScreensTest extends KaribuTest {

    @Autowired
    WorkspaceService workspaces;

    @Test
    void the_kidney_convenor_sees_the_pathway_its_history_and_a_proposal_waiting_for_primary_care() {
        signInAs("gp");
        navigateTo("workspaces");
        assertThat(_size(_get(WorkspacesView.class).mine)).isEqualTo(3);
        long kidney = id("Chronic kidney disease");

        navigateTo("workspaces/" + kidney);
        assertThat(currentView()).isEqualTo(WorkspaceView.class);
        assertThat(draftText()).contains("Consultant review in the e-clinic", "Ask the kidney e-clinic");

        navigateTo("workspaces/" + kidney + "/history");
        assertThat(_size(_get(HistoryView.class).versions)).isEqualTo(2);

        navigateTo("workspaces/" + kidney + "/proposal");
        ProposalView proposal = _get(ProposalView.class);
        assertThat(signOffs(proposal)).extracting(SettingSignOff::careSetting, SettingSignOff::state)
                .containsExactlyInAnyOrder(
                        tuple(CareSetting.PRIMARY, SignOffState.WAITING),
                        tuple(CareSetting.SECONDARY, SignOffState.AGREED));
        assertThat(proposal.blocked.getText()).contains("Primary care");
    }

    @Test
    void the_frailty_convenor_sees_social_cares_objection() {
        signInAs("qilead");
        long frailty = id("Frailty and care of older people");

        navigateTo("workspaces/" + frailty + "/proposal");
        ProposalView proposal = _get(ProposalView.class);

        assertThat(signOffs(proposal)).filteredOn(setting -> setting.state() == SignOffState.OBJECTED)
                .extracting(SettingSignOff::careSetting).containsExactly(CareSetting.SOCIAL_CARE);
        assertThat(proposal.publish.isEnabled()).isFalse();
    }

    @Test
    void a_clinician_outside_the_diabetes_workspace_finds_it_open_and_reads_the_draft() {
        signInAs("consultant");
        navigateTo("workspaces");
        assertThat(_size(_get(WorkspacesView.class).open)).isEqualTo(1);
        long diabetes = workspaces.openWorkspaces(0, 10).getFirst().id();

        navigateTo("workspaces/" + diabetes);
        assertThat(currentView()).isEqualTo(WorkspaceView.class);
        assertThat(draftText()).contains("HbA1c test and diagnosis", "Specialist diabetes clinic");

        navigateTo("workspaces/" + diabetes + "/history");
        assertThat(_get(HistoryView.class).empty.isVisible()).isTrue();
    }

    private long id(String condition) {
        List<WorkspaceSummary> mine = workspaces.myWorkspaces(0, 10);
        return mine.stream().filter(summary -> summary.title().startsWith(condition)).findFirst().orElseThrow().id();
    }

    private static List<SettingSignOff> signOffs(ProposalView proposal) {
        return proposal.signOffs.getListDataView().getItems().toList();
    }

    private static String draftText() {
        return _get(WorkspaceView.class).stagesPanel.getElement().getTextRecursively();
    }
}
