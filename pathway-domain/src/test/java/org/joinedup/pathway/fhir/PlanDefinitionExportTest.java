package org.joinedup.pathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;

import org.hl7.fhir.r4.model.PlanDefinition;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.pathway.proposal.PublishedPathway;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayFixture;
import org.joinedup.testing.PathwayTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.annotation.DirtiesContext;

/** The export of a pathway published through the real services, and who may have it. Publishes, so has its own database. */
@JoinedUpTest
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanDefinitionExportTest extends PathwayTest {

    @Autowired
    PlanDefinitionExport export;
    @Autowired
    ApplicationContext context;

    long workspaceId;
    int versionNumber;

    @BeforeAll
    void publishAPathway() {
        PathwayFixture fixture = new PathwayFixture(context);
        workspaceId = fixture.workspace("Chronic kidney disease", "East Place");
        StageDetails primary = fixture.stage(workspaceId, "Finding it early");
        StepDetails testing = fixture.step(primary, StepFields.titled("Annual kidney check", CareSetting.PRIMARY)
                .withDescription("eGFR and urine ACR for people with diabetes or high blood pressure."));
        StepDetails monitoring = fixture.step(primary, StepFields.titled("Monitoring at home", CareSetting.COMMUNITY));
        StageDetails specialist = fixture.stage(workspaceId, "Specialist care");
        StepDetails clinic = fixture.step(specialist, StepFields.titled("Renal clinic", CareSetting.SECONDARY));
        fixture.handover(testing, clinic, new HandoverFields("eGFR below 30", "Last three eGFR results",
                HandoverFields.DEFAULT_PENDING_RESULTS, "Seen within 6 weeks"));
        fixture.handover(testing, monitoring, HandoverFields.triggeredBy("Stable stage 3"));
        versionNumber = fixture.publish(workspaceId, "First agreed version.").number();
    }

    @Test
    void a_member_who_reads_the_pathway_exports_every_step_and_hand_over_of_the_version() {
        signInAs("consultant");

        PlanDefinition plan = PlanDefinitionMapperTest.parse(export.toJson(workspaceId, versionNumber));

        PublishedPathway published = history.published(workspaceId, versionNumber);
        PathwaySnapshot read = PlanDefinitionMapperTest.read(plan);
        assertThat(plan.getTitle()).isEqualTo(published.title());
        assertThat(plan.getVersion()).isEqualTo("1");
        assertThat(read.stages()).isEqualTo(published.content().stages());
        assertThat(read.stages()).extracting(PathwaySnapshot.Stage::title)
                .containsExactly("Finding it early", "Specialist care");
        assertThat(read.handovers()).hasSize(2).containsExactlyInAnyOrderElementsOf(published.content().handovers());
        assertThat(plan.getEndorser()).extracting(contact -> contact.getName()).containsExactlyInAnyOrder(
                "Dr Ben Carter, for Primary care", "Dr Tomi Okafor, for Secondary care",
                "Jo Williams, for Community care");
    }

    @Test
    void a_patient_partner_of_the_workspace_is_refused() {
        signInAs(PathwayFixture.PATIENT_PARTNER);

        assertThatThrownBy(() -> export.toJson(workspaceId, versionNumber)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_clinician_who_is_not_a_member_exports_the_published_version_from_the_library() {
        signInAs("mentalhealth");

        assertThat(export.toJson(workspaceId, versionNumber)).contains("PlanDefinition");
    }

    @Test
    void staff_who_are_neither_members_nor_clinicians_are_refused() {
        signInAs("moderator");

        assertThatThrownBy(() -> export.toJson(workspaceId, versionNumber)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_version_that_was_never_published_is_not_found() {
        signInAs(PathwayFixture.CONVENOR);

        assertThatThrownBy(() -> export.toJson(workspaceId, versionNumber + 1))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> export.toJson(workspaceId, versionNumber))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
