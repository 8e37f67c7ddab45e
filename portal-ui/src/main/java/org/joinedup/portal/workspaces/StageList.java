package org.joinedup.portal.workspaces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;

/**
 * The stages of the draft in journey order. A live change redraws only the stages it
 * names; the others, and the rows inside them, stay as they are. At first the first
 * stage opens, and the stages after it only while no more than
 * {@value #STEPS_DRAWN_AT_FIRST} steps are shown in all; the rest show their titles and
 * open when the person asks. Every drawn row is held by the page for as long as it is
 * open, so a page draws few (docs/benchmarks.md).
 */
class StageList extends Div {

    static final int STEPS_DRAWN_AT_FIRST = 10;

    private final StageBox.Actions actions;
    private final Map<Long, StageBox> boxes = new LinkedHashMap<>();
    private final Paragraph empty = new Paragraph();
    private boolean edits;
    private Long selected;
    private Map<Long, List<String>> editing = Map.of();

    StageList(StageBox.Actions actions) {
        this.actions = actions;
        addClassName("stages-panel");
        empty.addClassName("empty-state");
        add(empty);
    }

    /** Draws every stage afresh: when the page opens, or when the whole draft was replaced. */
    void showAll(List<StageDetails> stages, boolean edits) {
        this.edits = edits;
        boxes.values().forEach(this::remove);
        boxes.clear();
        int drawn = 0;
        for (StageDetails stage : stages) {
            StageBox box = new StageBox(stage.id(), edits, actions);
            boolean first = boxes.isEmpty();
            drawn += stage.steps().size();
            if (first || drawn <= STEPS_DRAWN_AT_FIRST || stage.steps().stream().anyMatch(this::isSelected)) {
                box.expand(stage, selected, editing);
            } else {
                box.show(stage, selected, editing);
            }
            boxes.put(stage.id(), box);
            add(box);
        }
        placed();
    }

    /** Redraws one stage as it now stands, adding it (at its place) if it is new. */
    void show(StageDetails stage) {
        StageBox box = boxes.get(stage.id());
        if (box == null) {
            box = new StageBox(stage.id(), edits, actions);
            box.expand(stage, selected, editing);
            List<Long> order = order();
            boxes.put(stage.id(), box);
            order.add(Math.min(stage.position(), order.size()), stage.id());
            reorder(order);
        } else {
            box.show(stage, selected, editing);
            List<Long> order = order();
            if (order.indexOf(stage.id()) != stage.position()) {
                order.remove(stage.id());
                order.add(Math.min(stage.position(), order.size()), stage.id());
                reorder(order);
            }
        }
    }

    /** Opens a stage and draws its steps. */
    void expand(StageDetails stage) {
        StageBox box = boxes.get(stage.id());
        if (box != null) {
            box.expand(stage, selected, editing);
        }
    }

    void remove(long stageId) {
        StageBox gone = boxes.remove(stageId);
        if (gone != null) {
            remove(gone);
            placed();
        }
    }

    /** Puts the stages in the given order, moving only those out of place; stages not named keep their turn at the end. */
    void reorder(List<Long> stageIds) {
        List<StageBox> ordered = new ArrayList<>();
        stageIds.stream().map(boxes::get).filter(box -> box != null && !ordered.contains(box)).forEach(ordered::add);
        boxes.values().stream().filter(box -> !ordered.contains(box)).forEach(ordered::add);
        for (int i = 0; i < ordered.size(); i++) {
            if (i + 1 >= getComponentCount() || getComponentAt(i + 1) != ordered.get(i)) {
                addComponentAtIndex(i + 1, ordered.get(i));
            }
        }
        boxes.clear();
        ordered.forEach(box -> boxes.put(box.stageId(), box));
        placed();
    }

    /** Updates the row of a step that was saved, if it is drawn. */
    void showStep(StepDetails step) {
        Optional.ofNullable(boxes.get(step.stageId())).ifPresent(box -> box.showStep(step));
    }

    /** The stage whose drawn rows include the step. */
    Optional<Long> stageShowing(long stepId) {
        return boxes.values().stream().filter(box -> box.showsStep(stepId)).map(StageBox::stageId).findFirst();
    }

    /** Whether the stages are drawn with what editors may do. */
    boolean edits() {
        return edits;
    }

    boolean expanded(long stageId) {
        return boxes.containsKey(stageId) && boxes.get(stageId).expanded();
    }

    /** The stages without their steps, in order: what a step can be moved or added to. */
    List<StageDetails> stages() {
        return boxes.values().stream().map(StageBox::shown).toList();
    }

    void select(Long stepId) {
        selected = stepId;
        boxes.values().forEach(box -> box.select(stepId));
    }

    /** Marks the steps other people are editing, by step. */
    void editing(Map<Long, List<String>> editorsByStep) {
        if (!editorsByStep.equals(editing)) {
            editing = editorsByStep;
            boxes.values().forEach(box -> box.editing(editorsByStep));
        }
    }

    private boolean isSelected(StepDetails step) {
        return selected != null && selected == step.id();
    }

    private List<Long> order() {
        return new ArrayList<>(boxes.keySet());
    }

    private void placed() {
        int index = 0;
        for (StageBox box : boxes.values()) {
            box.place(index++, boxes.size());
        }
        Quietly.setText(empty, boxes.isEmpty() ? edits
                ? "The draft is empty. Add the first stage of the patient's journey." : "The draft is empty." : "");
        empty.setVisible(boxes.isEmpty());
    }
}
