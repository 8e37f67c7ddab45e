package org.joinedup.forums.moderation;

import java.util.List;

import org.joinedup.platform.screening.IdentifierFinding;

/**
 * A post's text for a moderator, with what the screening found marked. Everything is escaped;
 * the only markup is the {@code <mark>} around each finding and the wrapper, so nothing the
 * author wrote can run or style the page.
 */
public final class IdentifierHighlight {

    private IdentifierHighlight() {
    }

    /** The text as one {@code <div>}, each finding (in order, not overlapping) in a {@code <mark>}. */
    public static String html(String text, List<IdentifierFinding> findings) {
        StringBuilder html = new StringBuilder("<div class=\"moderation-text\" style=\"white-space: pre-wrap\">");
        int at = 0;
        for (IdentifierFinding finding : findings) {
            int start = Math.max(at, Math.min(finding.start(), text.length()));
            int end = Math.max(start, Math.min(finding.end(), text.length()));
            escape(text.substring(at, start), html);
            html.append("<mark title=\"").append(escapeAttribute(finding.kind().description())).append("\">");
            escape(text.substring(start, end), html);
            html.append("</mark>");
            at = end;
        }
        escape(text.substring(at), html);
        return html.append("</div>").toString();
    }

    private static String escapeAttribute(String text) {
        StringBuilder out = new StringBuilder();
        escape(text, out);
        return out.toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
