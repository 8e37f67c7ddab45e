package org.joinedup.portal.published;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import org.joinedup.pathway.draft.FieldKind;
import org.joinedup.platform.markdown.SafeMarkdown;

/** How the published pages show a field: Markdown through the sanitiser, plain text as typed, and gaps said plainly. */
final class PathwayText {

    private PathwayText() {
    }

    /** A field's value as its kind is shown: Markdown rendered, addresses as links, anything else as typed. */
    static Component of(FieldKind kind, String text) {
        return switch (kind) {
            case MARKDOWN -> markdown(text);
            case LINKS -> links(text);
            case SHORT_TEXT, LONG_TEXT, CARE_SETTING, YES_NO -> plain(text);
        };
    }

    /** Markdown fields (description, evidence, interim note) as sanitised HTML. */
    private static Component markdown(String markdown) {
        String html = SafeMarkdown.toHtml(markdown);
        if (html.isEmpty()) {
            return notStated();
        }
        return new Html("<div class=\"markdown\">" + html + "</div>");
    }

    /** Plain text, with the line breaks the author typed. */
    private static Component plain(String text) {
        if (text == null || text.isBlank()) {
            return notStated();
        }
        Div div = new Div(text.strip());
        div.addClassName("plain-text");
        return div;
    }

    /** One address per line, each a link when it is a web address. */
    private static Component links(String lines) {
        String list = lines.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> "- " + line).collect(Collectors.joining("\n"));
        return markdown(list);
    }

    static void add(DescriptionList list, String term, Component value) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
    }

    private static Component notStated() {
        Div div = new Div("Not stated");
        div.addClassName("not-stated");
        return div;
    }
}
