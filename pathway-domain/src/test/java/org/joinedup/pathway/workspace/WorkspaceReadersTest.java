package org.joinedup.pathway.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Who may read a draft, asked with nobody signed in, follows the gate: members in every role
 * but patient partner, and on a workspace open to every clinician, holders of the clinician
 * role; never someone whose account is not active. The kidney pathway is members only: Dr
 * Priya Shah (gp) convenes, Jo Williams (nurse) edits, Daniel Hughes (pharmacist) observes,
 * Margaret Hill (patient) is its patient partner. Maria Costa (socialcare) is a clinician who
 * is not a member; Lucy Evans (moderator) is staff without the clinician role.
 */
@JoinedUpTest
@DirtiesContext
class WorkspaceReadersTest extends KidneyPathwayTest {

    @Autowired
    WorkspaceReaders readers;
    @Autowired
    PersonAdministration administration;

    @Test
    void members_who_read_the_draft_are_readers_and_patient_partners_and_outsiders_are_not() {
        long workspace = pathway.workspaceId();
        DemoSignIn.nobody();

        assertThat(readers.readsDraft(personId("gp"), workspace)).isTrue();
        assertThat(readers.readsDraft(personId("pharmacist"), workspace)).as("an observer").isTrue();
        assertThat(readers.readsDraft(personId("patient"), workspace)).as("the patient partner").isFalse();
        assertThat(readers.readsDraft(personId("socialcare"), workspace)).as("a clinician who is not a member").isFalse();
        assertThat(readers.readersAmong(workspace, List.of(personId("nurse"), personId("patient"), personId("socialcare"),
                personId("lnc")))).containsExactlyInAnyOrder(personId("nurse"), personId("lnc"));
    }

    @Test
    void a_workspace_open_to_every_clinician_is_read_by_the_clinician_role_but_not_by_its_patient_partner() {
        long workspace = pathway.workspaceId();
        openToEveryClinician(workspace);
        DemoSignIn.nobody();

        assertThat(readers.readersAmong(workspace, List.of(personId("socialcare"), personId("moderator"),
                personId("patient"), personId("gp")))).containsExactlyInAnyOrder(personId("socialcare"), personId("gp"));
        assertThat(readers.readableWorkspaceIds(personId("socialcare"))).contains(workspace);
        assertThat(readers.readableWorkspaceIds(personId("moderator"))).doesNotContain(workspace);
        assertThat(readers.readableWorkspaceIds(personId("patient"))).as("a member as patient partner, though the "
                + "workspace is open").doesNotContain(workspace);
    }

    @Test
    @DirtiesContext // deactivates a demo person
    void nobody_whose_account_is_not_active_reads_anything() {
        long workspace = pathway.workspaceId();
        openToEveryClinician(workspace);
        signInAs("admin");
        long nurse = personId("nurse");
        long socialcare = personId("socialcare");
        administration.deactivate(nurse, administration.account(nurse).orElseThrow().version());
        administration.deactivate(socialcare, administration.account(socialcare).orElseThrow().version());
        DemoSignIn.nobody();

        assertThat(readers.readsDraft(nurse, workspace)).as("a deactivated editor").isFalse();
        assertThat(readers.readersAmong(workspace, List.of(nurse, socialcare))).isEmpty();
        assertThat(readers.readableWorkspaceIds(nurse)).isEmpty();
        assertThat(readers.readableWorkspaceIds(socialcare)).isEmpty();
    }

    @Test
    void readable_workspaces_are_every_membership_that_reads_the_draft_and_every_workspace_open_to_a_clinician() {
        long kidney = pathway.workspaceId();
        signInAs("consultant");
        long open = workspaces.create(new NewWorkspace("Heart failure", "Test Place", WorkspaceVisibility.ALL_CLINICIANS,
                24)).id();
        long closed = workspaces.create(new NewWorkspace("Gout", "Test Place", WorkspaceVisibility.MEMBERS_ONLY, 24)).id();
        DemoSignIn.nobody();

        assertThat(readers.readableWorkspaceIds(personId("nurse"))).contains(kidney, open).doesNotContain(closed);
        assertThat(readers.readableWorkspaceIds(personId("moderator"))).doesNotContain(kidney, open, closed);
        assertThat(readers.readableWorkspaceIds(personId("patient"))).doesNotContain(kidney, open, closed);
        assertThat(readers.readableWorkspaceIds(999_999_999L)).as("nobody of that id").isEmpty();

        signInAs("nurse");
        assertThat(workspaces.readableWorkspaceIds()).as("the signed-in version")
                .isEqualTo(readers.readableWorkspaceIds(personId("nurse")));
    }

    @Test
    void a_workspace_that_does_not_exist_has_no_readers() {
        DemoSignIn.nobody();
        assertThat(readers.readsDraft(personId("gp"), 999_999_999L)).isFalse();
        assertThat(readers.readersAmong(999_999_999L, List.of(personId("gp")))).isEmpty();
        assertThat(readers.readersAmong(pathway.workspaceId(), List.of())).isEmpty();
    }

    @Test
    void the_signed_in_list_needs_someone_signed_in() {
        DemoSignIn.nobody();
        assertThatThrownBy(() -> workspaces.readableWorkspaceIds())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private void openToEveryClinician(long workspace) {
        signInAs("gp");
        workspaces.updateSettings(workspace, workspaces.workspace(workspace).version(),
                new WorkspaceSettings("Chronic kidney disease", "Test Place", WorkspaceVisibility.ALL_CLINICIANS, 24));
    }
}
