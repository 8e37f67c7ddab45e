package org.joinedup.portal.workspaces;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Span;
import org.joinedup.platform.time.PortalTime;

/** Small pieces of wording and markup the workspace pages share. */
final class WorkspaceFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", PortalTime.LOCALE);

    private WorkspaceFormat() {
    }

    /** For example "7 December 2026". */
    static String date(LocalDate date) {
        return DAY.format(date);
    }

    /** A short status label; {@code kind} picks its colour, and the words alone carry the meaning. */
    static Span chip(String text, String kind) {
        Span chip = new Span(text);
        chip.addClassNames("chip", "chip-" + kind);
        return chip;
    }

    /** Text shown as it was typed: Vaadin escapes it, and line breaks are kept by the stylesheet. */
    static Span plain(String text, String className) {
        Span span = new Span(text == null || text.isBlank() ? "(not stated)" : text);
        span.addClassName(className);
        return span;
    }
}
