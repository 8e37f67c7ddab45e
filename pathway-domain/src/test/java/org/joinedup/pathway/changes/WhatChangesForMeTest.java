package org.joinedup.pathway.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.HandoverFields;
import org.joinedup.pathway.draft.SettingChange;
import org.joinedup.pathway.draft.SettingChange.Meaning;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.joinedup.testing.MovableClock;
import org.joinedup.testing.TestMailServer;
import org.joinedup.testing.TestOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What changed for my care setting, across the pathways I may read, on the page and by weekly e-mail. */
@JoinedUpTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@Import(MovableClock.Configuration.class)
class WhatChangesForMeTest extends KidneyPathwayTest {

    static final TestOutbox OUTBOX = TestOutbox.create();

    @DynamicPropertySource
    static void outbox(DynamicPropertyRegistry registry) {
        OUTBOX.configure(registry);
    }

    @Autowired
    WhatChangesForMe changes;
    @Autowired
    WeeklyChanges weekly;
    @Autowired
    MovableClock clock;

    /** Version 1 as the kidney pathway stands; a day later version 2 adds a primary-care step and gives pending results to the renal team. */
    private Instant publishTwoVersions() {
        publishAsAgreed("First version");
        clock.advance(Duration.ofDays(1));
        Instant between = clock.instant();
        clock.advance(Duration.ofHours(1));
        signInAs("gp");
        drafts.addStep(pathway.recognitionStage(), StepFields.titled("Medication review", CareSetting.PRIMARY));
        var handover = drafts.handoversOf(pathway.gpStep()).getFirst();
        drafts.saveHandover(handover.id(), handover.version(), new HandoverFields(handover.fields().trigger(), "",
                "The renal team", ""));
        publishAsAgreed("Medication review and results");
        return between;
    }

    @Test
    void a_clinician_outside_the_workspace_sees_what_the_new_version_means_for_their_setting() {
        Instant since = publishTwoVersions();

        signInAs("consultant");
        assertThat(changes.countSince(since)).isEqualTo(1);
        List<PathwayChanges> listed = changes.since(since, 0, 10);
        assertThat(listed).singleElement().satisfies(pathway -> {
            assertThat(pathway.title()).isEqualTo("Chronic kidney disease \u2014 Test Place");
            assertThat(pathway.member()).isFalse();
            assertThat(pathway.versions()).singleElement().satisfies(version -> {
                assertThat(version.number()).isEqualTo(2);
                assertThat(version.forMySetting()).singleElement().satisfies(change -> {
                    assertThat(change.meanings()).containsExactlyInAnyOrder(Meaning.HAND_OVER_TO_YOU_CHANGED,
                            Meaning.RESULT_RESPONSIBILITY_CHANGED);
                    assertThat(change.change().fields()).singleElement().satisfies(field -> {
                        assertThat(field.before()).isEqualTo(HandoverFields.DEFAULT_PENDING_RESULTS);
                        assertThat(field.after()).isEqualTo("The renal team");
                    });
                });
                assertThat(version.otherChanges()).as("the new primary-care step").isEqualTo(1);
            });
        });
    }

    @Test
    void primary_care_sees_its_new_responsibility_and_every_version_since_the_date_chosen() {
        Instant start = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        publishTwoVersions();

        signInAs("lmc");
        List<PathwayChanges> listed = changes.since(start, 0, 10);
        assertThat(listed).singleElement().satisfies(pathway -> {
            assertThat(pathway.member()).isTrue();
            assertThat(pathway.versions()).extracting(VersionChanges::number).containsExactly(1, 2);
            assertThat(pathway.versions().get(1).forMySetting()).extracting(SettingChange::meanings).containsExactly(
                    Set.of(Meaning.NEW_RESPONSIBILITY),
                    Set.of(Meaning.HAND_OVER_FROM_YOU_CHANGED, Meaning.RESULT_RESPONSIBILITY_CHANGED));
        });
    }

    @Test
    void a_confidential_pathway_is_listed_only_for_its_members() {
        Instant since = publishTwoVersions();
        jdbc.update("update workspace set confidential_reason = 'Draft service redesign under consultation' where id = ?",
                pathway.workspaceId());

        signInAs("consultant");
        assertThat(changes.since(since, 0, 10)).isEmpty();
        assertThat(changes.countSince(since)).isZero();
        signInAs("lnc");
        assertThat(changes.since(since, 0, 10)).hasSize(1);
    }

    @Test
    void a_patient_partner_has_no_setting_and_sees_nothing() {
        Instant since = publishTwoVersions();

        signInAs("patient");
        assertThat(changes.open().setting()).isNull();
        assertThat(changes.since(since, 0, 10)).isEmpty();
    }

    @Test
    void the_page_starts_from_the_last_visit_and_remembers_this_one() {
        signInAs("nurse");
        ChangesPage first = changes.open();
        assertThat(first.previousVisit()).isNull();
        assertThat(first.since()).isEqualTo(clock.instant().minus(Duration.ofDays(WhatChangesForMe.FIRST_VISIT_DAYS)));
        assertThat(first.setting()).isEqualTo(CareSetting.COMMUNITY);
        Instant visited = clock.instant();

        clock.advance(Duration.ofDays(3));
        ChangesPage second = changes.open();
        assertThat(second.previousVisit()).isEqualTo(visited);
        assertThat(second.since()).isEqualTo(visited);
    }

    @Test
    void a_date_in_the_future_is_refused_at_the_field() {
        signInAs("gp");
        assertThatThrownBy(() -> changes.since(clock.instant().plus(Duration.ofDays(2)), 0, 10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not in the future");
    }

    @Test
    void the_weekly_e_mail_goes_once_a_week_to_those_who_chose_it() {
        signInAs("consultant");
        changes.setWeekly(true);
        assertThat(changes.open().weekly()).isTrue();
        signInAs("lnc");
        changes.open();
        signInAs("gp");
        publishTwoVersions();
        int before = OUTBOX.mails().size();

        assertThat(weekly.send()).isEqualTo(1);
        assertThat(weekly.send()).as("a second run in the same week").isZero();

        var mails = OUTBOX.mails().subList(before, OUTBOX.mails().size());
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(TestMailServer.to(mail)).isEqualTo("consultant@demo.joinedup.example");
            assertThat(TestMailServer.subject(mail)).isEqualTo("JoinedUp: what changed for Secondary care this week");
            assertThat(TestMailServer.body(mail)).contains("Chronic kidney disease \u2014 Test Place",
                    "Version 2", "Who acts on pending results changed",
                    "\"" + HandoverFields.DEFAULT_PENDING_RESULTS + "\" -> \"The renal team\"", "/what-changes");
        });

        clock.advance(Duration.ofDays(7));
        assertThat(weekly.send()).as("nothing published since the last e-mail").isZero();

        signInAs("consultant");
        changes.setWeekly(false);
        clock.advance(Duration.ofDays(7));
        signInAs("gp");
        var handover = drafts.handoversOf(pathway.gpStep()).getFirst();
        drafts.saveHandover(handover.id(), handover.version(), new HandoverFields(handover.fields().trigger(), "",
                "The renal team", "Within 2 weeks"));
        publishAsAgreed("Response within two weeks");
        assertThat(weekly.send()).as("switched off").isZero();
    }
}
