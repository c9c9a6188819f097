package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.branchpress.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds keep every kind, validate against RFC 4287's rules; the sitemap and 404 page stand anywhere. */
class FeedsAndSitemapTest {
    private static final String ATOM_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}([+-]\\d{2}:\\d{2}|Z)";

    @TempDir
    Path dir;

    /** Two cases, then forty newer activities: a feed of the 30 newest would hold no case. */
    private TestSite busyMonth(String settings) {
        TestSite site = new TestSite(dir).settings(settings)
                .file("cases/a.md", "---\ntitle: 案例甲\ndate: 2024-01-05\n---\n正文。\n")
                .file("cases/b.md", "---\ntitle: 案例乙\ndate: 2024-01-06\n---\n正文。\n")
                .file("honors/h.md", "---\ntitle: 光荣榜\ndate: 2024-01-07\nkind: 党员之星\nentries: [{name: 王伟}]\n---\n");
        for (int i = 1; i <= 40; i++) {
            site.file("activities/a" + i + ".md", "---\ntitle: 活动" + i + "\ndate: 2024-02-" + String.format("%02d", 1 + i % 28)
                    + "\ntype: 志愿服务\n---\n纪要。\n");
        }
        return site;
    }

    @Test
    void theMainFeedKeepsTheNewestOfEachKindAndEachSectionHasItsOwn() {
        TestSite site = busyMonth("base_url: http://intranet.example/branch/\n");
        assertThat(site.build("--today", "2024-06-01").status()).isZero();
        Document feed = atom(site.read("feed.xml"));
        assertThat(titles(feed)).contains("案例甲", "案例乙", "光荣榜").filteredOn(t -> t.startsWith("活动")).hasSize(10);
        assertThat(titles(atom(site.read("cases/feed.xml")))).containsExactly("案例乙", "案例甲");
        assertThat(titles(atom(site.read("activities/feed.xml")))).hasSize(30).allMatch(t -> t.startsWith("活动"));
        for (String path : List.of("feed.xml", "cases/feed.xml", "honors/feed.xml", "activities/feed.xml")) {
            assertRfc4287(atom(site.read(path)), path);
        }
    }

    @Test
    void theSitemapHasALastChangeForEveryAddress() {
        TestSite site = busyMonth("base_url: http://intranet.example/branch/\n");
        assertThat(site.build("--today", "2024-06-01").status()).isZero();
        Document map = Jsoup.parse(site.read("sitemap.xml"), "", Parser.xmlParser());
        assertThat(map.select("url")).hasSizeGreaterThan(40).allSatisfy(url -> {
            assertThat(url.selectFirst("loc").text()).startsWith("http://intranet.example/branch/");
            assertThat(url.selectFirst("lastmod").text()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
        assertThat(map.select("url").stream().filter(u -> u.selectFirst("loc").text().endsWith("cases/a/index.html"))
                .map(u -> u.selectFirst("lastmod").text()).toList()).containsExactly("2024-01-05");
    }

    @Test
    void withoutBaseUrlThereIsNoSitemapAndTheBuildSaysHowToFixIt() {
        TestSite site = busyMonth("");
        TestSite.Run run = site.build("--today", "2024-06-01");
        assertThat(run.status()).isZero();
        assertThat(site.exists("sitemap.xml")).isFalse();
        assertThat(run.err()).contains("content/site.yaml:1:1: warning: 没有设置 base_url").contains("base_url: http://");
        assertRfc4287(atom(site.read("feed.xml")), "feed.xml");
    }

    @Test
    void theNotFoundPageStandsAloneAtAnyDepth() {
        TestSite site = busyMonth("");
        assertThat(site.build("--today", "2024-06-01").status()).isZero();
        org.jsoup.nodes.Document page = Jsoup.parse(site.read("404.html"));
        assertThat(page.select("style").html()).contains(".masthead");
        assertThat(page.select("link[rel=stylesheet], script[src], img[src]")).isEmpty();
        assertThat(page.select("[href]")).allSatisfy(e -> assertThat(e.attr("href")).matches("https?://.*|#.*|data:image/png;base64,.*"));

        TestSite withBase = busyMonth("base_url: http://intranet.example/branch/\n");
        assertThat(withBase.build("--today", "2024-06-01").status()).isZero();
        org.jsoup.nodes.Document based = Jsoup.parse(withBase.read("404.html"));
        assertThat(based.select("a[href], link[href]").not("[href^=data:]")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.attr("href")).startsWith("http://intranet.example/branch/"));
    }

    @Test
    void everyPageDeclaresAnIconInsideTheSite() {
        TestSite site = busyMonth("");
        assertThat(site.build("--today", "2024-06-01").status()).isZero();
        assertThat(site.exists("assets/icon.png")).isTrue();
        assertThat(site.read("index.html")).contains("<link rel=\"icon\" type=\"image/png\" href=\"assets/icon.png\">");
        assertThat(site.read("cases/a/index.html")).contains("href=\"../../assets/icon.png\"");
        assertThat(site.read("screen/index.html")).contains("href=\"../assets/icon.png\"");
    }

    private static Document atom(String xml) {
        return Jsoup.parse(xml, "", Parser.xmlParser());
    }

    private static List<String> titles(Document feed) {
        return feed.select("entry > title").eachText();
    }

    /** RFC 4287's MUSTs for a feed and its entries (sections 4.1.1, 4.1.2, 4.2.6, 4.2.7, 4.2.15, 3.3). */
    private static void assertRfc4287(Document doc, String path) {
        Element feed = doc.selectFirst("feed");
        assertThat(feed).as(path).isNotNull();
        assertThat(feed.attr("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
        for (String one : List.of("id", "title", "updated")) {
            assertThat(feed.select("> " + one)).as(path + " feed/" + one).hasSize(1);
        }
        assertThat(feed.selectFirst("> updated").text()).matches(ATOM_DATE);
        boolean feedAuthor = !feed.select("> author > name").isEmpty();
        Set<String> ids = new HashSet<>();
        for (Element entry : feed.select("> entry")) {
            for (String one : List.of("id", "title", "updated")) {
                assertThat(entry.select("> " + one)).as(path + " entry/" + one).hasSize(1);
            }
            assertThat(entry.selectFirst("> updated").text()).matches(ATOM_DATE);
            assertThat(entry.selectFirst("> id").text()).as("an absolute IRI").matches("[a-z][a-z0-9+.-]*:.+");
            assertThat(ids.add(entry.selectFirst("> id").text())).as("ids are unique").isTrue();
            assertThat(feedAuthor || !entry.select("> author > name").isEmpty()).as("an author").isTrue();
            assertThat(entry.select("> link[rel=alternate]").size()).isLessThanOrEqualTo(1);
            assertThat(entry.select("> link:not([rel])").isEmpty()
                    || !entry.select("> content").isEmpty()).isTrue();
        }
    }
}
