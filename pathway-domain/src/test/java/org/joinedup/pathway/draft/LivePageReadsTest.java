package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.KidneyPathwayTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The reads a live editor page makes when one stage or one step's hand-overs changed: they
 * say what the whole draft says about that item, and are refused to whoever may not read the draft.
 */
@JoinedUpTest
@DirtiesContext
class LivePageReadsTest extends KidneyPathwayTest {

    @Test
    void one_stage_reads_as_the_whole_draft_shows_it() {
        signInAs("pharmacist");
        DraftPathway draft = drafts.open(pathway.workspaceId());

        assertThat(drafts.stage(pathway.recognitionStage())).isEqualTo(draft.stages().getFirst());
        assertThat(drafts.stage(pathway.assessmentStage())).isEqualTo(draft.stages().get(1));
    }

    @Test
    void a_steps_hand_overs_read_as_the_whole_draft_lists_them_from_either_end() {
        signInAs("pharmacist");
        DraftPathway draft = drafts.open(pathway.workspaceId());

        assertThat(drafts.handoversOf(pathway.gpStep())).isEqualTo(draft.handovers()).hasSize(1);
        assertThat(drafts.handoversOf(pathway.clinicStep())).isEqualTo(draft.handovers());
    }

    @Test
    void a_deleted_stage_reads_as_gone() {
        signInAs("nurse");
        StageDetails spare = drafts.addStage(pathway.workspaceId(), "Follow-up");
        drafts.deleteStage(spare.id());

        assertThatThrownBy(() -> drafts.stage(spare.id())).isInstanceOf(DraftItemGoneException.class);
    }

    @Test
    void whoever_may_not_read_the_draft_is_refused() {
        signInAs("patient");

        assertThatThrownBy(() -> drafts.stage(pathway.recognitionStage())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.handoversOf(pathway.gpStep())).isInstanceOf(AccessDeniedException.class);
    }
}
