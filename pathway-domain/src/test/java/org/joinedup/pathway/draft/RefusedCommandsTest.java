package org.joinedup.pathway.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.joinedup.identity.people.CareSetting;
import org.joinedup.pathway.workspace.NewWorkspace;
import org.joinedup.pathway.workspace.WorkspaceVisibility;
import org.joinedup.platform.validation.InvalidInputException;
import org.joinedup.testing.JoinedUpTest;
import org.joinedup.testing.PathwayFixture;
import org.joinedup.testing.PathwayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A command the annotations on its record or parameters refuse is refused at the service's
 * door as the one refusal forms catch, naming the field and its message, and nothing of it
 * reaches the database: every table holds the rows it held.
 */
@JoinedUpTest
@DirtiesContext
class RefusedCommandsTest extends PathwayTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    private long workspaceId;
    private StepDetails step;

    @BeforeEach
    void pathway() {
        PathwayFixture fixture = new PathwayFixture(context);
        workspaceId = fixture.workspace("Asthma", "South Place");
        step = fixture.step(fixture.stage(workspaceId, "Review"),
                StepFields.titled("Annual asthma review", CareSetting.PRIMARY));
        signInAs(PathwayFixture.CONVENOR);
    }

    @Test
    void a_step_without_a_title_is_refused_at_the_title() {
        assertRefusedUnchanged(() -> drafts.saveStep(step.id(), step.version(), step.fields().withTitle("  ")),
                Map.of("title", "Give the step a title"));
        assertThat(drafts.step(step.id())).extracting(StepDetails::version, StepDetails::fields)
                .containsExactly(step.version(), step.fields());
    }

    @Test
    void a_step_whose_description_is_too_long_is_refused_there() {
        String tooLong = "x".repeat(StepField.DESCRIPTION.limit() + 1);

        assertRefusedUnchanged(() -> drafts.saveStep(step.id(), step.version(), step.fields().withDescription(tooLong)),
                Map.of("description", "size must be between 0 and " + StepField.DESCRIPTION.limit()));
    }

    @Test
    void a_hand_over_without_its_trigger_is_refused_at_the_trigger() {
        StepDetails other = drafts.addStep(step.stageId(), StepFields.titled("Asthma clinic", CareSetting.SECONDARY));

        assertRefusedUnchanged(() -> drafts.addHandover(step.id(), other.id(), HandoverFields.triggeredBy(" ")),
                Map.of("trigger", "Say what triggers the hand-over"));
    }

    @Test
    void a_stage_without_a_title_is_refused_at_the_title() {
        assertRefusedUnchanged(() -> drafts.addStage(workspaceId, " "), Map.of("title", "Give the stage a title."));
    }

    @Test
    void an_empty_comment_is_refused_at_its_body() {
        assertRefusedUnchanged(() -> comments.addComment(step.id(), ""), Map.of("body", "Write a comment first."));
    }

    @Test
    void a_proposal_without_a_summary_is_refused_at_the_summary() {
        assertRefusedUnchanged(() -> proposals.open(workspaceId, "", LocalDate.now(clock).plusDays(7)),
                Map.of("summary", "Say in a sentence or two what the proposal changes and why."));
    }

    @Test
    void a_workspace_with_a_review_interval_out_of_range_is_refused_there_with_the_range() {
        assertRefusedUnchanged(() -> workspaces.create(new NewWorkspace("Gout", "East Place",
                WorkspaceVisibility.MEMBERS_ONLY, 0)), Map.of("reviewIntervalMonths", "Choose between 1 and 60 months"));
    }

    private void assertRefusedUnchanged(Supplier<?> command, Map<String, String> messages) {
        Map<String, Long> before = rowsByTable();

        assertThatThrownBy(command::get).isInstanceOfSatisfying(InvalidInputException.class,
                refusal -> assertThat(refusal.messages()).isEqualTo(messages));

        assertThat(rowsByTable()).isEqualTo(before);
    }

    private Map<String, Long> rowsByTable() {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE'", String.class)) {
            rows.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
        }
        return rows;
    }
}
