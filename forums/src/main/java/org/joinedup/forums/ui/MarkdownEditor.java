package org.joinedup.forums.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.joinedup.forums.threads.ForumLimits;
import org.joinedup.platform.markdown.SafeMarkdown;

/**
 * A post's text with a live preview, rendered exactly as the post will be: through the
 * portal's safe Markdown, so what the preview shows is what readers will see.
 */
class MarkdownEditor extends Composite<VerticalLayout> {

    private final TextArea text;
    private final Div preview = new Div();

    MarkdownEditor(String label) {
        text = new TextArea(label);
        text.setWidthFull();
        text.setMinRows(5);
        text.setMaxLength(ForumLimits.POST_MAX);
        text.setHelperText("Markdown: **bold**, *italic*, > quote, - list, [words](https://address). "
                + "No names, NHS numbers, dates of birth or addresses of patients.");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.addValueChangeListener(event -> showPreview());
        preview.addClassNames("markdown", "post-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("markdown-editor");
        H3 previewHeading = new H3("Preview");
        previewHeading.addClassName("post-preview-heading");
        layout.add(text, previewHeading, preview);
        showPreview();
    }

    String value() {
        return text.getValue();
    }

    void setValue(String value) {
        text.setValue(value == null ? "" : value);
        showPreview();
    }

    void clear() {
        setValue("");
        text.setInvalid(false);
    }

    /** Shows a refusal at the field; the text stays as it was. */
    void refuse(String message) {
        text.setErrorMessage(message);
        text.setInvalid(true);
    }

    void accepted() {
        text.setInvalid(false);
    }

    void focus() {
        text.focus();
    }

    TextArea field() {
        return text;
    }

    private void showPreview() {
        preview.removeAll();
        String html = SafeMarkdown.toHtml(text.getValue());
        if (html.isEmpty()) {
            preview.add(new Paragraph("Nothing to preview yet."));
        } else {
            preview.add(new Html("<div>" + html + "</div>"));
        }
    }
}
