package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.branchpress.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XSS fixture ({@code src/test/resources/xss/}) puts script payloads in every field kind:
 * site.yaml, front matter of every section, honor and attendee names, raw HTML and Markdown
 * links. It must build, and the output must carry no way to run them.
 */
public class XssTest {
    public static final Path FIXTURE = Path.of("src", "test", "resources", "xss", "content");

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() throws IOException {
        TestSite.copyTree(FIXTURE, dir.resolve("content"));
        site = new TestSite(dir);
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
    }

    @Test
    void noEventAttributeScriptUrlOrForeignScriptAnywhere() {
        List<String> found = new ArrayList<>();
        for (Path page : LinkCheck.htmlFiles(site.output())) {
            found.addAll(unsafe(site.output(), page));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void payloadsArePrintedAsTextNotDropped() {
        Document casePage = LinkCheck.parse(site.output().resolve("cases/xss-case/index.html"));
        assertThat(casePage.title()).contains("<img src=x onerror=\"window.__xss='case-title'\">案例");
        assertThat(casePage.select("h1").text()).contains("<img src=x");
        assertThat(LinkCheck.parse(site.output().resolve("honors/xss-honor/index.html")).select(".honoree-name").text())
                .contains("<script>__xss='n'</script>王伟");
        assertThat(LinkCheck.parse(site.output().resolve("activities/xss-activity/index.html")).select(".facts").text())
                .contains("<img src=x onerror=\"window.__xss='location'\">博物馆");
    }

    @Test
    void feedIsWellFormedAndCarriesNoMarkup() {
        Document feed = Jsoup.parse(site.read("feed.xml"), "", Parser.xmlParser());
        assertThat(feed.select("script, img, svg")).isEmpty();
        assertThat(feed.select("entry > title").eachText()).anySatisfy(t -> assertThat(t).contains("<script>"));
    }

    /** Everything in one page that could run script: each as "page: what". */
    public static List<String> unsafe(Path site, Path page) {
        List<String> found = new ArrayList<>();
        Document doc = LinkCheck.parse(page);
        String name = site.relativize(page).toString();
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    found.add(name + ": event attribute " + key + " on <" + el.tagName() + ">");
                }
                if ((value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html"))
                        && List.of("href", "src", "action", "formaction", "data", "xlink:href", "content").contains(key)) {
                    found.add(name + ": " + key + "=" + a.getValue());
                }
            }
            switch (el.tagName()) {
                case "iframe" -> {
                    // the preview wall's thumbnails: the site's own still slide pages, scripts off
                    boolean still = name.replace('\\', '/').equals("screen/preview.html") && el.hasAttr("sandbox")
                            && !el.attr("sandbox").contains("allow-scripts")
                            && el.attr("src").matches("\\.\\./screen/[a-z0-9-]+/preview-\\d+\\.html");
                    if (!still) {
                        found.add(name + ": <" + el.tagName() + ">");
                    }
                }
                case "object", "embed", "base", "frame" -> found.add(name + ": <" + el.tagName() + ">");
                case "form" -> {
                    // the site's own search forms point at a page of the site; no other form may appear
                    String action = el.attr("action");
                    if (action.isEmpty() || action.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || !action.endsWith("search/index.html")
                            && !action.equals("index.html")) {
                        found.add(name + ": <form action=" + action + ">");
                    }
                }
                case "meta" -> {
                    if (el.attr("http-equiv").equalsIgnoreCase("refresh") && !el.parents().is("noscript")) {
                        found.add(name + ": meta refresh outside noscript");
                    }
                }
                case "script" -> {
                    if (el.hasAttr("src")) {
                        Path script = page.getParent().resolve(el.attr("src")).normalize();
                        if (!script.startsWith(site) || !Files.isRegularFile(script)) {
                            found.add(name + ": script from outside the site " + el.attr("src"));
                        }
                    } else if (el.data().contains("__xss")) {
                        found.add(name + ": inline script with content payload");
                    }
                }
                default -> { }
            }
        }
        return found;
    }
}
