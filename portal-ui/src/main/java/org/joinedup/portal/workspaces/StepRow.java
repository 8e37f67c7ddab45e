package org.joinedup.portal.workspaces;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.joinedup.pathway.draft.StepDetails;

/**
 * One step in its stage: its title (which opens it), its care setting, a flag when it
 * carries an interim note, who is editing it, and for the open step the buttons that move
 * it. It keeps only what it shows, and changes only what differs from what it shows.
 */
class StepRow extends Div {

    /** What a row asks of the page. */
    interface Actions {
        void open(long stepId);

        void moveStep(long stepId, long stageId, int index);
    }

    private final long stepId;
    private final boolean edits;
    private final Actions actions;
    private final Button open = new Button();
    private final Span setting = WorkspaceFormat.chip("", "setting");
    /** Made only when first needed: most rows never show either, and a long stage has many rows. */
    private Span interim;
    private Span editing;
    private Div moves;
    private long stageId;
    private int index;
    private int count;
    private boolean selected;

    StepRow(long stepId, boolean edits, Actions actions) {
        this.stepId = stepId;
        this.edits = edits;
        this.actions = actions;
        addClassName("step-row");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("step-link");
        open.addClickListener(event -> actions.open(stepId));
        add(open, setting);
    }

    long stepId() {
        return stepId;
    }

    /** Shows the step as saved, at {@code index} of {@code count} in its stage. */
    void show(StepDetails step, int index, int count) {
        String title = step.fields().title();
        boolean movesChanged = moves != null && (!title.equals(open.getText()) || stageId != step.stageId()
                || this.index != index || this.count != count);
        Quietly.setText(open, title);
        Quietly.setText(setting, step.fields().careSetting().label());
        showInterimNote(!step.fields().interimNote().isBlank());
        this.stageId = step.stageId();
        this.index = index;
        this.count = count;
        if (movesChanged) {
            showMoves();
        }
    }

    void select(boolean selected) {
        if (this.selected == selected) {
            return;
        }
        this.selected = selected;
        setClassName("selected", selected);
        if (selected) {
            open.getElement().setAttribute("aria-current", "true");
        } else {
            open.getElement().removeAttribute("aria-current");
        }
        showMoves();
    }

    void editing(List<String> names) {
        if (editing == null && names.isEmpty()) {
            return;
        }
        if (editing == null) {
            editing = new Span();
            editing.addClassName("editing-marker");
            addComponentAtIndex(interim == null ? 2 : 3, editing);
        }
        Quietly.setText(editing, names.isEmpty() ? ""
                : String.join(", ", names) + (names.size() == 1 ? " is editing" : " are editing"));
        editing.setVisible(!names.isEmpty());
    }

    /** An urgent change agreed ahead of formal review: everyone should see it at a glance. */
    private void showInterimNote(boolean shown) {
        if (interim == null && shown) {
            interim = WorkspaceFormat.chip("Interim note", "attention");
            addComponentAtIndex(2, interim);
        }
        if (interim != null) {
            interim.setVisible(shown);
        }
    }

    /**
     * Only the open step carries its move buttons: two buttons on every row made a long
     * pathway slow to draw (docs/benchmarks.md).
     */
    private void showMoves() {
        if (moves != null) {
            remove(moves);
            moves = null;
        }
        if (!edits || !selected) {
            return;
        }
        String title = open.getText();
        Button up = StageBox.iconButton(VaadinIcon.ARROW_UP, "Move step \u201c" + title + "\u201d up",
                () -> actions.moveStep(stepId, stageId, index - 1));
        up.setEnabled(index > 0);
        Button down = StageBox.iconButton(VaadinIcon.ARROW_DOWN, "Move step \u201c" + title + "\u201d down",
                () -> actions.moveStep(stepId, stageId, index + 1));
        down.setEnabled(index < count - 1);
        moves = new Div(up, down);
        moves.addClassName("step-moves");
        add(moves);
    }
}
