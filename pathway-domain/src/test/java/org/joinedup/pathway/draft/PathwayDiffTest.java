package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwayChange.FieldChange;
import org.joinedup.pathway.draft.PathwayChange.Kind;
import org.joinedup.pathway.draft.PathwayChange.Subject;
import org.joinedup.pathway.draft.PathwaySnapshot.Handover;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.junit.jupiter.api.Test;

/** The affected-settings rule and the field-by-field comparison, without a database. */
class PathwayDiffTest {

    static final Step CHECK = new Step("check", StepFields.titled("Annual check", CareSetting.PRIMARY));
    static final Step ECLINIC = new Step("eclinic", StepFields.titled("Kidney e-clinic", CareSetting.COMMUNITY));
    static final Step CLINIC = new Step("clinic", StepFields.titled("Renal clinic", CareSetting.SECONDARY));
    static final Handover REFERRAL = new Handover("referral", "check", "clinic", HandoverFields.triggeredBy("eGFR falling"));

    static PathwaySnapshot pathway(List<Step> recognition, List<Step> assessment, List<Handover> handovers) {
        return new PathwaySnapshot(List.of(new Stage("recognition", "Recognition", recognition),
                new Stage("assessment", "Assessment", assessment)), handovers);
    }

    static final PathwaySnapshot PUBLISHED = pathway(List.of(CHECK), List.of(ECLINIC, CLINIC), List.of(REFERRAL));

    @Test
    void an_unchanged_pathway_has_no_changes_and_affects_nobody() {
        assertThat(PathwayDiff.between(PUBLISHED, PUBLISHED)).isEmpty();
    }

    @Test
    void editing_a_step_affects_only_its_own_setting_and_lists_the_field() {
        Step edited = new Step("eclinic", ECLINIC.fields().withDescription("Advice within 10 working days"));
        List<PathwayChange> changes = PathwayDiff.between(PUBLISHED,
                pathway(List.of(CHECK), List.of(edited, CLINIC), List.of(REFERRAL)));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.CHANGED);
            assertThat(change.fields()).containsExactly(new FieldChange("Description", "", "Advice within 10 working days"));
        });
        assertThat(PathwayDiff.affectedSettings(changes)).containsExactly(CareSetting.COMMUNITY);
    }

    @Test
    void a_step_that_changes_setting_affects_the_setting_before_and_the_setting_after() {
        Step moved = new Step("clinic", CLINIC.fields().withCareSetting(CareSetting.COMMUNITY));
        List<PathwayChange> changes = PathwayDiff.between(PUBLISHED,
                pathway(List.of(CHECK), List.of(ECLINIC, moved), List.of(REFERRAL)));

        assertThat(PathwayDiff.affectedSettings(changes))
                .containsExactlyInAnyOrder(CareSetting.SECONDARY, CareSetting.COMMUNITY, CareSetting.PRIMARY);
        assertThat(changes).filteredOn(c -> c.subject() == Subject.HANDOVER).singleElement()
                .satisfies(c -> assertThat(c.fields().getFirst().field()).isEqualTo("Between"));
    }

    @Test
    void a_hand_over_change_affects_both_of_its_settings() {
        Handover faster = new Handover("referral", "check", "clinic",
                new HandoverFields("eGFR falling", "", HandoverFields.DEFAULT_PENDING_RESULTS, "Within 2 weeks"));
        List<PathwayChange> changes = PathwayDiff.between(PUBLISHED,
                pathway(List.of(CHECK), List.of(ECLINIC, CLINIC), List.of(faster)));

        assertThat(changes).singleElement().extracting(PathwayChange::subject).isEqualTo(Subject.HANDOVER);
        assertThat(PathwayDiff.affectedSettings(changes)).containsExactlyInAnyOrder(CareSetting.PRIMARY, CareSetting.SECONDARY);
    }

    @Test
    void removing_a_step_affects_its_setting_and_its_hand_overs_settings() {
        List<PathwayChange> changes = PathwayDiff.between(PUBLISHED,
                pathway(List.of(CHECK), List.of(ECLINIC), List.of()));

        assertThat(changes).extracting(PathwayChange::kind).containsOnly(Kind.REMOVED);
        assertThat(PathwayDiff.affectedSettings(changes)).containsExactlyInAnyOrder(CareSetting.SECONDARY, CareSetting.PRIMARY);
    }

    @Test
    void inserting_a_step_does_not_count_the_steps_after_it_as_moved() {
        Step inserted = new Step("bloods", StepFields.titled("Bloods in the community", CareSetting.COMMUNITY));
        List<PathwayChange> changes = PathwayDiff.between(PUBLISHED,
                pathway(List.of(CHECK), List.of(inserted, ECLINIC, CLINIC), List.of(REFERRAL)));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.ADDED);
            assertThat(change.title()).isEqualTo("Bloods in the community");
        });
    }

    @Test
    void swapping_two_steps_is_a_move_for_both_and_renaming_a_step_leaves_its_hand_overs_alone() {
        Step renamed = new Step("check", CHECK.fields().withTitle("Kidney health check"));
        List<PathwayChange> changes = PathwayDiff.between(PUBLISHED,
                pathway(List.of(renamed), List.of(CLINIC, ECLINIC), List.of(REFERRAL)));

        assertThat(changes).extracting(PathwayChange::key).containsExactlyInAnyOrder("check", "eclinic", "clinic");
        assertThat(changes).filteredOn(c -> c.key().equals("clinic")).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly(new FieldChange("Position in stage", "2", "1")));
    }

    @Test
    void a_renamed_stage_affects_the_settings_of_its_steps() {
        PathwaySnapshot renamed = new PathwaySnapshot(List.of(new Stage("recognition", "Recognition", List.of(CHECK)),
                new Stage("assessment", "Specialist assessment", List.of(ECLINIC, CLINIC))), List.of(REFERRAL));
        List<PathwayChange> changes = PathwayDiff.between(PUBLISHED, renamed);

        assertThat(changes).singleElement().extracting(PathwayChange::subject).isEqualTo(Subject.STAGE);
        assertThat(PathwayDiff.affectedSettings(changes)).containsExactlyInAnyOrder(CareSetting.COMMUNITY, CareSetting.SECONDARY);
    }

    @Test
    void a_representative_sees_a_change_to_a_step_that_hands_over_to_them_as_touching_their_setting() {
        Step edited = new Step("check", CHECK.fields().withDescription("Twice a year"));
        PathwayChange change = PathwayDiff.between(PUBLISHED,
                pathway(List.of(edited), List.of(ECLINIC, CLINIC), List.of(REFERRAL))).getFirst();

        assertThat(change.settings()).containsExactly(CareSetting.PRIMARY);
        assertThat(change.touches()).containsExactlyInAnyOrder(CareSetting.PRIMARY, CareSetting.SECONDARY);
    }
}
