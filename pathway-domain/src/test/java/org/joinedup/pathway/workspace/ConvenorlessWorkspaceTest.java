package org.joinedup.pathway.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.identity.people.YourDataService;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationItem;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A workspace whose only convenor's account is closed or deactivated has no convenor until
 * an administrator names one. Closes and deactivates accounts: each test uses its own people.
 */
@JoinedUpTest
@DirtiesContext
class ConvenorlessWorkspaceTest extends PathwayTest {

    @Autowired
    YourDataService yourData;
    @Autowired
    PersonAdministration administration;
    @Autowired
    NotificationCentre notifications;
    @Autowired
    DemoPeople demo;

    @Test
    void the_sole_convenor_cannot_leave_but_can_close_their_account_and_an_administrator_then_names_a_convenor() {
        signInAs("qilead");
        long workspace = workspaces.create(new NewWorkspace("Heart failure", "Test Place", WorkspaceVisibility.MEMBERS_ONLY,
                24)).id();
        long qiLead = personId("qilead");
        long lmc = personId("lmc");
        workspaces.addMember(workspace, lmc, Membership.representing(CareSetting.PRIMARY));
        workspaces.addMember(workspace, personId("patient"), Membership.of(WorkspaceRole.PATIENT_PARTNER));
        assertThatThrownBy(() -> workspaces.removeMember(workspace, qiLead))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only convenor");

        yourData.closeMyAccount(demo.password());

        signInAs("lmc");
        assertThat(workspaces.workspace(workspace).convened()).isFalse();
        assertThat(workspaces.myPermissions(workspace).convenes()).isFalse();
        assertThat(workspaces.members(workspace)).extracting(MemberDetails::displayName)
                .containsExactlyInAnyOrder("Dr Ben Carter", "Margaret Hill");
        assertThatThrownBy(() -> workspaces.nameConvenor(workspace, lmc)).isInstanceOf(AccessDeniedException.class);

        signInAs("admin");
        assertThat(workspaces.workspacesWithoutConvenor()).extracting(WorkspaceSummary::title)
                .contains("Heart failure \u2014 Test Place");
        assertThat(workspaces.convenorCandidates(workspace, "carter", 10)).extracting(PersonChoice::displayName)
                .containsExactly("Dr Ben Carter");
        assertThat(workspaces.convenorCandidates(workspace, "Margaret", 10)).as("patient partners do not convene").isEmpty();
        assertThatThrownBy(() -> workspaces.nameConvenor(workspace, personId("patient")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("patient partner");
        workspaces.nameConvenor(workspace, lmc);

        assertThat(workspaces.workspacesWithoutConvenor()).extracting(WorkspaceSummary::id).doesNotContain(workspace);
        assertThatThrownBy(() -> workspaces.nameConvenor(workspace, personId("nurse")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("has a convenor already");
        signInAs("lmc");
        assertThat(workspaces.workspace(workspace).convened()).isTrue();
        assertThat(workspaces.myPermissions(workspace).convenes()).isTrue();
        assertThat(notifications.mine(0, 10)).anySatisfy(notification -> {
            assertThat(notification.kind()).isEqualTo(NotificationKind.WORKSPACE_ROLE);
            assertThat(notification.title()).isEqualTo("An administrator made you convenor of Heart failure \u2014 Test Place");
            assertThat(notification.link()).isEqualTo("workspaces/" + workspace + "/members");
        });
        assertThat(jdbc.queryForList("select concat(actor_name, ': ', action) from audit_entry where subject_type = "
                + "'workspace' and subject_id = ? order by id", String.class, workspace))
                .contains("Former member: workspace.member-left", "Alex Morgan: workspace.convenor-named");
    }

    @Test
    void a_deactivated_convenor_leaves_the_workspace_without_one_and_a_member_of_staff_outside_it_can_be_named() {
        signInAs("consultant");
        long workspace = workspaces.create(new NewWorkspace("Anaemia in kidney disease", "Test Place",
                WorkspaceVisibility.MEMBERS_ONLY, 24)).id();
        workspaces.addMember(workspace, personId("nurse"), Membership.of(WorkspaceRole.EDITOR));
        long consultant = personId("consultant");

        signInAs("admin");
        administration.deactivate(consultant, administration.account(consultant).orElseThrow().version());
        signInAs("nurse");
        assertThat(workspaces.workspace(workspace).convened()).isFalse();
        signInAs("admin");
        long publicHealth = personId("publichealth");
        workspaces.nameConvenor(workspace, publicHealth);

        signInAs("publichealth");
        assertThat(workspaces.myPermissions(workspace).convenes()).isTrue();
        assertThat(workspaces.members(workspace)).extracting(MemberDetails::displayName, MemberDetails::role)
                .contains(tuple("Dr Chen Li", WorkspaceRole.CONVENOR));
        assertThat(notifications.mine(0, 10)).extracting(NotificationItem::kind).contains(NotificationKind.WORKSPACE_ROLE);
    }
}
