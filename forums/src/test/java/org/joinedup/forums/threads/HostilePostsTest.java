package org.joinedup.forums.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.joinedup.forums.EstablishedMembers;
import org.joinedup.testing.DemoSignIn;
import org.joinedup.testing.JoinedUpTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Hostile Markdown and HTML posted as threads and replies comes back from the forum as inert
 * text: the HTML each post carries, parsed as a browser would, holds no element that runs
 * or embeds anything, no event handler, no style, and no link or source whose address is not
 * a web or mail address. Read back by its author and by a moderator, who also sees posts held
 * for moderation.
 */
@JoinedUpTest
@DirtiesContext
@EstablishedMembers
class HostilePostsTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<script",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=\"jav&#x09;ascript:alert(1)\">",
            "<body onload=alert(1)>",
            "<div onmouseover=\"alert(1)\">hover me</div>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">mixed case</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">entities</a>",
            "<a href=\"&#x6A;avascript&#x3A;alert(1)\">hex entities</a>",
            "<a href=\"vbscript:msgbox(1)\">vb</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
            "[click me](javascript:alert(1))",
            "[click me](JAVASCRIPT:alert(1))",
            "[click me](  javascript:alert(1)  \"title\")",
            "[click me](java&#115;cript:alert(1))",
            "[click me](java%73cript:alert(1))",
            "[data](data:text/html,<script>alert(1)</script>)",
            "[vb](vbscript:msgbox(1))",
            "![image](javascript:alert(1))",
            "![image](https://evil.example/x.png \"onerror=alert(1)\")",
            "[ref][1]\n\n[1]: javascript:alert(1)",
            "[ref]\n\n[ref]: javascript:alert(1) \"title\"",
            "<javascript:alert(1)>",
            "Autolink www.example.org/<script>alert(1)</script> and javascript:alert(1)",
            "<svg onload=alert(1)><circle r=1 /></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<p style=\"width:expression(alert(1))\">old browsers</p>",
            "<div style=\"background-image:url(javascript:alert(1))\">x</div>",
            "<!-- <script>alert(1)</script> -->",
            "<!--><img src=x onerror=alert(1)>-->",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<button formaction=\"javascript:alert(1)\">go</button>",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"javascript:alert(1)//\">",
            "<link rel=stylesheet href=\"https://evil.example/x.css\">",
            "<a href=\"https://example.org\" onclick=\"alert(1)\">a real site</a>",
            "<a href=\"//evil.example\">scheme-relative</a>",
            "<video><source onerror=\"alert(1)\"></video>",
            "<a href=\"java\nscript:alert(1)\">newline</a>",
            "<a href=\"\u0000javascript:alert(1)\">null byte</a>",
            "```\n<script>alert(1)</script>\n```\n\nand `<img src=x onerror=alert(1)>` inline",
            "> <script>alert(1)</script> in a quote\n\n| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
            "<x onclick=alert(1)>unknown element</x>",
            "<a href=\"mailto:someone@example.org\" onmouseover=alert(1)>mail</a>");

    private static final Set<String> EXECUTING = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
            "applet", "svg", "math", "style", "link", "meta", "base", "form", "input", "button", "textarea", "select",
            "img", "video", "audio", "source", "details", "template", "noscript");
    private static final Set<String> ADDRESSES = Set.of("href", "src", "srcset", "action", "formaction", "data",
            "background", "poster", "xlink:href", "cite", "longdesc", "lowsrc", "dynsrc", "srcdoc");

    @Autowired
    ForumService forums;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        DemoSignIn.nobody();
    }

    @Test
    void hostile_markdown_and_html_come_back_inert_to_the_author_and_to_a_moderator() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(30);
        DemoSignIn.as(users, "gp");
        long forumId = forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE)
                .findFirst().orElseThrow().id();
        // Half the payloads open threads, half are replies in one thread; staff take turns, so no one person posts them all.
        String[] writers = {"gp", "nurse", "consultant", "pharmacist", "lmc"};
        long replyThread = forums.startThread(forumId, new NewThread("Hostile replies", "Replies follow.", null)).threadId();
        List<Long> threads = new ArrayList<>();
        threads.add(replyThread);
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            DemoSignIn.as(users, writers[i % writers.length]);
            if (i % 2 == 0) {
                threads.add(forums.startThread(forumId, new NewThread("Hostile " + i, payload, null)).threadId());
            } else {
                forums.reply(replyThread, new NewReply(payload, null));
            }
        }

        for (String reader : List.of("gp", "moderator")) {
            DemoSignIn.as(users, reader);
            List<PostDetails> read = new ArrayList<>();
            for (long thread : threads) {
                try {
                    read.addAll(forums.posts(thread, 0, 100));
                } catch (ForumItemGoneException heldFromThisReader) {
                    // A thread whose first post waits for a moderator is not another reader's to open.
                    assertThat(reader).isNotEqualTo("moderator");
                }
            }
            List<PostDetails> hostile = read.stream().filter(post -> PAYLOADS.contains(post.body())).toList();
            if (reader.equals("moderator")) {
                assertThat(hostile).as("every payload came back, held or not").hasSize(PAYLOADS.size());
            }
            for (PostDetails post : hostile) {
                assertThat(problems(post.html())).as("the HTML of %s read by %s: %s", post.body(), reader, post.html())
                        .isEmpty();
            }
        }
    }

    @Test
    void a_web_address_in_hostile_company_still_comes_back_as_a_safe_link() {
        DemoSignIn.as(users, "gp");
        long forumId = forums.portalForums().stream().filter(forum -> forum.kind() == ForumKind.PATIENT_VOICE)
                .findFirst().orElseThrow().id();
        PostDetails post = forums.startThread(forumId, new NewThread("Guidance",
                "See [the guidance](https://www.example.org/renal) <script>alert(1)</script>", null));

        Element link = Jsoup.parseBodyFragment(post.html()).selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://www.example.org/renal");
        assertThat(link.attr("rel")).contains("noopener", "noreferrer");
        assertThat(problems(post.html())).isEmpty();
        assertThat(Jsoup.parseBodyFragment(post.html()).text()).as("the hostile text is shown as text")
                .contains("<script>alert(1)</script>");
    }

    @Test
    void the_check_finds_executable_markup_when_it_is_there() {
        assertThat(problems("<p>plain <a href=\"https://example.org\" rel=\"nofollow\">link</a></p>")).isEmpty();
        assertThat(problems("<img src=x onerror=alert(1)>")).hasSize(3);
        assertThat(problems("<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>")).hasSize(1);
        assertThat(problems("<a href=\"java\tscript:alert(1)\">x</a>")).hasSize(1);
        assertThat(problems("<svg><script>alert(1)</script></svg><!-- c -->")).hasSize(3);
        assertThat(problems("<p style=\"x\">y</p>")).hasSize(1);
    }

    /** What in this HTML, parsed as a browser parses a fragment, could run or load something. */
    static List<String> problems(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        List<String> problems = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                problems.add("a comment: " + node.outerHtml());
            }
        }, document.body());
        for (Element element : document.body().getAllElements()) {
            String name = element.normalName();
            if (EXECUTING.contains(name)) {
                problems.add("element <" + name + ">");
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    problems.add("event handler " + key + " on <" + name + ">");
                }
                if (key.equals("style")) {
                    problems.add("style on <" + name + ">");
                }
                if (ADDRESSES.contains(key) && !safeAddress(attribute.getValue())) {
                    problems.add(key + "=\"" + attribute.getValue() + "\" on <" + name + ">");
                }
            }
        }
        return problems;
    }

    /** An absolute http, https or mailto address, read as a browser would: control characters and spaces ignored. */
    static boolean safeAddress(String value) {
        StringBuilder cleaned = new StringBuilder();
        value.codePoints().filter(c -> c > 0x20 && c != 0x7F).forEach(cleaned::appendCodePoint);
        String address = cleaned.toString().toLowerCase(Locale.ROOT);
        return address.startsWith("http://") || address.startsWith("https://") || address.startsWith("mailto:");
    }
}
