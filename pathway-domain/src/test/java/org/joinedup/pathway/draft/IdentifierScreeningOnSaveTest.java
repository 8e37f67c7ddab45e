package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.proposal.ProposalDetails;
import org.joinedup.platform.screening.IdentifierFinding;
import org.joinedup.platform.screening.IdentifierKind;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayFixture;
import org.joinedup.testing.PathwayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Text that looks like it identifies a patient is refused before anything is saved, in
 * every place a member writes free text in a workspace: steps, hand-overs, stage titles,
 * comments, proposal summaries and objections.
 */
@JoinedUpTest
@DirtiesContext
class IdentifierScreeningOnSaveTest extends PathwayTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    PathwayFixture fixture;
    long workspace;
    StageDetails stage;
    StepDetails gpStep;
    StepDetails hospitalStep;

    @BeforeEach
    void createPathway() {
        fixture = new PathwayFixture(context);
        workspace = fixture.workspace("Heart failure", "East Place");
        stage = fixture.stage(workspace, "Diagnosis");
        gpStep = fixture.step(stage, StepFields.titled("Measure NT-proBNP", CareSetting.PRIMARY));
        hospitalStep = fixture.step(stage, StepFields.titled("Echocardiogram", CareSetting.SECONDARY));
        signInAs(PathwayFixture.CONVENOR);
    }

    @Test
    void a_step_saved_with_an_nhs_number_is_refused_with_what_and_where_and_nothing_is_saved() {
        long auditEntries = auditEntries();
        StepFields typed = gpStep.fields().withTitle("Measure NT-proBNP")
                .withDescription("As for Mrs A (NHS 943 476 5919): refer if over 2000 ng/L");

        assertThatThrownBy(() -> drafts.saveStep(gpStep.id(), gpStep.version(), typed))
                .isInstanceOfSatisfying(IdentifiersFoundException.class, refused -> {
                    assertThat(refused.findingsByField()).containsOnlyKeys("description");
                    IdentifierFinding finding = refused.findingsByField().get("description").getFirst();
                    assertThat(finding.kind()).isEqualTo(IdentifierKind.NHS_NUMBER);
                    assertThat(finding.describe()).isEqualTo("what looks like an NHS number at characters 19\u201330");
                    assertThat(refused.getMessage()).doesNotContain("943 476 5919");
                });

        StepDetails now = drafts.step(gpStep.id());
        assertThat(now.version()).isEqualTo(gpStep.version());
        assertThat(now.fields()).isEqualTo(gpStep.fields());
        assertThat(auditEntries()).as("nothing was audited, because nothing changed").isEqualTo(auditEntries);
    }

    @Test
    void every_free_text_field_of_a_step_is_screened_and_each_one_concerned_is_named() {
        StepFields typed = new StepFields("Call 07700 900123 first", "", CareSetting.PRIMARY, "", "born 03.04.58", "",
                "", false, "", "", "", "", "", "", "mailto:someone@example.com");

        assertThatThrownBy(() -> drafts.saveStep(gpStep.id(), gpStep.version(), typed))
                .isInstanceOfSatisfying(IdentifiersFoundException.class, refused ->
                        assertThat(refused.findingsByField()).containsOnlyKeys("title", "entryCriteria", "links"));
        assertThatThrownBy(() -> drafts.addStep(stage.id(), typed)).isInstanceOf(IdentifiersFoundException.class);
        assertThatThrownBy(() -> drafts.addStage(workspace, "Patients at 12 High Street, SW1A 1AA"))
                .isInstanceOf(IdentifiersFoundException.class);

        assertThat(drafts.open(workspace).stages()).singleElement()
                .satisfies(only -> assertThat(only.steps()).hasSize(2));
    }

    @Test
    void a_hand_over_with_an_e_mail_address_is_refused_and_not_added() {
        HandoverFields typed = new HandoverFields("Raised NT-proBNP", "Letter to j.smith@example.com",
                HandoverFields.DEFAULT_PENDING_RESULTS, "");

        assertThatThrownBy(() -> drafts.addHandover(gpStep.id(), hospitalStep.id(), typed))
                .isInstanceOfSatisfying(IdentifiersFoundException.class, refused ->
                        assertThat(refused.findingsByField()).containsOnlyKeys("information"));

        assertThat(drafts.open(workspace).handovers()).isEmpty();
    }

    @Test
    void a_comment_with_a_date_of_birth_is_refused_and_not_kept() {
        assertThatThrownBy(() -> comments.addComment(gpStep.id(), "My patient, DOB 03/04/1958, waited 6 weeks"))
                .isInstanceOfSatisfying(IdentifiersFoundException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("body");
                    assertThat(refused.getMessage())
                            .startsWith("Remove what looks like a date of birth at characters 17\u201326.");
                });

        assertThat(comments.comments(gpStep.id())).isEmpty();
    }

    @Test
    void a_proposal_summary_or_an_objection_with_an_identifier_is_refused_and_nothing_changes() {
        LocalDate deadline = PortalTime.today(clock).plusWeeks(2);
        assertThatThrownBy(() -> proposals.open(workspace, "Faster echo, after the case of 943 476 5919", deadline))
                .isInstanceOfSatisfying(IdentifiersFoundException.class,
                        refused -> assertThat(refused.field()).isEqualTo("summary"));
        assertThat(proposals.openProposal(workspace)).isEmpty();

        ProposalDetails proposal = proposals.open(workspace, "Faster echocardiograms for raised NT-proBNP", deadline);
        signInAs(PathwayFixture.REPRESENTATIVES.get(CareSetting.SECONDARY));
        assertThatThrownBy(() -> proposals.object(proposal.id(), 1, CareSetting.SECONDARY,
                "Ring me on 07700 900123 to discuss"))
                .isInstanceOfSatisfying(IdentifiersFoundException.class,
                        refused -> assertThat(refused.field()).isEqualTo("reason"));

        assertThat(proposals.openProposal(workspace).orElseThrow().settings())
                .filteredOn(setting -> setting.careSetting() == CareSetting.SECONDARY).singleElement()
                .satisfies(setting -> assertThat(setting.reason()).isNull());
    }

    private long auditEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry", Long.class);
    }
}
