package org.joinedup.pathway.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.joinedup.identity.people.AccountChange;
import org.joinedup.identity.people.CareSetting;
import org.joinedup.identity.people.DemoPeople;
import org.joinedup.identity.people.PersonAccount;
import org.joinedup.identity.people.PersonAdministration;
import org.joinedup.identity.people.YourDataService;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.audit.AuditRecord;
import org.joinedup.platform.audit.AuditTrail;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationItem;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A sign-off says what it claims: it is for the revision the person read, it comes from
 * someone who represents their own care setting (or holds an administrator's exception),
 * and it stops counting when that person can no longer speak for the setting. On the
 * kidney pathway: Dr Ben Carter (lmc, primary care) and Dr Aisha Khan (lnc, secondary
 * care) represent their settings; Dr Priya Shah (gp) convenes.
 */
@JoinedUpTest
@DirtiesContext
class SignOffIntegrityTest extends KidneyPathwayTest {

    @Autowired
    RepresentationExceptions exceptions;
    @Autowired
    PersonAdministration administration;
    @Autowired
    YourDataService yourData;
    @Autowired
    NotificationCentre notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    DemoPeople demo;

    @Test
    void a_decision_on_a_revision_that_has_been_replaced_is_refused_and_names_the_new_one() {
        long id = open().id();
        reviseTheGpStep(id, "Kidney health check");

        signInAs("lmc");
        assertThatThrownBy(() -> proposals.agree(id, 1, CareSetting.PRIMARY))
                .isInstanceOf(ProposalRevisedException.class)
                .hasMessageContaining("you saw revision 1, and it is now at revision 2")
                .extracting(refused -> ((ProposalRevisedException) refused).currentRevision()).isEqualTo(2);
        signInAs("lnc");
        assertThatThrownBy(() -> proposals.object(id, 1, CareSetting.SECONDARY, "Too late for us"))
                .isInstanceOf(ProposalRevisedException.class);
        assertThat(jdbc.queryForObject("select count(*) from sign_off where proposal_id = ?", Integer.class, id))
                .as("nothing recorded").isZero();

        signInAs("lmc");
        ProposalDetails agreed = proposals.agree(id, 2, CareSetting.PRIMARY);
        assertThat(setting(agreed, CareSetting.PRIMARY).state()).isEqualTo(SignOffState.AGREED);
        assertThat(setting(agreed, CareSetting.PRIMARY).revision()).isEqualTo(2);
    }

    @Test
    void a_representative_for_a_setting_they_do_not_work_in_needs_an_administrators_exception() {
        long consultant = personId("consultant");
        signInAs("gp");
        assertThatThrownBy(() -> workspaces.addMember(pathway.workspaceId(), consultant,
                Membership.representing(CareSetting.PRIMARY)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Dr Tomi Okafor does not work in Primary care")
                .extracting("field").isEqualTo("careSetting");
        assertThatThrownBy(() -> workspaces.changeMember(pathway.workspaceId(), personId("lnc"),
                Membership.representing(CareSetting.PRIMARY))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> exceptions.grant(pathway.workspaceId(), consultant, CareSetting.PRIMARY, "No GP nominee"))
                .as("only administrators grant exceptions").isInstanceOf(AccessDeniedException.class);

        signInAs("admin");
        assertThatThrownBy(() -> exceptions.grant(pathway.workspaceId(), consultant, CareSetting.PRIMARY, "  "))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("reason");
        RepresentationExceptionDetails granted = exceptions.grant(pathway.workspaceId(), consultant, CareSetting.PRIMARY,
                "The practices have no nominee until March; the LMC asked Dr Okafor to stand in.");
        assertThat(exceptions.forPerson(consultant)).extracting(RepresentationExceptionDetails::careSetting,
                RepresentationExceptionDetails::grantedBy).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CareSetting.PRIMARY, "Alex Morgan"));
        assertThat(audit.history("workspace", pathway.workspaceId(), 0, 50)).filteredOn(entry -> entry.action()
                .equals("workspace.representation-exception-granted")).singleElement().satisfies(entry -> {
                    assertThat(entry.actorName()).isEqualTo("Alex Morgan");
                    assertThat(entry.details()).contains("Dr Tomi Okafor may represent Primary care though they work in "
                            + "Secondary care", "the LMC asked Dr Okafor to stand in");
                });

        signInAs("gp");
        workspaces.removeMember(pathway.workspaceId(), personId("lmc"));
        workspaces.addMember(pathway.workspaceId(), consultant, Membership.representing(CareSetting.PRIMARY));
        long id = open().id();
        signInAs("consultant");
        proposals.agree(id, 1, CareSetting.PRIMARY);
        assertThat(setting(current(), CareSetting.PRIMARY).decidedBy()).isEqualTo("Dr Tomi Okafor");

        signInAs("admin");
        exceptions.revoke(granted.id());
        assertThat(audit.history("workspace", pathway.workspaceId(), 0, 50)).extracting(AuditRecord::action)
                .contains("workspace.representation-exception-revoked");
        SettingSignOff primary = setting(current(), CareSetting.PRIMARY);
        assertThat(primary.state()).isEqualTo(SignOffState.WAITING);
        assertThat(primary.lapsed().because()).isEqualTo(SupersededBecause.NOT_OWN_SETTING);
        assertThat(primary.representatives()).as("nobody can sign for primary care now").isEmpty();
        signInAs("consultant");
        assertThatThrownBy(() -> proposals.agree(id, 1, CareSetting.PRIMARY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_representative_who_leaves_no_longer_counts_and_publication_needs_their_setting_again() {
        long id = open().id();
        decide("lmc", id, CareSetting.PRIMARY);
        decide("lnc", id, CareSetting.SECONDARY);

        signInAs("gp");
        workspaces.removeMember(pathway.workspaceId(), personId("lnc"));

        SettingSignOff secondary = setting(current(), CareSetting.SECONDARY);
        assertThat(secondary.state()).isEqualTo(SignOffState.WAITING);
        assertThat(secondary.lapsed().decidedBy()).isEqualTo("Dr Aisha Khan");
        assertThat(secondary.lapsed().because()).isEqualTo(SupersededBecause.LEFT_WORKSPACE);
        assertThat(setting(current(), CareSetting.PRIMARY).state()).as("others stand").isEqualTo(SignOffState.AGREED);
        assertThatThrownBy(() -> proposals.publish(id)).isInstanceOf(PublicationRefusedException.class)
                .hasMessage("Waiting for Secondary care to agree.");
        Map<String, Object> kept = jdbc.queryForMap("select superseded, superseded_because, superseded_at from sign_off "
                + "where proposal_id = ? and care_setting = 'SECONDARY'", id);
        assertThat(kept.get("superseded")).isEqualTo(true);
        assertThat(kept.get("superseded_because")).isEqualTo("LEFT_WORKSPACE");
        assertThat(kept.get("superseded_at")).isNotNull();
        assertThat(convenorHeard()).anySatisfy(notice -> assertThat(notice.title())
                .isEqualTo("Dr Aisha Khan's sign-off for Secondary care on proposal 1 for Chronic kidney disease \u2014 "
                        + "Test Place no longer stands: Secondary care must sign again"));

        workspaces.addMember(pathway.workspaceId(), personId("consultant"),
                Membership.representing(CareSetting.SECONDARY));
        decide("consultant", id, CareSetting.SECONDARY);
        signInAs("gp");
        assertThat(proposals.publish(id).agreements()).extracting(Agreement::agreedBy)
                .containsExactlyInAnyOrder("Dr Ben Carter", "Dr Tomi Okafor");
    }

    @Test
    void a_representative_moved_to_another_role_or_setting_no_longer_counts() {
        long id = open().id();
        decide("lmc", id, CareSetting.PRIMARY);
        decide("lnc", id, CareSetting.SECONDARY);

        signInAs("gp");
        workspaces.changeMember(pathway.workspaceId(), personId("lnc"),
                Membership.of(WorkspaceRole.EDITOR));

        assertThat(setting(current(), CareSetting.SECONDARY).lapsed().because())
                .isEqualTo(SupersededBecause.NO_LONGER_REPRESENTATIVE);
        assertThat(current().publishable()).isFalse();
    }

    @Test
    @DirtiesContext // changes a demo person's account
    void an_administrator_changing_a_representatives_own_care_setting_ends_their_sign_off() {
        long id = open().id();
        decide("lmc", id, CareSetting.PRIMARY);
        decide("lnc", id, CareSetting.SECONDARY);
        long lmc = personId("lmc");

        signInAs("admin");
        PersonAccount account = administration.account(lmc).orElseThrow();
        administration.changeAccess(lmc, new AccountChange(account.version(), account.roles(), CareSetting.COMMUNITY,
                account.organisationId()));

        SettingSignOff primary = setting(current(), CareSetting.PRIMARY);
        assertThat(primary.state()).isEqualTo(SignOffState.WAITING);
        assertThat(primary.lapsed().because()).isEqualTo(SupersededBecause.NOT_OWN_SETTING);
        assertThat(primary.representatives()).isEmpty();
        signInAs("gp");
        assertThatThrownBy(() -> proposals.publish(id)).isInstanceOf(PublicationRefusedException.class)
                .hasMessage("Waiting for Primary care to agree.");
        assertThat(convenorHeard()).extracting(NotificationItem::kind).contains(NotificationKind.SIGN_OFF_LAPSED);
        signInAs("lmc");
        assertThatThrownBy(() -> proposals.agree(id, 1, CareSetting.PRIMARY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DirtiesContext // changes a demo person's account
    void a_deactivated_or_closed_account_no_longer_counts() {
        long id = open().id();
        decide("lmc", id, CareSetting.PRIMARY);
        decide("lnc", id, CareSetting.SECONDARY);

        signInAs("admin");
        long lnc = personId("lnc");
        administration.deactivate(lnc, administration.account(lnc).orElseThrow().version());
        signInAs("lmc");
        yourData.closeMyAccount(demo.password());

        ProposalDetails waiting = current();
        assertThat(setting(waiting, CareSetting.SECONDARY).lapsed().because())
                .isEqualTo(SupersededBecause.ACCOUNT_DEACTIVATED);
        assertThat(setting(waiting, CareSetting.PRIMARY).lapsed().because()).isEqualTo(SupersededBecause.ACCOUNT_CLOSED);
        assertThat(setting(waiting, CareSetting.PRIMARY).lapsed().decidedBy()).isEqualTo("Former member");
        assertThat(waiting.blockedBecause()).isEqualTo("Waiting for Primary care, Secondary care to agree.");
        assertThat(jdbc.queryForObject("select count(*) from sign_off where proposal_id = ? and superseded", Integer.class,
                id)).as("kept, never deleted").isEqualTo(2);
    }

    private ProposalDetails open() {
        signInAs("gp");
        return proposals.open(pathway.workspaceId(), "First agreed version", LocalDate.now().plusDays(14));
    }

    private void reviseTheGpStep(long proposalId, String title) {
        signInAs("nurse");
        StepDetails step = drafts.step(pathway.gpStep());
        drafts.saveStep(step.id(), step.version(), step.fields().withTitle(title));
        signInAs("gp");
        proposals.revise(proposalId, "First agreed version, retitled", LocalDate.now().plusDays(14));
    }

    private void decide(String who, long proposalId, CareSetting setting) {
        signInAs(who);
        proposals.agree(proposalId, 1, setting);
    }

    private ProposalDetails current() {
        signInAs("gp");
        return proposals.openProposal(pathway.workspaceId()).orElseThrow();
    }

    /** What the convenor was told about lapsed sign-offs. */
    private List<NotificationItem> convenorHeard() {
        signInAs("gp");
        return notifications.mine(0, 50).stream().filter(notice -> notice.kind() == NotificationKind.SIGN_OFF_LAPSED)
                .toList();
    }

    private static SettingSignOff setting(ProposalDetails proposal, CareSetting setting) {
        return proposal.settings().stream().filter(s -> s.careSetting() == setting).findFirst().orElseThrow();
    }
}
