package org.joinedup.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.proposal.Decision;
import org.joinedup.pathway.proposal.PublicationRefusedException;
import org.joinedup.pathway.proposal.SupersededBecause;
import org.junit.jupiter.api.Test;

/** The proposal's own rules where the service tests do not reach them: settings a revision drops, and a publication race. */
class ChangeProposalTest {

    private static final Instant OPENED = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.parse("2026-12-15");

    @Test
    void a_revision_ends_the_decision_of_a_setting_it_no_longer_affects_and_asks_a_setting_it_newly_affects() {
        ChangeProposal proposal = proposal(null, Set.of(CareSetting.PRIMARY, CareSetting.SECONDARY));
        SignOff primary = agreement(CareSetting.PRIMARY);
        SignOff secondary = agreement(CareSetting.SECONDARY);

        Set<CareSetting> askedAgain = proposal.revise("Primary care's step moves to the community", "{}",
                Set.of(CareSetting.SECONDARY, CareSetting.COMMUNITY), Set.of(), DEADLINE, List.of(primary, secondary),
                OPENED.plusSeconds(60));

        assertThat(askedAgain).containsExactly(CareSetting.COMMUNITY);
        assertThat(primary.superseded()).as("primary care is no longer affected").isTrue();
        assertThat(primary.supersededBecause()).isEqualTo(SupersededBecause.PROPOSAL_REVISED);
        assertThat(secondary.superseded()).as("its part did not change").isFalse();
        assertThat(proposal.revision()).isEqualTo(2);
        assertThat(proposal.blockedBecause(Map.of(CareSetting.SECONDARY, secondary)))
                .isEqualTo("Waiting for Community care to agree.");
    }

    @Test
    void a_proposal_is_not_published_over_a_version_published_after_it_opened() {
        ChangeProposal proposal = proposal(null, Set.of(CareSetting.PRIMARY));
        Map<CareSetting, SignOff> agreed = Map.of(CareSetting.PRIMARY, agreement(CareSetting.PRIMARY));

        assertThatThrownBy(() -> proposal.publish(agreed, 1, OPENED.plusSeconds(60)))
                .isInstanceOf(PublicationRefusedException.class)
                .hasMessage("Version 1 was published after this proposal opened. Withdraw it and open a new one from the draft.");
        assertThat(proposal.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(proposal.publish(agreed, null, OPENED.plusSeconds(120))).isEqualTo(1);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.PUBLISHED);
    }

    private static ChangeProposal proposal(Integer baseVersion, Set<CareSetting> affected) {
        return new ChangeProposal(1, 1, "First agreed version", baseVersion, "{}", affected, DEADLINE, 7, OPENED);
    }

    private static SignOff agreement(CareSetting setting) {
        return new SignOff(1, setting, 1, Decision.AGREED, null, 8, OPENED);
    }
}
