package org.joinedup.pathway.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A design-forum meeting's decision or a resolved interface issue asks for the pathway to
 * change: the convenor's request opens a proposal from the draft, or is added to the open
 * one, which then asks every affected setting again. The kidney pathway's convenor is Dr
 * Priya Shah (gp); Dr Ben Carter (lmc) signs for primary care, Dr Aisha Khan (lnc) for
 * secondary care; Jo Williams (nurse) edits.
 */
@JoinedUpTest
@DirtiesContext
class ChangeRequestTest extends KidneyPathwayTest {

    private static final ChangeRequest MEETING = new ChangeRequest(
            "Repeat the eGFR within three months when it falls, not at the next annual check.", "forums/meetings/12");

    @Test
    void a_request_opens_a_proposal_from_the_draft_when_none_is_open() {
        signInAs("gp");
        ChangeRequestOutcome outcome = proposals.requestChange(pathway.workspaceId(), MEETING);

        assertThat(outcome.opened()).isTrue();
        ProposalDetails opened = proposals.openProposal(pathway.workspaceId()).orElseThrow();
        assertThat(opened.id()).isEqualTo(outcome.proposalId());
        assertThat(opened.summary()).isEqualTo("Asked for at forums/meetings/12: " + MEETING.reason());
        assertThat(opened.revision()).isEqualTo(1);
        assertThat(opened.deadline()).isEqualTo(LocalDate.now().plusDays(ProposalService.REQUESTED_CHANGE_DEADLINE_DAYS));
        assertThat(opened.settings()).extracting(SettingSignOff::careSetting)
                .containsExactlyInAnyOrder(CareSetting.PRIMARY, CareSetting.SECONDARY);
        assertThat(jdbc.queryForList("select details from audit_entry where action = 'proposal.opened' and subject_id = ?",
                String.class, pathway.workspaceId())).singleElement().asString().contains("forums/meetings/12");
    }

    @Test
    void a_request_is_added_to_the_open_proposal_and_every_affected_setting_is_asked_again() {
        signInAs("gp");
        long open = proposals.open(pathway.workspaceId(), "First version of the pathway.", LocalDate.now().plusDays(10)).id();
        signInAs("lmc");
        proposals.agree(open, 1, CareSetting.PRIMARY);

        signInAs("gp");
        ChangeRequestOutcome outcome = proposals.requestChange(pathway.workspaceId(),
                new ChangeRequest("Discharge letters must name who repeats the bloods.", "forums/interface-issues/4"));

        assertThat(outcome).isEqualTo(new ChangeRequestOutcome(open, false));
        ProposalDetails revised = proposals.openProposal(pathway.workspaceId()).orElseThrow();
        assertThat(revised.summary()).isEqualTo("First version of the pathway.\n\nAsked for at forums/interface-issues/4: "
                + "Discharge letters must name who repeats the bloods.");
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.deadline()).as("the deadline stays").isEqualTo(LocalDate.now().plusDays(10));
        assertThat(revised.settings()).extracting(SettingSignOff::state).containsOnly(SignOffState.WAITING);
        signInAs("lmc");
        assertThatThrownBy(() -> proposals.agree(open, 1, CareSetting.PRIMARY)).as("a decision on the earlier wording")
                .isInstanceOf(ProposalRevisedException.class);
        proposals.agree(open, 2, CareSetting.PRIMARY);
        assertThat(jdbc.queryForList("select details from audit_entry where action = 'proposal.change-asked-for' "
                + "and subject_id = ?", String.class, pathway.workspaceId())).singleElement().asString()
                .contains("forums/interface-issues/4");
    }

    @Test
    void only_the_convenor_may_ask() {
        for (String notConvenor : new String[] {"nurse", "lmc", "pharmacist", "patient", "socialcare"}) {
            signInAs(notConvenor);
            assertThatThrownBy(() -> proposals.requestChange(pathway.workspaceId(), MEETING)).as(notConvenor)
                    .isInstanceOf(WorkspaceAccessDeniedException.class);
        }
        signInAs("gp");
        assertThat(proposals.openProposal(pathway.workspaceId())).isEmpty();
    }

    @Test
    void a_request_that_would_make_the_summary_too_long_is_refused_and_the_proposal_left_as_it_was() {
        signInAs("gp");
        String longSummary = "The first version, explained at length. ".repeat(40).strip();
        assertThat(longSummary.length()).isLessThanOrEqualTo(WorkspaceLimits.SUMMARY_MAX);
        long open = proposals.open(pathway.workspaceId(), longSummary, LocalDate.now().plusDays(10)).id();
        signInAs("lnc");
        proposals.agree(open, 1, CareSetting.SECONDARY);

        signInAs("gp");
        assertThatThrownBy(() -> proposals.requestChange(pathway.workspaceId(),
                new ChangeRequest("Add a step for the pharmacist's medicines review. ".repeat(10).strip(),
                        "forums/meetings/12")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.getMessage()).contains(Integer.toString(WorkspaceLimits.SUMMARY_MAX));
                    assertThat(refused.messages()).containsKey("reason");
                });

        ProposalDetails unchanged = proposals.openProposal(pathway.workspaceId()).orElseThrow();
        assertThat(unchanged.summary()).isEqualTo(longSummary);
        assertThat(unchanged.revision()).isEqualTo(1);
        assertThat(unchanged.settings()).filteredOn(setting -> setting.careSetting() == CareSetting.SECONDARY)
                .extracting(SettingSignOff::state).containsExactly(SignOffState.AGREED);
    }

    @Test
    void the_proposal_rules_refuse_a_request_as_they_refuse_opening() {
        publishAsAgreed("First version");

        assertThatThrownBy(() -> proposals.requestChange(pathway.workspaceId(), MEETING))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The draft is the same as version 1: there is nothing to propose.");
        assertThat(proposals.openProposal(pathway.workspaceId())).isEmpty();
    }

    @Test
    void the_source_is_a_route_inside_the_portal_and_the_reason_is_screened() {
        signInAs("gp");
        for (String source : new String[] {"https://elsewhere.example/forum", "/forums/meetings/12",
                "forums/../admin", "//elsewhere.example", " ", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> proposals.requestChange(pathway.workspaceId(),
                    new ChangeRequest(MEETING.reason(), source))).as(source)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            refused -> assertThat(refused.messages()).containsKey("source"));
        }
        assertThatThrownBy(() -> proposals.requestChange(pathway.workspaceId(),
                new ChangeRequest("Mrs Jones, NHS number 943 476 5919, waited a year.", "forums/meetings/12")))
                .isInstanceOf(IdentifiersFoundException.class);
        assertThat(proposals.openProposal(pathway.workspaceId())).isEmpty();
    }
}
