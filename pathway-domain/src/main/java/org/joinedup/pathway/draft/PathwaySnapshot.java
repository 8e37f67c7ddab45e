package org.joinedup.pathway.draft;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.joinedup.identity.people.CareSetting;

/**
 * A whole pathway at one moment: what a proposal puts forward and what a published
 * version keeps. Stages and steps are in journey order; keys identify the same stage,
 * step or hand-over across versions, so versions can be compared and restored. A step
 * with branches is a decision: its title is the question, each branch a labelled answer
 * leading to another step by its key. Content kept before decisions existed reads as
 * steps without branches.
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

    public record Step(String key, StepFields fields, List<Branch> branches) {
        public Step {
            branches = branches == null ? List.of() : List.copyOf(branches);
        }

        /** A step that is not a decision. */
        public Step(String key, StepFields fields) {
            this(key, fields, List.of());
        }

        public boolean decision() {
            return !branches.isEmpty();
        }
    }

    /** One answer of a decision and the step it leads to. */
    public record Branch(String label, String targetStepKey) {
    }

    /** A branch whose step is no longer in the pathway. */
    public record BrokenBranch(String stepKey, String question, String label) {

        /** What a person is told, naming the decision and the branch. */
        public String sentence() {
            return "The decision \u201c" + question + "\u201d has a branch \u201c" + label
                    + "\u201d to a step that has been deleted.";
        }
    }

    public record Handover(String key, String fromStepKey, String toStepKey, HandoverFields fields) {
    }

    public Stream<Step> steps() {
        return stages.stream().flatMap(stage -> stage.steps().stream());
    }

    public Optional<Step> step(String key) {
        return steps().filter(step -> step.key().equals(key)).findFirst();
    }

    /** Branches that lead to no step of this pathway, in journey order. */
    public List<BrokenBranch> brokenBranches() {
        Set<String> keys = steps().map(Step::key).collect(Collectors.toSet());
        return steps().flatMap(step -> step.branches().stream()
                .filter(branch -> !keys.contains(branch.targetStepKey()))
                .map(branch -> new BrokenBranch(step.key(), step.fields().title(), branch.label())))
                .toList();
    }

    /** Why this content cannot be put forward or published: each broken branch and what to do. */
    public static String brokenBranchesMessage(List<BrokenBranch> broken) {
        return broken.stream().map(BrokenBranch::sentence).collect(Collectors.joining(" "))
                + " Point " + (broken.size() == 1 ? "it" : "each") + " to another step, or remove "
                + (broken.size() == 1 ? "it" : "them") + ", in the draft.";
    }

    /** The setting of the step with this key, or empty when this pathway has no such step. */
    public Optional<CareSetting> settingOf(String stepKey) {
        return step(stepKey).map(step -> step.fields().careSetting());
    }
}
