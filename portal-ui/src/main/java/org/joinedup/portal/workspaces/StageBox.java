package org.joinedup.portal.workspaces;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.joinedup.pathway.draft.StageDetails;
import org.joinedup.pathway.draft.StepDetails;

/**
 * One stage of the draft: its heading with what editors may do to it, and its steps once
 * the stage is opened. A closed stage holds no step, so a long pathway opens quickly. A
 * redraw keeps the rows that are still there and changes only what differs.
 */
class StageBox extends Div {

    /** What a stage asks of the page. */
    interface Actions extends StepRow.Actions {
        void rename(long stageId, long version, String title);

        void moveStage(long stageId, int index);

        void deleteStage(long stageId);

        void addStep(long stageId, String stageTitle);

        /** The person opened the stage: the page loads its steps and calls {@link #expand}. */
        void expand(long stageId);
    }

    private final long stageId;
    private final boolean edits;
    private final Actions actions;
    private final H3 title = new H3();
    private final Div heading = new Div(title);
    private final Button toggle = new Button();
    private final Div steps = new Div();
    private final Map<Long, StepRow> rows = new LinkedHashMap<>();
    private Button rename;
    private Button up;
    private Button down;
    private Button delete;
    private Button addStep;
    /** The stage without its steps: what the step editor offers as a stage to move to. */
    private StageDetails shown;
    private boolean expanded;
    private int index;

    StageBox(long stageId, boolean edits, Actions actions) {
        this.stageId = stageId;
        this.edits = edits;
        this.actions = actions;
        addClassName("stage");
        heading.addClassName("stage-heading");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("stage-toggle");
        toggle.addClickListener(event -> {
            if (expanded) {
                collapse();
            } else {
                actions.expand(stageId);
            }
        });
        steps.addClassName("stage-steps");
        if (edits) {
            rename = iconButton(VaadinIcon.EDIT, "", () -> actions.rename(stageId, shown.version(), shown.title()));
            up = iconButton(VaadinIcon.ARROW_UP, "", () -> actions.moveStage(stageId, index - 1));
            down = iconButton(VaadinIcon.ARROW_DOWN, "", () -> actions.moveStage(stageId, index + 1));
            delete = iconButton(VaadinIcon.TRASH, "", () -> actions.deleteStage(stageId));
            heading.add(rename, up, down, delete);
            addStep = new Button("Add a step", VaadinIcon.PLUS.create(), event -> actions.addStep(stageId, shown.title()));
            addStep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        heading.add(toggle);
        add(heading, steps);
        if (addStep != null) {
            add(addStep);
        }
    }

    long stageId() {
        return stageId;
    }

    StageDetails shown() {
        return shown;
    }

    boolean expanded() {
        return expanded;
    }

    boolean showsStep(long stepId) {
        return rows.containsKey(stepId);
    }

    /** Shows the stage's title and size, and its steps when it is open. */
    void show(StageDetails stage, Long selected, Map<Long, List<String>> editing) {
        boolean renamed = shown == null || !shown.title().equals(stage.title());
        shown = new StageDetails(stage.id(), stage.key(), stage.position(), stage.version(), stage.title(), List.of());
        Quietly.setText(title, stage.title());
        if (renamed && edits) {
            label(rename, "Rename stage \u201c" + stage.title() + "\u201d");
            label(up, "Move stage \u201c" + stage.title() + "\u201d up");
            label(down, "Move stage \u201c" + stage.title() + "\u201d down");
            label(delete, "Delete stage \u201c" + stage.title() + "\u201d");
            addStep.setAriaLabel("Add a step to \u201c" + stage.title() + "\u201d");
        }
        int size = stage.steps().size();
        toggle.setVisible(size > 0);
        Quietly.setText(toggle, expanded ? "Hide the steps" : size == 1 ? "Show the step" : "Show the " + size + " steps");
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(expanded));
        if (expanded) {
            showSteps(stage.steps(), selected, editing);
        }
    }

    /** Opens the stage and draws its steps. */
    void expand(StageDetails stage, Long selected, Map<Long, List<String>> editing) {
        expanded = true;
        show(stage, selected, editing);
    }

    /** Enables the arrows for the stage's place among {@code count} stages. */
    void place(int index, int count) {
        this.index = index;
        if (edits) {
            up.setEnabled(index > 0);
            down.setEnabled(index < count - 1);
        }
    }

    void showStep(StepDetails step) {
        StepRow row = rows.get(step.id());
        if (row != null) {
            row.show(step, step.position(), rows.size());
        }
    }

    void select(Long stepId) {
        rows.values().forEach(row -> row.select(stepId != null && row.stepId() == stepId));
    }

    void editing(Map<Long, List<String>> editing) {
        rows.values().forEach(row -> row.editing(editing.getOrDefault(row.stepId(), List.of())));
    }

    private void collapse() {
        expanded = false;
        steps.removeAll();
        rows.clear();
        Quietly.setText(toggle, "Show the steps");
        toggle.getElement().setAttribute("aria-expanded", "false");
    }

    /** Keeps each row still there, adds the new ones, drops the gone ones, and moves only rows out of place. */
    private void showSteps(List<StepDetails> stageSteps, Long selected, Map<Long, List<String>> editing) {
        Map<Long, StepRow> before = new HashMap<>(rows);
        rows.clear();
        List<StepRow> ordered = new ArrayList<>();
        for (int i = 0; i < stageSteps.size(); i++) {
            StepDetails step = stageSteps.get(i);
            StepRow row = before.remove(step.id());
            if (row == null) {
                row = new StepRow(step.id(), edits, actions);
                row.editing(editing.getOrDefault(step.id(), List.of()));
            }
            row.show(step, i, stageSteps.size());
            row.select(selected != null && selected == step.id());
            rows.put(step.id(), row);
            ordered.add(row);
        }
        before.values().forEach(steps::remove);
        for (int i = 0; i < ordered.size(); i++) {
            List<Component> now = steps.getChildren().toList();
            if (i >= now.size() || now.get(i) != ordered.get(i)) {
                steps.addComponentAtIndex(i, ordered.get(i));
            }
        }
    }

    private static void label(Button button, String label) {
        button.setAriaLabel(label);
        button.setTooltipText(label);
    }

    static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        if (!label.isEmpty()) {
            label(button, label);
        }
        return button;
    }
}
