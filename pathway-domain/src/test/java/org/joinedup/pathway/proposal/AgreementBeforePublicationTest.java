package org.joinedup.pathway.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/** The sign-off state machine and publication, on a real database: every path that should not publish is tried. */
@JoinedUpTest
@DirtiesContext
class AgreementBeforePublicationTest extends KidneyPathwayTest {

    LocalDate deadline = LocalDate.now().plusDays(14);

    @Test
    void a_first_proposal_needs_every_setting_named_in_the_pathway() {
        ProposalDetails proposal = open("First agreed version");

        assertThat(proposal.settings()).extracting(SettingSignOff::careSetting)
                .containsExactlyInAnyOrder(CareSetting.PRIMARY, CareSetting.SECONDARY);
        assertThat(proposal.settings()).allSatisfy(s -> assertThat(s.state()).isEqualTo(SignOffState.WAITING));
        assertThat(proposal.publishable()).isFalse();
        assertThat(proposal.blockedBecause()).contains("Primary care").contains("Secondary care");
    }

    @Test
    void nothing_publishes_until_every_affected_setting_agrees() {
        long id = open("First agreed version").id();

        assertThatThrownBy(() -> publishAs("gp", id)).isInstanceOf(PublicationRefusedException.class)
                .hasMessageContaining("Waiting for");
        decide("lmc", id, CareSetting.PRIMARY, true);
        assertThatThrownBy(() -> publishAs("gp", id)).isInstanceOf(PublicationRefusedException.class)
                .hasMessageContaining("Secondary care");
        decide("lnc", id, CareSetting.SECONDARY, true);

        VersionSummary version = publishAs("gp", id);

        assertThat(version.number()).isEqualTo(1);
        assertThat(version.agreements()).extracting(Agreement::careSetting, Agreement::agreedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CareSetting.PRIMARY, "Dr Ben Carter"),
                        org.assertj.core.groups.Tuple.tuple(CareSetting.SECONDARY, "Dr Aisha Khan"));
        assertThat(version.reviewDue()).isEqualTo(LocalDate.now().plusMonths(24));
    }

    @Test
    void only_a_convenor_publishes_even_when_everyone_agreed() {
        long id = open("First agreed version").id();
        decide("lmc", id, CareSetting.PRIMARY, true);
        decide("lnc", id, CareSetting.SECONDARY, true);

        for (String notConvenor : new String[] {"lmc", "lnc", "nurse", "pharmacist", "patient", "consultant", "admin"}) {
            assertThatThrownBy(() -> publishAs(notConvenor, id)).as(notConvenor).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from pathway_version where workspace_id = ?", Integer.class,
                pathway.workspaceId())).isZero();
    }

    @Test
    void an_objection_blocks_until_it_is_withdrawn() {
        long id = open("First agreed version").id();
        decide("lmc", id, CareSetting.PRIMARY, true);
        signInAs("lnc");
        ProposalDetails objected = proposals.object(id, 1, CareSetting.SECONDARY, "The eGFR trigger is too late for us.");

        assertThat(objected.settings()).filteredOn(s -> s.careSetting() == CareSetting.SECONDARY)
                .singleElement().satisfies(s -> {
                    assertThat(s.state()).isEqualTo(SignOffState.OBJECTED);
                    assertThat(s.reason()).isEqualTo("The eGFR trigger is too late for us.");
                    assertThat(s.decidedBy()).isEqualTo("Dr Aisha Khan");
                });
        assertThatThrownBy(() -> publishAs("gp", id)).isInstanceOf(PublicationRefusedException.class)
                .hasMessageContaining("objected");

        signInAs("lnc");
        ProposalDetails withdrawn = proposals.withdrawObjection(id, CareSetting.SECONDARY);
        assertThat(withdrawn.settings()).filteredOn(s -> s.careSetting() == CareSetting.SECONDARY)
                .singleElement().extracting(SettingSignOff::state).isEqualTo(SignOffState.WAITING);
        assertThatThrownBy(() -> publishAs("gp", id)).isInstanceOf(PublicationRefusedException.class);

        decide("lnc", id, CareSetting.SECONDARY, true);
        assertThat(publishAs("gp", id).number()).isEqualTo(1);
    }

    @Test
    void a_representative_signs_only_for_their_own_setting_and_only_for_affected_settings() {
        long id = open("First agreed version").id();

        signInAs("lmc");
        assertThatThrownBy(() -> proposals.agree(id, 1, CareSetting.SECONDARY)).isInstanceOf(AccessDeniedException.class);
        signInAs("gp");
        assertThatThrownBy(() -> proposals.agree(id, 1, CareSetting.PRIMARY)).isInstanceOf(AccessDeniedException.class);

        signInAs("gp");
        workspaces.addMember(pathway.workspaceId(), personId("socialcare"),
                Membership.representing(CareSetting.SOCIAL_CARE));
        signInAs("socialcare");
        assertThatThrownBy(() -> proposals.agree(id, 1, CareSetting.SOCIAL_CARE)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not need its sign-off");
    }

    @Test
    void a_later_change_to_one_setting_asks_only_that_setting() {
        publishFirstVersion();
        signInAs("nurse");
        StepDetails gpStep = drafts.step(pathway.gpStep());
        drafts.saveStep(gpStep.id(), gpStep.version(), gpStep.fields().withDescription("eGFR and ACR every year; twice a year if ACR is over 30."));

        ProposalDetails proposal = open("Six-monthly checks for higher ACR");

        assertThat(proposal.settings()).extracting(SettingSignOff::careSetting).containsExactly(CareSetting.PRIMARY);
        decide("lmc", proposal.id(), CareSetting.PRIMARY, true);
        assertThat(publishAs("gp", proposal.id()).number()).isEqualTo(2);
    }

    @Test
    void moving_a_step_into_another_setting_needs_both_settings() {
        publishFirstVersion();
        signInAs("nurse");
        StepDetails clinic = drafts.step(pathway.clinicStep());
        drafts.saveStep(clinic.id(), clinic.version(), clinic.fields().withCareSetting(CareSetting.COMMUNITY));

        signInAs("gp");
        assertThat(proposals.draftChanges(pathway.workspaceId()))
                .flatExtracting(PathwayChange::settings).contains(CareSetting.SECONDARY, CareSetting.COMMUNITY);
        ProposalDetails proposal = open("Renal review moves to the community e-clinic");
        assertThat(proposal.settings()).extracting(SettingSignOff::careSetting)
                .containsExactlyInAnyOrder(CareSetting.PRIMARY, CareSetting.SECONDARY, CareSetting.COMMUNITY);
        SettingSignOff community = proposal.settings().stream()
                .filter(s -> s.careSetting() == CareSetting.COMMUNITY).findFirst().orElseThrow();
        assertThat(community.representatives()).as("nobody represents community care yet").isEmpty();
    }

    @Test
    void a_revision_restarts_sign_off_only_for_the_settings_it_changes() {
        publishFirstVersion();
        signInAs("nurse");
        StepDetails gpStep = drafts.step(pathway.gpStep());
        drafts.saveStep(gpStep.id(), gpStep.version(), gpStep.fields().withDescription("Check every year."));
        StepDetails clinic = drafts.step(pathway.clinicStep());
        drafts.saveStep(clinic.id(), clinic.version(), clinic.fields().withDescription("Seen within 6 weeks."));
        long id = open("Checks and clinic times").id();
        decide("lmc", id, CareSetting.PRIMARY, true);
        decide("lnc", id, CareSetting.SECONDARY, true);

        signInAs("nurse");
        clinic = drafts.step(pathway.clinicStep());
        drafts.saveStep(clinic.id(), clinic.version(), clinic.fields().withDescription("Seen within 4 weeks."));
        signInAs("gp");
        ProposalDetails revised = proposals.revise(id, "Checks and a shorter wait for clinic", deadline);

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.settings()).extracting(SettingSignOff::careSetting, SettingSignOff::state)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CareSetting.PRIMARY, SignOffState.AGREED),
                        org.assertj.core.groups.Tuple.tuple(CareSetting.SECONDARY, SignOffState.WAITING));
        assertThatThrownBy(() -> publishAs("gp", id)).isInstanceOf(PublicationRefusedException.class);
        decide("lnc", id, CareSetting.SECONDARY, true);
        VersionSummary version = publishAs("gp", id);
        assertThat(version.agreements()).extracting(Agreement::revision).containsExactlyInAnyOrder(1, 2);
        signInAs("gp");
        assertThat(history.published(pathway.workspaceId(), 2).content().step(clinic.key()).orElseThrow()
                .fields().description()).isEqualTo("Seen within 4 weeks.");
    }

    @Test
    void a_representative_removed_while_a_proposal_waits_shows_who_must_now_sign() {
        long id = open("First agreed version").id();
        signInAs("gp");
        workspaces.removeMember(pathway.workspaceId(), personId("lnc"));

        ProposalDetails waiting = proposals.openProposal(pathway.workspaceId()).orElseThrow();
        assertThat(waiting.settings()).filteredOn(s -> s.careSetting() == CareSetting.SECONDARY)
                .singleElement().extracting(SettingSignOff::representatives).asList().isEmpty();

        workspaces.addMember(pathway.workspaceId(), personId("consultant"),
                Membership.representing(CareSetting.SECONDARY));
        ProposalDetails renamed = proposals.openProposal(pathway.workspaceId()).orElseThrow();
        assertThat(renamed.settings()).filteredOn(s -> s.careSetting() == CareSetting.SECONDARY)
                .singleElement().extracting(SettingSignOff::representatives).asList().containsExactly("Dr Tomi Okafor");
        signInAs("lnc");
        assertThatThrownBy(() -> proposals.agree(id, 1, CareSetting.SECONDARY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_published_version_cannot_be_changed_even_in_the_database() {
        publishFirstVersion();

        assertThatThrownBy(() -> jdbc.update("update pathway_version set summary = 'edited' where workspace_id = ?", pathway.workspaceId()))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from pathway_version where workspace_id = ?", pathway.workspaceId()))
                .hasMessageContaining("cannot be removed");
    }

    @Test
    void a_withdrawn_or_published_proposal_takes_no_more_decisions() {
        long id = publishFirstVersion();

        signInAs("lnc");
        assertThatThrownBy(() -> proposals.object(id, 1, CareSetting.SECONDARY, "Too late"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("published");
        assertThatThrownBy(() -> publishAs("gp", id)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_proposal_needs_a_change_a_summary_and_a_deadline_from_today() {
        signInAs("gp");
        assertThatThrownBy(() -> proposals.open(pathway.workspaceId(), " ", deadline))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("summary");
        assertThatThrownBy(() -> proposals.open(pathway.workspaceId(), "Too late", LocalDate.now().minusDays(1)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("deadline");
        publishFirstVersion();
        signInAs("gp");
        assertThatThrownBy(() -> proposals.open(pathway.workspaceId(), "Nothing new", deadline))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing to propose");
    }

    @Test
    void history_lists_versions_with_who_agreed_and_restores_an_older_one_into_the_draft() {
        publishFirstVersion();
        signInAs("nurse");
        StepDetails gpStep = drafts.step(pathway.gpStep());
        drafts.saveStep(gpStep.id(), gpStep.version(), gpStep.fields().withTitle("Kidney health check"));
        long second = open("Clearer title").id();
        decide("lmc", second, CareSetting.PRIMARY, true);
        publishAs("gp", second);

        signInAs("pharmacist");
        assertThat(history.versions(pathway.workspaceId(), 0, 10)).extracting(VersionSummary::number).containsExactly(2, 1);
        assertThat(history.compare(pathway.workspaceId(), 1, 2)).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo(PathwayChange.Subject.STEP);
            assertThat(change.fields()).containsExactly(
                    new PathwayChange.FieldChange("Title", "Annual kidney check", "Kidney health check"));
        });
        assertThatThrownBy(() -> history.restore(pathway.workspaceId(), 1)).isInstanceOf(AccessDeniedException.class);

        signInAs("gp");
        history.restore(pathway.workspaceId(), 1);
        assertThat(drafts.step(pathway.gpStep()).fields().title()).as("the same step row, so its comments stay")
                .isEqualTo("Annual kidney check");
        assertThat(history.compareWithDraft(pathway.workspaceId(), 1)).isEmpty();
    }

    private long publishFirstVersion() {
        long id = open("First agreed version").id();
        decide("lmc", id, CareSetting.PRIMARY, true);
        decide("lnc", id, CareSetting.SECONDARY, true);
        publishAs("gp", id);
        return id;
    }

    private ProposalDetails open(String summary) {
        signInAs("gp");
        return proposals.open(pathway.workspaceId(), summary, deadline);
    }

    /** Decides on the revision the person reads now, as the proposal page would show it. */
    private void decide(String who, long proposalId, CareSetting setting, boolean agree) {
        signInAs(who);
        int shown = proposals.openProposal(pathway.workspaceId()).orElseThrow().revision();
        if (agree) {
            proposals.agree(proposalId, shown, setting);
        } else {
            proposals.object(proposalId, shown, setting, "Objection");
        }
    }

    private VersionSummary publishAs(String who, long proposalId) {
        signInAs(who);
        return proposals.publish(proposalId);
    }
}
