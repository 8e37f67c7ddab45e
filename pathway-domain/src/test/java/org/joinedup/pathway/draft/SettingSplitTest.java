package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.joinedup.identity.people.CareSetting.COMMUNITY;
import static org.joinedup.identity.people.CareSetting.MENTAL_HEALTH;
import static org.joinedup.identity.people.CareSetting.PRIMARY;
import static org.joinedup.identity.people.CareSetting.SECONDARY;

import java.util.List;
import java.util.Set;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange.Kind;
import org.joinedup.pathway.draft.PathwayChange.Subject;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.pathway.draft.SettingChange.Meaning;
import org.junit.jupiter.api.Test;

/** What a published change means for one care setting, without a database. */
class SettingSplitTest {

    static final Step CHECK = new Step("check", StepFields.titled("Annual check", PRIMARY));
    static final Step ECLINIC = new Step("eclinic", StepFields.titled("Kidney e-clinic", COMMUNITY));
    static final Step CLINIC = new Step("clinic", StepFields.titled("Renal clinic", SECONDARY));
    static final Handover REFERRAL = new Handover("referral", "check", "clinic", HandoverFields.triggeredBy("eGFR falling"));

    static PathwaySnapshot pathway(List<Step> recognition, List<Step> assessment, List<Handover> handovers) {
        return new PathwaySnapshot(List.of(new Stage("recognition", "Recognition", recognition),
                new Stage("assessment", "Assessment", assessment)), handovers);
    }

    static final PathwaySnapshot PUBLISHED = pathway(List.of(CHECK), List.of(ECLINIC, CLINIC), List.of(REFERRAL));

    @Test
    void nothing_changed_means_nothing_for_any_setting() {
        for (CareSetting setting : CareSetting.values()) {
            assertThat(SettingSplit.of(setting, PUBLISHED, PUBLISHED)).isEmpty();
        }
    }

    @Test
    void a_step_added_in_my_setting_is_a_new_responsibility_and_nothing_for_the_others() {
        Step review = new Step("review", StepFields.titled("Medication review", PRIMARY));
        PathwaySnapshot after = pathway(List.of(CHECK, review), List.of(ECLINIC, CLINIC), List.of(REFERRAL));

        assertThat(SettingSplit.of(PRIMARY, PUBLISHED, after)).singleElement().satisfies(change -> {
            assertThat(change.meanings()).containsExactly(Meaning.NEW_RESPONSIBILITY);
            assertThat(change.change().title()).isEqualTo("Medication review");
            assertThat(change.change().fields()).extracting(PathwayChange.FieldChange::field).contains("Title", "Care setting");
        });
        assertThat(SettingSplit.of(SECONDARY, PUBLISHED, after)).isEmpty();
        assertThat(SettingSplit.of(COMMUNITY, PUBLISHED, after)).isEmpty();
    }

