package org.joinedup.platform.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns Markdown that members write (step descriptions, evidence, notes) into HTML that
 * can be put on a page. Two independent layers: the Markdown renderer escapes any raw
 * HTML and drops unsafe link targets, and an allow-list sanitiser then keeps only
 * formatting elements and links to web or mail addresses, so a gap in one layer is caught by the
 * other. Links open nothing on the portal's behalf: they carry
 * {@code rel="nofollow noopener noreferrer"}. Images are not kept.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(), TablesExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private static final Pattern ALIGNMENT = Pattern.compile("left|center|right");

    /**
     * Only absolute web and mail addresses. The renderer blanks an unsafe target; without
     * an address the link is dropped and its text stays.
     */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://|mailto:)\\S+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("align").matching(ALIGNMENT).onElements("th", "td")
            .allowAttributes("href").matching(ADDRESS).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private SafeMarkdown() {
    }

    /** The HTML for this Markdown: a fragment of block elements, or an empty string for blank input. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String rendered = RENDERER.render(PARSER.parse(markdown));
        return POLICY.sanitize(rendered).strip();
    }
}
