package org.joinedup.portal.workspaces;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.pathway.draft.BranchDetails;
import org.joinedup.pathway.draft.BranchFields;
import org.joinedup.pathway.draft.DraftItemGoneException;
import org.joinedup.pathway.draft.StepChoice;
import org.joinedup.pathway.workspace.WorkspaceLimits;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * A decision's branches as a list of rows, each an answer and the step it leads to, in
 * order. Refusals show beside the row they concern; the dialog keeps what was typed.
 */
class BranchDialog extends Dialog {

    /** Sets the branches; throws the service's refusals for the dialog to show. */
    interface Save {
        void save(List<BranchFields> branches);
    }

    /** One branch being edited. */
    static final class Row extends Div {
        final TextField answer = new TextField("Answer");
        final Select<StepChoice> target = new Select<>();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(List<StepChoice> choices, BranchDetails branch, int number) {
            addClassName("branch-row");
            answer.setMaxLength(WorkspaceLimits.BRANCH_LABEL_MAX);
            answer.setPlaceholder("Yes");
            target.setLabel("Leads to");
            target.setItems(choices);
            target.setItemLabelGenerator(StepChoice::label);
            remove.setAriaLabel("Remove branch " + number);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            if (branch != null) {
                answer.setValue(branch.label());
                choices.stream().filter(choice -> choice.key().equals(branch.targetStepKey())).findFirst()
                        .ifPresentOrElse(target::setValue, () -> {
                            target.setErrorMessage("The step this branch led to has been deleted: choose another");
                            target.setInvalid(true);
                        });
            }
            add(answer, target, remove);
        }

        BranchFields value() {
            return new BranchFields(answer.getValue(), target.getValue() == null ? "" : target.getValue().key());
        }
    }

    final List<Row> rows = new ArrayList<>();
    final Div list = new Div();
    final Paragraph refusal = new Paragraph();
    final Button add = new Button("Add a branch", VaadinIcon.PLUS.create());
    final Button save = new Button("Save branches");
    private final List<StepChoice> choices;

    BranchDialog(List<BranchDetails> branches, List<StepChoice> choices, Save onSave) {
        this.choices = choices;
        setHeaderTitle("Decision branches");
        Paragraph help = new Paragraph("Each branch is an answer to the step's title and the step it leads to. "
                + "Remove every branch to make it an ordinary step again.");
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        list.addClassName("branch-rows");
        branches.forEach(this::addRow);
        add.addClickListener(event -> addRow(null));
        add(help, refusal, list, add);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save(onSave));
        getFooter().add(new Button("Cancel", event -> close()), save);
    }

    private void addRow(BranchDetails branch) {
        Row row = new Row(choices, branch, rows.size() + 1);
        row.remove.addClickListener(event -> {
            rows.remove(row);
            list.remove(row);
        });
        rows.add(row);
        list.add(row);
    }

    private void save(Save onSave) {
        refusal.setVisible(false);
        rows.forEach(row -> {
            row.answer.setInvalid(false);
            row.target.setInvalid(false);
        });
        try {
            onSave.save(rows.stream().map(Row::value).toList());
            close();
        } catch (InvalidInputException invalid) {
            invalid.messages().forEach(this::refuse);
        } catch (DraftItemGoneException gone) {
            refusal.setText(gone.getMessage());
            refusal.setVisible(true);
        }
    }

    /** Shows a refusal at the rows it concerns: a numbered branch, or every row missing what it names. */
    private void refuse(String property, String message) {
        List<Row> concerned = new ArrayList<>();
        if (property.startsWith("branch") && property.length() > "branch".length()
                && property.substring("branch".length()).chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(property.substring("branch".length())) - 1;
            if (index < rows.size()) {
                concerned.add(rows.get(index));
            }
        } else if ("label".equals(property)) {
            rows.stream().filter(row -> row.answer.getValue().isBlank()).forEach(concerned::add);
        } else if ("targetStepKey".equals(property)) {
            rows.stream().filter(row -> row.target.getValue() == null).forEach(concerned::add);
        }
        if (concerned.isEmpty()) {
            refusal.setText(message);
            refusal.setVisible(true);
            return;
        }
        for (Row row : concerned) {
            if ("targetStepKey".equals(property)) {
                row.target.setErrorMessage(message);
                row.target.setInvalid(true);
            } else {
                row.answer.setErrorMessage(message);
                row.answer.setInvalid(true);
            }
        }
    }
}
