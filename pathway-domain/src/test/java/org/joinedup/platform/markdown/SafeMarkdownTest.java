package org.joinedup.platform.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    private static final Set<String> HARMLESS_ELEMENTS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr",
            "th", "td");
    private static final Set<String> HARMLESS_ATTRIBUTES = Set.of("href", "rel", "align", "start");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)(?:\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:)[^\\s]*");

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<img src=x onerror=alert(1)//",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<div onclick=\"alert(1)\">Click me</div>",
            "<details open ontoggle=alert(1)>",
            "<body onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">Guidance</a>",
            "<a href=\"&#x6A;avascript:alert(1)\">Guidance</a>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\">",
            "<style>body { display: none }</style>",
            "<p style=\"background:url(javascript:alert(1))\">Styled</p>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<form action=\"javascript:alert(1)\"><button>Send</button></form>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>alert(1);//<</script>",
            "<b><i><u onmouseover=alert(1)>nested</u></i></b>",
            "\"><img src=x onerror=alert(document.cookie)>",
            "<img src=\"x\" onerror=\"alert(1)\"",
            "<a href=\"https://example.org\" onclick=\"alert(1)\">unclosed",
            "[Guidance](javascript:alert(1))",
            "[Guidance](JaVaScRiPt:alert(1))",
            "[Guidance](&#106;avascript:alert(1))",
            "[Guidance](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
            "[Guidance](javascript&colon;alert(1))",
            "[Guidance](<javascript:alert(1)>)",
            "[Guidance](vbscript:msgbox(1))",
            "[Guidance](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[Guidance][ref]\n\n[ref]: javascript:alert(1)",
            "![Chart](javascript:alert(1))",
            "![Chart](https://example.org/x.png\" onerror=\"alert(1))",
            "<javascript:alert(1)>",
            "<data:text/html,<script>alert(1)</script>>",
            "javascript:alert(1)",
            "www.example.org/<script>alert(1)</script>",
            "https://example.org/\"onmouseover=\"alert(1)",
            "[Guidance](https://example.org \"title\\\" onmouseover=\\\"alert(1)\")",
            "`<script>alert(1)</script>`",
            "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
    })
    void leaves_nothing_that_could_run(String payload) {
        String html = SafeMarkdown.toHtml(payload);

        assertThat(executableParts(html)).as("executable parts of %s rendered as %s", payload, html).isEmpty();
    }

    @Test
    void raw_html_is_shown_as_text_rather_than_dropped_silently() {
        assertThat(SafeMarkdown.toHtml("Use <b>bold</b> sparingly"))
                .isEqualTo("<p>Use &lt;b&gt;bold&lt;/b&gt; sparingly</p>");
    }

    @Test
    void headings_emphasis_and_lists_render() {
        String html = SafeMarkdown.toHtml("""
                ## Referral

                Refer **urgently** if *any* of:

                - HbA1c above 75
                - new foot ulcer

                1. Check feet
                2. Check eyes
                """);

        assertThat(html).contains("<h2>Referral</h2>", "<strong>urgently</strong>", "<em>any</em>",
                "<ul><li>HbA1c above 75</li><li>new foot ulcer</li></ul>", "<ol><li>Check feet</li>");
    }

    @Test
    void links_keep_their_address_and_open_nothing_on_the_portals_behalf() {
        String html = SafeMarkdown.toHtml("See [NICE NG28](https://www.nice.org.uk/guidance/ng28).");

        assertThat(html).startsWith("<p>See <a href=\"https://www.nice.org.uk/guidance/ng28\" rel=\"")
                .endsWith("\">NICE NG28</a>.</p>");
        assertThat(relValues(html)).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
    }

    @Test
    void bare_addresses_become_links() {
        String html = SafeMarkdown.toHtml("Leaflet at https://www.nhs.uk/conditions/type-2-diabetes/ for patients");

        assertThat(html).contains("<a href=\"https://www.nhs.uk/conditions/type-2-diabetes/\" rel=\"",
                "\">https://www.nhs.uk/conditions/type-2-diabetes/</a> for patients");
        assertThat(relValues(html)).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
    }

    @Test
    void a_link_to_an_unsafe_target_keeps_its_text_and_loses_the_link() {
        assertThat(SafeMarkdown.toHtml("Read [the guidance](javascript:alert(1)) first"))
                .isEqualTo("<p>Read the guidance first</p>");
    }

    @Test
    void tables_render() {
        String html = SafeMarkdown.toHtml("""
                | Test | Where |
                |:-----|------:|
                | HbA1c | Community |
                """);

        assertThat(html).contains("<table>", "<th align=\"left\">Test</th>", "<td align=\"right\">Community</td>");
    }

    @Test
    void blank_text_gives_no_html() {
        assertThat(SafeMarkdown.toHtml("  \n ")).isEmpty();
        assertThat(SafeMarkdown.toHtml(null)).isEmpty();
    }

    /**
     * Every element or attribute that is not plain formatting, and every link to anything
     * but a web or mail address. Text (including escaped markup) cannot run, so only tags count.
     */
    private static List<String> executableParts(String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(2).toLowerCase(Locale.ROOT);
            if (!HARMLESS_ELEMENTS.contains(element)) {
                found.add("element " + tag.group());
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) == null ? "" : decode(attribute.group(2));
                if (!HARMLESS_ATTRIBUTES.contains(name)) {
                    found.add("attribute " + attribute.group());
                } else if (name.equals("href") && !SAFE_URL.matcher(value).matches()) {
                    found.add("link " + value);
                }
            }
        }
        if (html.indexOf('<') >= 0 && html.chars().filter(c -> c == '<').count() != countTags(html)) {
            found.add("a stray '<' that a browser might read as a tag");
        }
        return found;
    }

    private static List<String> relValues(String html) {
        Matcher rel = Pattern.compile("rel=\"([^\"]*)\"").matcher(html);
        assertThat(rel.find()).as("a rel attribute in %s", html).isTrue();
        return List.of(rel.group(1).split(" "));
    }

    private static long countTags(String html) {
        return TAG.matcher(html).results().count();
    }

    private static String decode(String value) {
        return value.replace("&#61;", "=").replace("&#34;", "\"").replace("&amp;", "&").replace("&#58;", ":");
    }
}
