package org.joinedup.pathway.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.workspace.Membership;
import org.joinedup.pathway.workspace.WorkspaceAccessDeniedException;
import org.joinedup.pathway.workspace.WorkspaceRole;
import org.joinedup.platform.notification.NotificationCentre;
import org.joinedup.platform.notification.NotificationItem;
import org.joinedup.platform.notification.NotificationKind;
import org.joinedup.platform.notification.PendingDecision;
import org.joinedup.platform.screening.IdentifiersFoundException;
import org.joinedup.platform.time.PortalTime;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.joinedup.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/** Urgent notices: one agreement publishes them, they reach members and recent readers, expire, and are asked about. */
@JoinedUpTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@Import(MovableClock.Configuration.class)
class UrgentNoticesTest extends KidneyPathwayTest {

    /** MovableClock's start, in London. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    UrgentNotices notices;
    @Autowired
    NoticeDecisions decisions;
    @Autowired
    NotificationCentre notifications;
    @Autowired
    MovableClock clock;

    @Test
    void one_representatives_agreement_publishes_a_notice_to_members_and_recent_readers() {
        publishAsAgreed("First version");
        signInAs("socialcare");
        history.published(pathway.workspaceId(), 1);
        clock.advance(Duration.ofDays(91));
        signInAs("consultant");
        history.published(pathway.workspaceId(), 1);

        signInAs("gp");
        NoticeDetails drafted = notices.draft(pathway.workspaceId(), notice("Ramipril shortage", false, today().plusDays(14)));
        assertThat(drafted.state()).isEqualTo(NoticeState.WAITING);
        assertThat(notices.live(pathway.workspaceId())).as("not shown before agreement").isEmpty();
        assertThat(inbox("lmc")).filteredOn(n -> n.kind() == NotificationKind.URGENT_NOTICE).singleElement()
                .satisfies(n -> assertThat(n.title()).contains("needs your agreement").contains("Ramipril shortage"));
        assertThat(pending("lnc")).singleElement().extracting(PendingDecision::title)
                .isEqualTo("Agree the urgent notice \u201cRamipril shortage\u201d for Chronic kidney disease \u2014 Test Place");

        signInAs("lnc");
        NoticeDetails agreed = notices.agree(pathway.workspaceId(), drafted.id());

        assertThat(agreed.state()).isEqualTo(NoticeState.LIVE);
        assertThat(agreed.agreedBy()).isEqualTo("Dr Aisha Khan");
        assertThat(agreed.agreedAs()).isEqualTo("representative of Secondary care");
        signInAs("consultant");
        assertThat(notices.live(pathway.workspaceId())).extracting(NoticeDetails::title).containsExactly("Ramipril shortage");
        assertThat(urgent("consultant")).as("opened the published pathway 0 days ago").singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("workspaces/" + pathway.workspaceId() + "/versions/1/print"));
        assertThat(urgent("socialcare")).as("opened it 91 days ago").isEmpty();
        assertThat(urgent("nurse")).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("workspaces/" + pathway.workspaceId() + "/notices"));
        assertThat(urgent("patient")).as("not for patients").isEmpty();
        assertThat(urgent("lnc")).as("agreed to it").isEmpty();
        assertThat(pending("lnc")).as("nothing waits any more").isEmpty();
    }

    @Test
    void a_notice_for_patients_shows_on_the_patient_page_and_reaches_patient_partners() {
        publishAsAgreed("First version");
        signInAs("gp");
        long id = notices.draft(pathway.workspaceId(), notice("Clinic closed on Friday", true, today().plusDays(3))).id();
        signInAs("lmc");
        notices.agree(pathway.workspaceId(), id);

        signInAs("patient");
        assertThat(notices.liveForPatients(pathway.workspaceId())).extracting(NoticeDetails::title)
                .containsExactly("Clinic closed on Friday");
        assertThat(urgent("patient")).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("workspaces/" + pathway.workspaceId() + "/versions/1/patient"));
    }

    @Test
    void only_the_clinical_lead_or_a_representative_agrees() {
        signInAs("gp");
        long id = notices.draft(pathway.workspaceId(), notice("Ramipril shortage", false, today().plusDays(7))).id();

        for (String person : List.of("gp", "nurse", "pharmacist", "patient", "consultant")) {
            signInAs(person);
            assertThatThrownBy(() -> notices.agree(pathway.workspaceId(), id)).as(person)
                    .isInstanceOf(WorkspaceAccessDeniedException.class);
        }
        signInAs("gp");
        workspaces.changeMember(pathway.workspaceId(), personId("pharmacist"), Membership.of(WorkspaceRole.CLINICAL_LEAD));
        signInAs("pharmacist");
        assertThat(notices.agree(pathway.workspaceId(), id).agreedAs()).isEqualTo("clinical lead");
        assertThatThrownBy(() -> notices.agree(pathway.workspaceId(), id)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no longer waiting");
    }

    @Test
    void a_past_expiry_is_refused_and_a_notice_expires_by_itself() {
        signInAs("gp");
        assertThatThrownBy(() -> notices.draft(pathway.workspaceId(), notice("Ramipril shortage", false, today().minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messages()).containsOnlyKeys("expiresOn"));
        assertThat(notices.board(pathway.workspaceId()).notices()).as("nothing stored").isEmpty();

        long id = notices.draft(pathway.workspaceId(), notice("Ramipril shortage", false, today().plusDays(2))).id();
        signInAs("lmc");
        notices.agree(pathway.workspaceId(), id);
        clock.advance(Duration.ofDays(2));
        assertThat(notices.live(pathway.workspaceId())).as("its last day").hasSize(1);
        clock.advance(Duration.ofDays(1));

        assertThat(notices.live(pathway.workspaceId())).isEmpty();
        assertThat(notices.board(pathway.workspaceId()).notices()).extracting(NoticeDetails::state)
                .containsExactly(NoticeState.EXPIRED);
    }

    @Test
    void text_with_a_patient_identifier_is_refused() {
        signInAs("gp");
        assertThatThrownBy(() -> notices.draft(pathway.workspaceId(), new NewNotice("Ramipril shortage",
                "As for the patient with NHS number 943 476 5919", false, today(), null)))
                .isInstanceOfSatisfying(IdentifiersFoundException.class,
                        refused -> assertThat(refused.messages()).containsOnlyKeys("body"));
    }

    @Test
    void a_notice_on_a_step_names_the_published_step_and_only_a_convenor_withdraws_it() {
        publishAsAgreed("First version");
        signInAs("gp");
        NoticeBoard board = notices.board(pathway.workspaceId());
        assertThat(board.mayDraft()).isTrue();
        NoticeBoard.StepChoice step = board.steps().getFirst();
        long id = notices.draft(pathway.workspaceId(), new NewNotice("Ramipril shortage", "Use **lisinopril** instead.",
                false, today().plusDays(7), step.key())).id();
        assertThatThrownBy(() -> notices.draft(pathway.workspaceId(), new NewNotice("Other", "Text", false, today(),
                "no-such-step"))).isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messages()).containsOnlyKeys("stepKey"));
        signInAs("lmc");
        notices.agree(pathway.workspaceId(), id);
        assertThat(notices.live(pathway.workspaceId())).singleElement()
                .satisfies(notice -> assertThat(notice.stepTitle()).isEqualTo("Annual kidney check"));
        assertThatThrownBy(() -> notices.withdraw(pathway.workspaceId(), id)).isInstanceOf(WorkspaceAccessDeniedException.class);

        signInAs("gp");
        notices.withdraw(pathway.workspaceId(), id);

        assertThat(notices.live(pathway.workspaceId())).isEmpty();
        assertThat(notices.board(pathway.workspaceId()).notices()).singleElement().satisfies(notice -> {
            assertThat(notice.state()).isEqualTo(NoticeState.WITHDRAWN);
            assertThat(notice.endedBy()).isEqualTo("Dr Priya Shah");
        });
        assertThat(jdbc.queryForList("select details from audit_entry where action like 'notice.%' order by id",
                String.class)).containsExactly(
                "Drafted urgent notice \u201cRamipril shortage\u201d on step \u201cAnnual kidney check\u201d, for clinicians "
                        + "only; shows until 2026-11-30",
                "Published urgent notice \u201cRamipril shortage\u201d with the agreement of the representative of Primary care",
                "Withdrew urgent notice \u201cRamipril shortage\u201d (it was published)");
    }

    @Test
    void the_next_publication_asks_the_convenor_whether_each_live_notice_is_covered() {
        publishAsAgreed("First version");
        signInAs("gp");
        long covered = notices.draft(pathway.workspaceId(), notice("Ramipril shortage", false, today().plusDays(30))).id();
        long needed = notices.draft(pathway.workspaceId(), notice("Clinic closed", false, today().plusDays(30))).id();
        signInAs("lmc");
        notices.agree(pathway.workspaceId(), covered);
        notices.agree(pathway.workspaceId(), needed);
        signInAs("gp");
        StepDetails step = drafts.step(pathway.gpStep());
        drafts.saveStep(step.id(), step.version(), step.fields().withDescription("Lisinopril while ramipril is short."));
        assertThatThrownBy(() -> notices.answerCoverage(pathway.workspaceId(), covered, true))
                .as("nothing asked yet").isInstanceOf(InvalidInputException.class);

        long second = proposals.open(pathway.workspaceId(), "Lisinopril while ramipril is short", today().plusDays(14)).id();
        signInAs("lmc");
        proposals.agree(second, 1, CareSetting.PRIMARY);
        signInAs("gp");
        proposals.publish(second);

        assertThat(urgent("gp")).extracting(NotificationItem::title).contains(
                "Version 2 of Chronic kidney disease \u2014 Test Place is published: does it cover the urgent notice "
                        + "\u201cRamipril shortage\u201d?");
        assertThat(pending("gp")).extracting(PendingDecision::title).containsExactlyInAnyOrder(
                "Say whether version 2 of Chronic kidney disease \u2014 Test Place covers the urgent notice \u201cRamipril shortage\u201d",
                "Say whether version 2 of Chronic kidney disease \u2014 Test Place covers the urgent notice \u201cClinic closed\u201d");
        DemoSignIn.nobody();
        assertThat(decisions.peopleWithPendingDecisions()).contains(personId("gp"));
        signInAs("lmc");
        assertThatThrownBy(() -> notices.answerCoverage(pathway.workspaceId(), covered, true))
                .isInstanceOf(WorkspaceAccessDeniedException.class);

        signInAs("gp");
        notices.answerCoverage(pathway.workspaceId(), covered, true);
        notices.answerCoverage(pathway.workspaceId(), needed, false);

        assertThat(notices.live(pathway.workspaceId())).extracting(NoticeDetails::title).containsExactly("Clinic closed");
        assertThat(notices.board(pathway.workspaceId()).notices()).extracting(NoticeDetails::title, NoticeDetails::state)
                .containsExactly(tuple("Clinic closed", NoticeState.LIVE),
                        tuple("Ramipril shortage", NoticeState.COVERED));
        assertThat(pending("gp")).isEmpty();
        DemoSignIn.nobody();
        assertThat(decisions.peopleWithPendingDecisions()).isEmpty();
    }

    private static NewNotice notice(String title, boolean forPatients, LocalDate expiresOn) {
        return new NewNotice(title, "Use lisinopril 2.5 mg instead until supply returns.", forPatients, expiresOn, null);
    }

    private LocalDate today() {
        return PortalTime.today(clock);
    }

    private List<PendingDecision> pending(String who) {
        return decisions.pendingFor(personId(who));
    }

    private List<NotificationItem> urgent(String who) {
        return inbox(who).stream().filter(n -> n.kind() == NotificationKind.URGENT_NOTICE)
                .filter(n -> !n.title().contains("needs your agreement")).toList();
    }

    private List<NotificationItem> inbox(String who) {
        signInAs(who);
        try {
            return notifications.mine(0, 50);
        } finally {
            DemoSignIn.nobody();
        }
    }
}
