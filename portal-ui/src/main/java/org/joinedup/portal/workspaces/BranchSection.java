package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.joinedup.pathway.draft.BranchDetails;
import org.joinedup.pathway.draft.StepChoice;

/**
 * The open step's decision branches: each answer and the step it leads to, a broken one
 * marked as such; editors change them in {@link BranchDialog}. Redrawn only when they changed.
 */
class BranchSection extends Div {

    static final String EMPTY = "This step is not a decision. Give it branches to make it one: its title is then the "
            + "question, such as \u201ceGFR below 30?\u201d, and each branch an answer leading to another step.";

    private final Supplier<List<StepChoice>> choices;
    private final BranchDialog.Save onSave;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph(EMPTY);
    private final Button edit = new Button("Edit branches", VaadinIcon.SPLIT.create());
    private List<BranchDetails> shown;
    private boolean edits;

    /**
     * @param choices the steps a branch may lead to, asked for when the dialog opens
     * @param onSave  sets the open step's branches; throws the service's refusals
     */
    BranchSection(Supplier<List<StepChoice>> choices, BranchDialog.Save onSave) {
        this.choices = choices;
        this.onSave = onSave;
        addClassName("branch-section");
        empty.addClassName("empty-state");
        edit.addClickListener(event -> new BranchDialog(shown, this.choices.get(), this.onSave).open());
        add(new H3("Decision branches"), empty, list, edit);
    }

    void show(List<BranchDetails> branches, boolean edits) {
        edit.setVisible(edits);
        if (branches.equals(shown) && this.edits == edits) {
            return;
        }
        this.shown = branches;
        this.edits = edits;
        empty.setVisible(branches.isEmpty());
        list.removeAll();
        for (BranchDetails branch : branches) {
            ListItem item = new ListItem(describe(branch));
            if (branch.broken()) {
                item.addClassName("branch-broken");
            }
            list.add(item);
        }
    }

    static String describe(BranchDetails branch) {
        return branch.broken()
                ? "If \u201c" + branch.label() + "\u201d: broken, the step it led to has been deleted. Point it to "
                        + "another step or remove it before the pathway can be proposed."
                : "If \u201c" + branch.label() + "\u201d: go to \u201c" + branch.targetTitle() + "\u201d ("
                        + branch.targetSetting().label() + ")";
    }
}