    @Test
    void a_step_moved_into_my_setting_is_new_for_me_and_ended_for_the_setting_it_left() {
        Step moved = new Step("clinic", CLINIC.fields().withCareSetting(COMMUNITY));
        PathwaySnapshot after = pathway(List.of(CHECK), List.of(ECLINIC, moved), List.of(REFERRAL));

        assertThat(SettingSplit.of(COMMUNITY, PUBLISHED, after))
                .filteredOn(change -> change.change().subject() == Subject.STEP).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactly(Meaning.NEW_RESPONSIBILITY));
        assertThat(SettingSplit.of(SECONDARY, PUBLISHED, after))
                .filteredOn(change -> change.change().subject() == Subject.STEP).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactly(Meaning.RESPONSIBILITY_ENDED));
    }

    @Test
    void a_step_of_my_setting_removed_ends_a_responsibility_and_its_hand_over_to_me() {
        PathwaySnapshot after = pathway(List.of(CHECK), List.of(ECLINIC), List.of());

        List<SettingChange> secondary = SettingSplit.of(SECONDARY, PUBLISHED, after);
        assertThat(secondary).extracting(change -> change.change().subject(), SettingChange::meanings).containsExactly(
                tuple(Subject.STEP, Set.of(Meaning.RESPONSIBILITY_ENDED)),
                tuple(Subject.HANDOVER, Set.of(Meaning.HAND_OVER_TO_YOU_REMOVED)));
        assertThat(SettingSplit.of(PRIMARY, PUBLISHED, after)).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactly(Meaning.HAND_OVER_FROM_YOU_REMOVED));
        assertThat(SettingSplit.of(COMMUNITY, PUBLISHED, after)).isEmpty();
    }

    @Test
    void a_new_hand_over_is_to_the_receiving_setting_and_from_the_handing_one() {
        Handover advice = new Handover("advice", "check", "eclinic", HandoverFields.triggeredBy("ACR above 30"));
        PathwaySnapshot after = pathway(List.of(CHECK), List.of(ECLINIC, CLINIC), List.of(REFERRAL, advice));

        assertThat(SettingSplit.of(COMMUNITY, PUBLISHED, after)).singleElement().satisfies(change -> {
            assertThat(change.change().kind()).isEqualTo(Kind.ADDED);
            assertThat(change.meanings()).containsExactly(Meaning.HAND_OVER_TO_YOU_ADDED);
        });
        assertThat(SettingSplit.of(PRIMARY, PUBLISHED, after)).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactly(Meaning.HAND_OVER_FROM_YOU_ADDED));
        assertThat(SettingSplit.of(SECONDARY, PUBLISHED, after)).isEmpty();
    }

    @Test
    void a_changed_result_responsibility_is_named_for_both_ends_and_nobody_else() {
        Handover results = new Handover("referral", "check", "clinic",
                new HandoverFields("eGFR falling", "", "The renal team", ""));
        PathwaySnapshot after = pathway(List.of(CHECK), List.of(ECLINIC, CLINIC), List.of(results));

        assertThat(SettingSplit.of(SECONDARY, PUBLISHED, after)).singleElement().satisfies(change -> {
            assertThat(change.meanings()).containsExactlyInAnyOrder(Meaning.HAND_OVER_TO_YOU_CHANGED,
                    Meaning.RESULT_RESPONSIBILITY_CHANGED);
            assertThat(change.change().fields()).singleElement().satisfies(field -> {
                assertThat(field.field()).isEqualTo("Who acts on pending results");
                assertThat(field.before()).isEqualTo(HandoverFields.DEFAULT_PENDING_RESULTS);
                assertThat(field.after()).isEqualTo("The renal team");
            });
        });
        assertThat(SettingSplit.of(PRIMARY, PUBLISHED, after)).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactlyInAnyOrder(
                        Meaning.HAND_OVER_FROM_YOU_CHANGED, Meaning.RESULT_RESPONSIBILITY_CHANGED));
        assertThat(SettingSplit.of(COMMUNITY, PUBLISHED, after)).isEmpty();
    }

    @Test
    void a_hand_over_changed_in_other_fields_is_no_result_responsibility() {
        Handover faster = new Handover("referral", "check", "clinic",
                new HandoverFields("eGFR falling", "", HandoverFields.DEFAULT_PENDING_RESULTS, "Within 2 weeks"));
        PathwaySnapshot after = pathway(List.of(CHECK), List.of(ECLINIC, CLINIC), List.of(faster));

        assertThat(SettingSplit.of(SECONDARY, PUBLISHED, after)).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactly(Meaning.HAND_OVER_TO_YOU_CHANGED));
    }

    @Test
    void a_hand_over_re_pointed_to_my_step_is_new_to_me_and_removed_from_the_setting_it_left() {
        Handover repointed = new Handover("referral", "check", "eclinic", HandoverFields.triggeredBy("eGFR falling"));
        PathwaySnapshot after = pathway(List.of(CHECK), List.of(ECLINIC, CLINIC), List.of(repointed));

        assertThat(SettingSplit.of(COMMUNITY, PUBLISHED, after)).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactly(Meaning.HAND_OVER_TO_YOU_ADDED));
        assertThat(SettingSplit.of(SECONDARY, PUBLISHED, after)).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactly(Meaning.HAND_OVER_TO_YOU_REMOVED));
        assertThat(SettingSplit.of(PRIMARY, PUBLISHED, after)).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactly(Meaning.HAND_OVER_FROM_YOU_CHANGED));
    }

    @Test
    void a_step_moved_away_turns_its_hand_over_to_me_into_one_removed_from_my_view() {
        Step moved = new Step("clinic", CLINIC.fields().withCareSetting(MENTAL_HEALTH));
        PathwaySnapshot after = pathway(List.of(CHECK), List.of(ECLINIC, moved), List.of(REFERRAL));

        assertThat(SettingSplit.of(SECONDARY, PUBLISHED, after)).extracting(SettingChange::meanings).containsExactly(
                Set.of(Meaning.RESPONSIBILITY_ENDED), Set.of(Meaning.HAND_OVER_TO_YOU_REMOVED));
        assertThat(SettingSplit.of(MENTAL_HEALTH, PUBLISHED, after)).extracting(SettingChange::meanings).containsExactly(
                Set.of(Meaning.NEW_RESPONSIBILITY), Set.of(Meaning.HAND_OVER_TO_YOU_ADDED));
    }

    @Test
    void other_changes_to_my_steps_are_listed_field_by_field_and_not_for_other_settings() {
        Step edited = new Step("eclinic", ECLINIC.fields().withDescription("Advice within 10 working days"));
        PathwaySnapshot after = pathway(List.of(CHECK), List.of(edited, CLINIC), List.of(REFERRAL));

        assertThat(SettingSplit.of(COMMUNITY, PUBLISHED, after)).singleElement().satisfies(change -> {
            assertThat(change.meanings()).containsExactly(Meaning.YOUR_STEP_CHANGED);
            assertThat(change.change().fields()).containsExactly(
                    new PathwayChange.FieldChange("Description", "", "Advice within 10 working days"));
        });
        assertThat(SettingSplit.of(PRIMARY, PUBLISHED, after)).isEmpty();
        assertThat(SettingSplit.of(SECONDARY, PUBLISHED, after)).isEmpty();
    }

    @Test
    void a_renamed_stage_is_listed_only_for_the_settings_of_its_steps() {
        PathwaySnapshot after = new PathwaySnapshot(List.of(new Stage("recognition", "Finding CKD", List.of(CHECK)),
                new Stage("assessment", "Assessment", List.of(ECLINIC, CLINIC))), List.of(REFERRAL));

        assertThat(SettingSplit.of(PRIMARY, PUBLISHED, after)).singleElement()
                .satisfies(change -> assertThat(change.meanings()).containsExactly(Meaning.YOUR_STAGE_CHANGED));
        assertThat(SettingSplit.of(SECONDARY, PUBLISHED, after)).isEmpty();
    }

    @Test
    void a_first_version_is_all_new_responsibility_and_hand_overs_for_each_setting() {
        assertThat(SettingSplit.of(PRIMARY, PathwaySnapshot.EMPTY, PUBLISHED)).extracting(SettingChange::meanings)
                .containsExactly(Set.of(Meaning.NEW_RESPONSIBILITY),
                        Set.of(Meaning.HAND_OVER_FROM_YOU_ADDED));
        assertThat(SettingSplit.of(SECONDARY, PathwaySnapshot.EMPTY, PUBLISHED)).extracting(SettingChange::meanings)
                .containsExactly(Set.of(Meaning.NEW_RESPONSIBILITY),
                        Set.of(Meaning.HAND_OVER_TO_YOU_ADDED));
    }

    @Test
    void the_split_keeps_the_changes_it_is_given_in_their_order() {
        Step review = new Step("review", StepFields.titled("Medication review", PRIMARY));
        Step edited = new Step("check", CHECK.fields().withDescription("Once a year"));
        PathwaySnapshot after = pathway(List.of(edited, review), List.of(ECLINIC, CLINIC), List.of(REFERRAL));
        List<PathwayChange> changes = PathwayDiff.between(PUBLISHED, after);

        assertThat(SettingSplit.of(PRIMARY, PUBLISHED, after, changes)).extracting(SettingChange::change)
                .containsExactlyElementsOf(changes);
        assertThat(SettingSplit.of(PRIMARY, PUBLISHED, after, changes.subList(0, 1))).hasSize(1);
    }
}
