package org.joinedup.pathway.draft;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.joinedup.identity.people.CareSetting;

/**
 * A whole pathway at one moment: what a proposal puts forward and what a published
 * version keeps. Stages and steps are in journey order; keys identify the same stage,
 * step or hand-over across versions, so versions can be compared and restored.
 */
public record PathwaySnapshot(List<Stage> stages, List<Handover> handovers) {

    public static final PathwaySnapshot EMPTY = new PathwaySnapshot(List.of(), List.of());

    public PathwaySnapshot {
        stages = List.copyOf(stages);
        handovers = List.copyOf(handovers);
    }

    public record Stage(String key, String title, List<Step> steps) {
        public Stage {
            steps = List.copyOf(steps);
        }
    }

    public record Step(String key, StepFields fields) {
    }

    public record Handover(String key, String fromStepKey, String toStepKey, HandoverFields fields) {
    }

    public Stream<Step> steps() {
        return stages.stream().flatMap(stage -> stage.steps().stream());
    }

    public Optional<Step> step(String key) {
        return steps().filter(step -> step.key().equals(key)).findFirst();
    }

    /** The setting of the step with this key, or empty when this pathway has no such step. */
    public Optional<CareSetting> settingOf(String stepKey) {
        return step(stepKey).map(step -> step.fields().careSetting());
    }
}
