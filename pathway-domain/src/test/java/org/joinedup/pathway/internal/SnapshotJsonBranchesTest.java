package org.joinedup.pathway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.draft.PathwaySnapshot;
import org.joinedup.pathway.draft.PathwaySnapshot.Branch;
import org.joinedup.pathway.draft.PathwaySnapshot.Stage;
import org.joinedup.pathway.draft.PathwaySnapshot.Step;
import org.joinedup.pathway.draft.StepFields;
import org.junit.jupiter.api.Test;

/** Kept content with and without decisions: branches survive the JSON, and content kept before them reads as none. */
class SnapshotJsonBranchesTest {

    final SnapshotJson json = new SnapshotJson();

    @Test
    void branches_are_kept_in_the_json_in_order() {
        PathwaySnapshot content = new PathwaySnapshot(List.of(new Stage("s", "Assessment", List.of(
                new Step("a", StepFields.titled("eGFR below 30?", CareSetting.PRIMARY),
                        List.of(new Branch("Yes", "b"), new Branch("No", "a"))),
                new Step("b", StepFields.titled("Renal clinic", CareSetting.SECONDARY))))), List.of());

        assertThat(json.read(json.write(content))).isEqualTo(content);
    }

    @Test
    void content_kept_before_decisions_existed_reads_as_steps_without_branches() {
        String old = json.write(new PathwaySnapshot(List.of(new Stage("s", "Assessment", List.of(
                new Step("b", StepFields.titled("Renal clinic", CareSetting.SECONDARY))))), List.of()))
                .replace(",\"branches\":[]", "");
        assertThat(old).doesNotContain("branches");

        Step step = json.read(old).step("b").orElseThrow();

        assertThat(step.branches()).isEmpty();
        assertThat(step.decision()).isFalse();
    }
}
