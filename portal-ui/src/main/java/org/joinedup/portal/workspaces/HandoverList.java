package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.joinedup.pathway.draft.HandoverDetails;
import org.joinedup.pathway.draft.HandoverField;

/** The hand-overs to and from the open step, each with its agreed details; redrawn only when they changed. */
class HandoverList extends Div {

    /** What the list asks of the page. */
    interface Actions {
        void add();

        void edit(HandoverDetails handover);

        void delete(long handoverId);
    }

    private final Actions actions;
    private final Div list = new Div();
    private final Button add = new Button("Add a hand-over", VaadinIcon.PLUS.create());
    private Long stepId;
    private boolean edits;
    private List<HandoverDetails> shown = List.of();

    HandoverList(Actions actions) {
        this.actions = actions;
        list.addClassName("handovers");
        add.addClickListener(event -> actions.add());
        add(new H3("Hand-overs"), list, add);
    }

    /** Shows the step's hand-overs; nothing is redrawn when they are as shown. */
    void show(long stepId, List<HandoverDetails> handovers, boolean edits) {
        add.setVisible(edits);
        if (Objects.equals(this.stepId, stepId) && this.edits == edits && shown.equals(handovers)) {
            return;
        }
        this.stepId = stepId;
        this.edits = edits;
        this.shown = handovers;
        list.removeAll();
        if (handovers.isEmpty()) {
            Paragraph none = new Paragraph("No hand-over to or from this step yet.");
            none.addClassName("empty-state");
            list.add(none);
        }
        handovers.forEach(handover -> list.add(handover(handover, stepId)));
    }

    /** Whether a shown hand-over joins the step, so its title appears here. */
    boolean touches(long stepId) {
        return shown.stream().anyMatch(handover -> handover.fromStepId() == stepId || handover.toStepId() == stepId);
    }

    private Component handover(HandoverDetails handover, long stepId) {
        boolean outgoing = handover.fromStepId() == stepId;
        String direction = outgoing
                ? "To \u201c" + handover.toStepTitle() + "\u201d (" + handover.toSetting().label() + ")"
                : "From \u201c" + handover.fromStepTitle() + "\u201d (" + handover.fromSetting().label() + ")";
        Div item = new Div(new H3(direction));
        item.addClassName("handover");
        for (HandoverField field : HandoverField.values()) {
            item.add(line(field.label(), field.of(handover.fields())));
        }
        if (edits) {
            Button edit = new Button("Edit", event -> actions.edit(handover));
            edit.setAriaLabel("Edit the hand-over " + direction);
            Button delete = new Button("Delete", event -> actions.delete(handover.id()));
            delete.setAriaLabel("Delete the hand-over " + direction);
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            item.add(new Div(edit, delete));
        }
        return item;
    }

    private static Paragraph line(String label, String value) {
        Span term = new Span(label + ": ");
        term.addClassName("term");
        return new Paragraph(term, WorkspaceFormat.plain(value, "field-text"));
    }
}
