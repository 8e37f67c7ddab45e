package org.joinedup.portal.workspaces;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.joinedup.pathway.draft.StepDetails;
import org.joinedup.pathway.draft.StepField;
import org.joinedup.pathway.draft.StepFields;
import org.joinedup.platform.time.PortalTime;

/**
 * Someone saved the step while this person was editing it. Each field the two versions
 * disagree on is shown side by side with a choice; the merged step is handed back to be
 * saved against the other person's version. Cancelling keeps the person's text in the form.
 */
public class ConflictDialog extends Dialog {

    /** Which version of a field to keep. */
    enum Choice {
        MINE("Keep mine"), THEIRS("Take theirs");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    final Map<StepField, RadioButtonGroup<Choice>> choices = new EnumMap<>(StepField.class);
    final Button save = new Button("Save my choice");
    private final StepFields mine;
    private final StepDetails theirs;

    ConflictDialog(StepFields mine, StepDetails theirs, Consumer<StepFields> saveMerged) {
        this.mine = mine;
        this.theirs = theirs;
        setHeaderTitle("Someone else saved this step");
        addClassName("conflict-dialog");
        add(new Paragraph(theirs.lastEditedBy() + " saved this step at " + PortalTime.time(theirs.lastEditedAt())
                + " while you were editing it. Nothing of yours has been saved yet. For each field below, "
                + "choose which version to keep."));
        for (StepField field : differing(mine, theirs.fields())) {
            add(row(field));
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            close();
            saveMerged.accept(merged());
        });
        Button cancel = new Button("Cancel", event -> close());
        cancel.getElement().setAttribute("title", "Your text stays in the form, unsaved");
        getFooter().add(cancel, save);
    }

    static List<StepField> differing(StepFields a, StepFields b) {
        return Arrays.stream(StepField.values())
                .filter(field -> !Objects.equals(field.of(a), field.of(b))).toList();
    }

    /** The step made of the chosen version of every field; fields that agree are the same either way. */
    StepFields merged() {
        Map<StepField, Object> values = new EnumMap<>(StepField.class);
        for (StepField field : StepField.values()) {
            RadioButtonGroup<Choice> choice = choices.get(field);
            boolean takeTheirs = choice != null && choice.getValue() == Choice.THEIRS;
            values.put(field, field.of(takeTheirs ? theirs.fields() : mine));
        }
        return StepField.compose(values);
    }

    private Div row(StepField field) {
        RadioButtonGroup<Choice> choice = new RadioButtonGroup<>(field.label());
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(Choice::label);
        choice.setValue(Choice.MINE);
        choices.put(field, choice);
        Div yours = side("Yours", field.text(mine));
        Div others = side("Theirs (" + theirs.lastEditedBy() + ")", field.text(theirs.fields()));
        Div sides = new Div(yours, others);
        sides.addClassName("conflict-sides");
        Div row = new Div(new H3(field.label()), sides, choice);
        row.addClassName("conflict-field");
        return row;
    }

    private static Div side(String heading, String text) {
        Span value = WorkspaceFormat.plain(text, "field-text");
        Div side = new Div(new Span(heading), value);
        side.addClassName("conflict-side");
        return side;
    }
}
