package org.joinedup.pathway.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.joinedup.identity.people.AccountChange;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.PersonAccount;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.identity.people.Role;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * "Open to every clinician" means the clinician role, and patient partners are found only
 * by those who may add them, without the patient group that says something about their
 * health. Demo people: Lucy Evans (moderator) holds no clinician role; Ravi Patel
 * (facilitator) is a round facilitator and a clinician; Margaret Hill (patient) belongs
 * to the East Place Kidney Patients' Group.
 */
@JoinedUpTest
@DirtiesContext
class WhoCountsAsAClinicianTest extends PathwayTest {

    private static final String PATIENT_GROUP = "East Place Kidney Patients' Group";

    @Autowired
    PersonAdministration administration;

    @Test
    @DirtiesContext // changes demo people's roles
    void a_workspace_open_to_every_clinician_is_open_to_the_clinician_role_only() {
        long open = openWorkspace("Asthma");

        signInAs("moderator");
        assertThatThrownBy(() -> workspaces.workspace(open)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workspaces.openWorkspaces(0, 10)).isInstanceOf(AccessDeniedException.class);
        signInAs("facilitator");
        assertThat(workspaces.myPermissions(open).readsDraft()).as("a facilitator who is also a clinician").isTrue();
        assertThat(workspaces.openWorkspaces(0, 10)).extracting(WorkspaceSummary::id).contains(open);

        signInAs("admin");
        setRoles("facilitator", EnumSet.of(Role.ROUND_FACILITATOR), CareSetting.MENTAL_HEALTH);
        setRoles("moderator", EnumSet.of(Role.MODERATOR, Role.CLINICIAN), CareSetting.PRIMARY);

        signInAs("facilitator");
        assertThatThrownBy(() -> workspaces.myPermissions(open)).as("a facilitator without the clinician role")
                .isInstanceOf(AccessDeniedException.class);
        signInAs("moderator");
        assertThat(workspaces.workspace(open).title()).startsWith("Asthma");
        assertThat(workspaces.openWorkspaces(0, 10)).extracting(WorkspaceSummary::id).contains(open);
    }

    @Test
    void only_convenors_find_patient_partners_and_never_see_their_patient_group() {
        long workspace = openWorkspace("Gout");
        signInAs("gp");
        workspaces.addMember(workspace, personId("nurse"), Membership.of(WorkspaceRole.EDITOR));

        signInAs("nurse");
        assertThatThrownBy(() -> workspaces.candidates(workspace, "Margaret", 10)).as("an editor")
                .isInstanceOf(AccessDeniedException.class);
        signInAs("facilitator");
        assertThatThrownBy(() -> workspaces.candidates(workspace, "Margaret", 10)).as("a clinician reading the open workspace")
                .isInstanceOf(AccessDeniedException.class);

        signInAs("gp");
        assertThat(workspaces.candidates(workspace, "Margaret", 10)).singleElement().satisfies(found -> {
            assertThat(found.displayName()).isEqualTo("Margaret Hill");
            assertThat(found.staff()).isFalse();
            assertThat(found.organisation()).isNull();
        });
        assertThat(workspaces.candidates(workspace, "Aisha", 10)).singleElement().extracting(PersonChoice::organisation)
                .as("staff keep their organisation").isEqualTo("Northgate Local Negotiating Committee");

        for (String convenor : new String[] {"moderator", "admin"}) {
            signInAs(convenor);
            long theirs = workspaces.create(new NewWorkspace("Psoriasis " + convenor, "East Place",
                    WorkspaceVisibility.MEMBERS_ONLY, 24)).id();
            assertThat(workspaces.candidates(theirs, "Margaret", 10)).as(convenor).singleElement()
                    .satisfies(found -> assertThat(found.organisation()).isNull());
        }

        signInAs("gp");
        workspaces.addMember(workspace, personId("patient"), Membership.of(WorkspaceRole.PATIENT_PARTNER));
        for (String reader : new String[] {"gp", "nurse", "facilitator"}) {
            signInAs(reader);
            assertThat(workspaces.members(workspace)).as(reader)
                    .filteredOn(member -> member.role() == WorkspaceRole.PATIENT_PARTNER).singleElement()
                    .satisfies(member -> assertThat(member.organisation()).isNull());
            assertThat(workspaces.members(workspace)).extracting(MemberDetails::organisation)
                    .doesNotContain(PATIENT_GROUP);
        }
    }

    private long openWorkspace(String condition) {
        signInAs("gp");
        return workspaces.create(new NewWorkspace(condition, "East Place", WorkspaceVisibility.ALL_CLINICIANS, 24)).id();
    }

    private void setRoles(String demoPerson, Set<Role> roles, CareSetting setting) {
        long id = personId(demoPerson);
        PersonAccount account = administration.account(id).orElseThrow();
        administration.changeAccess(id, new AccountChange(account.version(), roles, setting, account.organisationId()));
    }

}
