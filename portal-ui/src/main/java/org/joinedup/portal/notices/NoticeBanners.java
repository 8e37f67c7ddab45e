package org.joinedup.portal.notices;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.joinedup.pathway.notices.NoticeDetails;
import org.joinedup.platform.markdown.SafeMarkdown;
import org.joinedup.platform.time.PortalTime;

/**
 * The urgent notices showing now, as banners above a pathway: each with its title, the step it
 * is about, its text (Markdown through the sanitiser) and its last day. Empty and hidden when
 * there are none. A region with its own name, so screen readers can find it.
 */
public class NoticeBanners extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", PortalTime.LOCALE);

    public NoticeBanners() {
        addClassName("notice-banners");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Urgent notices");
        setVisible(false);
    }

    public void show(List<NoticeDetails> notices) {
        removeAll();
        notices.forEach(notice -> add(banner(notice)));
        setVisible(!notices.isEmpty());
    }

    private static Section banner(NoticeDetails notice) {
        Section section = new Section(new H2("Urgent notice: " + notice.title()));
        section.addClassName("notice-banner");
        if (notice.stepTitle() != null) {
            section.add(new Paragraph("About the step \u201c" + notice.stepTitle() + "\u201d."));
        }
        section.add(text(notice.body()));
        Paragraph until = new Paragraph(shows(notice.expiresOn()));
        until.addClassName("quiet");
        section.add(until);
        return section;
    }

    /** "Shows until 30 November 2026." */
    public static String shows(LocalDate lastDay) {
        return "Shows until " + DAY.format(lastDay) + ".";
    }

    /** A notice's text as sanitised HTML. */
    public static Component text(String markdown) {
        return new Html("<div class=\"markdown\">" + SafeMarkdown.toHtml(markdown) + "</div>");
    }
}
