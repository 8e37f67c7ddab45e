package org.joinedup.portal.workspaces;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.joinedup.pathway.notices.NewNotice;
import org.joinedup.pathway.notices.NoticeBoard;
import org.joinedup.pathway.notices.NoticeLimits;
import org.joinedup.platform.validation.InvalidInputException;

/**
 * A convenor's form for a new urgent notice. A refusal is shown at each field it concerns and
 * the text stays; once drafted, the form empties.
 */
class NoticeForm extends Div {

    /** Drafts the notice; throws the service's refusals for the form to show. */
    interface Draft {
        void draft(NewNotice notice);
    }

    /** Stands for "the whole pathway" among the steps. */
    private static final NoticeBoard.StepChoice WHOLE_PATHWAY = new NoticeBoard.StepChoice("", "The whole pathway");

    final TextField title = new TextField("Title");
    final TextArea body = new TextArea("What people need to know");
    final Select<NoticeBoard.StepChoice> step = new Select<>();
    final Checkbox forPatients = new Checkbox("Also show it to patients, on the page they read");
    final DatePicker expiresOn = new DatePicker("Last day it shows");
    final Button draft = new Button("Draft the notice");

    NoticeForm(Draft onDraft) {
        addClassName("notice-form");
        title.setMaxLength(NoticeLimits.TITLE_MAX);
        title.setWidthFull();
        body.setMaxLength(NoticeLimits.BODY_MAX);
        body.setHelperText("Markdown: **bold**, lists with -, links. Never anything that could identify a patient.");
        body.setWidthFull();
        step.setLabel("About");
        step.setItemLabelGenerator(NoticeBoard.StepChoice::title);
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.addClickListener(event -> submit(onDraft));
        add(new H2("Draft an urgent notice"), new Paragraph("It is published as soon as the clinical lead or one setting "
                + "representative agrees, without a full proposal."), title, body, step, forPatients, expiresOn, draft);
    }

    void steps(List<NoticeBoard.StepChoice> steps) {
        NoticeBoard.StepChoice chosen = step.getValue();
        step.setItems(Stream.concat(Stream.of(WHOLE_PATHWAY), steps.stream()).toList());
        step.setValue(chosen != null && steps.contains(chosen) ? chosen : WHOLE_PATHWAY);
    }

    private void submit(Draft onDraft) {
        List.<HasValidation>of(title, body, step, expiresOn).forEach(field -> field.setInvalid(false));
        NoticeBoard.StepChoice chosen = step.getValue();
        try {
            onDraft.draft(new NewNotice(title.getValue(), body.getValue(), forPatients.getValue(), expiresOn.getValue(),
                    chosen == null || chosen == WHOLE_PATHWAY ? null : chosen.key()));
        } catch (InvalidInputException refused) {
            refused.messages().forEach(this::refuse);
            return;
        }
        title.clear();
        body.clear();
        forPatients.clear();
        expiresOn.clear();
        step.setValue(WHOLE_PATHWAY);
    }

    private void refuse(String field, String message) {
        HasValidation shown = Map.<String, HasValidation>of("title", title, "body", body, "stepKey", step,
                "expiresOn", expiresOn).getOrDefault(field, title);
        shown.setErrorMessage(message);
        shown.setInvalid(true);
    }
}
