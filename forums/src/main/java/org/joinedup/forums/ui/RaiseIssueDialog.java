package org.joinedup.forums.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.forums.interfaceissues.InterfaceIssueDetails;
import org.joinedup.forums.interfaceissues.InterfaceIssueKind;
import org.joinedup.forums.interfaceissues.InterfaceIssueLimits;
import org.joinedup.forums.interfaceissues.InterfaceIssueLog;
import org.joinedup.forums.interfaceissues.NewInterfaceIssue;
import org.joinedup.forums.interfaceissues.PathwayChoice;
import org.joinedup.identity.people.OrganisationCard;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * Raising an interface issue. What the service refuses (a patient identifier in the text, a
 * due date gone by) shows beside its field, and everything typed stays in the form.
 */
class RaiseIssueDialog extends Dialog {

    /** Raises the issue; throws the service's refusals for the dialog to show. */
    interface Raise {
        InterfaceIssueDetails raise(NewInterfaceIssue issue);
    }

    final Select<InterfaceIssueKind> kind = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("What goes wrong");
    final ComboBox<OrganisationCard> owner = new ComboBox<>("Owning organisation");
    final MultiSelectComboBox<OrganisationCard> involved = new MultiSelectComboBox<>("Other organisations involved");
    final DatePicker due = new DatePicker("Due date");
    final ComboBox<PathwayChoice> pathway = new ComboBox<>("Pathway it concerns (optional)");
    final Paragraph refusal = new Paragraph();
    private final Map<String, HasValidation> fields;

    RaiseIssueDialog(InterfaceIssueLog log, Raise onRaise) {
        setHeaderTitle("Raise an interface issue");
        kind.setLabel("Kind of problem");
        kind.setItems(InterfaceIssueKind.values());
        kind.setItemLabelGenerator(InterfaceIssueKind::label);
        title.setMaxLength(InterfaceIssueLimits.TITLE_MAX);
        title.setHelperText("For example: discharge letters arrive a week late");
        description.setMaxLength(InterfaceIssueLimits.DESCRIPTION_MAX);
        description.setHelperText("Where, how often and what it leads to. Nothing that could identify a patient.");
        owner.setItems(query -> log.organisationChoices(query.getFilter().orElse(""), query.getOffset(),
                        query.getLimit()).stream(),
                query -> Math.toIntExact(log.countOrganisationChoices(query.getFilter().orElse(""))));
        owner.setItemLabelGenerator(OrganisationCard::name);
        owner.setHelperText("The organisation that owns putting it right");
        involved.setItems(query -> log.organisationChoices(query.getFilter().orElse(""), query.getOffset(),
                        query.getLimit()).stream(),
                query -> Math.toIntExact(log.countOrganisationChoices(query.getFilter().orElse(""))));
        involved.setItemLabelGenerator(OrganisationCard::name);
        List<PathwayChoice> pathways = log.pathwayChoices();
        pathway.setItems(pathways);
        pathway.setItemLabelGenerator(PathwayChoice::title);
        pathway.setClearButtonVisible(true);
        pathway.setVisible(!pathways.isEmpty());
        refusal.addClassName("form-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        fields = Map.of("kind", kind, "title", title, "description", description, "ownerOrganisationId", owner,
                "organisationIds", involved, "dueDate", due, "workspaceId", pathway);

        FormLayout form = new FormLayout(kind, title, description, owner, involved, due, pathway);
        form.setColspan(description, 2);
        Button raise = new Button("Raise the issue", event -> raise(onRaise));
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(refusal, form);
        getFooter().add(new Button("Cancel", event -> close()), raise);
    }

    private void raise(Raise onRaise) {
        fields.values().forEach(field -> field.setInvalid(false));
        refusal.setVisible(false);
        Set<Long> organisationIds = involved.getValue().stream().map(OrganisationCard::id)
                .collect(Collectors.toCollection(HashSet::new));
        try {
            onRaise.raise(new NewInterfaceIssue(kind.getValue(), title.getValue(), description.getValue(),
                    organisationIds, owner.getValue() == null ? null : owner.getValue().id(), due.getValue(),
                    pathway.getValue() == null ? null : pathway.getValue().workspaceId()));
            close();
        } catch (InvalidInputException refused) {
            refused.messages().forEach((field, message) -> {
                HasValidation at = fields.get(field);
                if (at == null) {
                    refusal.setText(message);
                    refusal.setVisible(true);
                } else {
                    at.setErrorMessage(message);
                    at.setInvalid(true);
                }
            });
        }
    }
}
