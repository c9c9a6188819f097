package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notices (通知) of an inline site with two screens, built on 2026-12-01: which screen shows
 * which notice, in which order and window, what the chain without script shows, and that only
 * a notice with {@code portal: true} reaches the portal.
 */
class NoticesTest {
    static final String SETTINGS = """
            screens:
              - id: lobby
                title: 一楼大厅
                seconds: 10
                playlist:
                  - stats: {}
                  - page: {src: pages/about.md}
              - id: elevator
                title: 电梯厅
                orientation: portrait
                seconds: 8
                playlist:
                  - stats: {}
            """;
    static final String ABOUT = "---\ntitle: 支部简介\n---\n二部一室党支部。\n";

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = notices(new TestSite(dir.resolve("a")))
                .file("notices/dangfei.md", """
                        ---
                        title: 关于按时交纳党费的通知
                        show_from: 2026-11-20
                        show_until: 2026-12-31
                        portal: true
                        tags: [党费]
                        ---
                        请各党小组于12月20日前收齐党费。
                        """);
        TestSite.Run run = site.build("--today", "2026-12-01");
        assertThat(run.status()).as(run.err()).isZero();
    }

    /** The notices every site of this test has; the first site adds one for the portal. */
    private static TestSite notices(TestSite site) {
        return site.settings(SETTINGS).file("pages/about.md", ABOUT)
                .file("notices/gaiqi.md", """
                        ---
                        title: 关于调整支部党员大会时间的通知
                        show_from: 2026-11-30
                        show_until: 2026-12-04
                        screens: [lobby]
                        urgent: true
                        ---
                        原定12月3日召开的支部党员大会改为12月4日下午3点。
                        """)
                .file("notices/tingdian.md", """
                        ---
                        title: 本周六大楼停电检修
                        show_from: 2026-12-01
                        show_until: 2026-12-05
                        ---
                        周六全天停电，请提前保存工作。
                        """)
                .file("notices/jiu.md", """
                        ---
                        title: 已经过期的旧通知
                        show_from: 2026-11-01
                        show_until: 2026-11-30
                        ---
                        旧内容。
                        """)
                .file("notices/buyao.md", """
                        ---
                        title: 不上屏幕的通知
                        show_from: 2026-11-01
                        show_until: 2026-12-31
                        screen: false
                        ---
                        只给支委看的。
                        """);
    }

    @Test
    void eachScreenShowsTheNoticesThatNameItAfterItsPlaylistInTheirWindows() {
        assertThat(slides("screen/lobby/index.html")).containsExactly(
                "stats -", "page -", "notice 2026-11-20..2026-12-31 关于按时交纳党费的通知",
                "notice urgent 2026-11-30..2026-12-04 关于调整支部党员大会时间的通知",
                "notice 2026-12-01..2026-12-05 本周六大楼停电检修");
        assertThat(slides("screen/elevator/index.html")).containsExactly(
                "stats -", "notice 2026-11-20..2026-12-31 关于按时交纳党费的通知",
                "notice 2026-12-01..2026-12-05 本周六大楼停电检修");
    }

    @Test
    void aNoticeShowsItsBandAndItsWindowInWords() {
        Element urgent = page("screen/lobby/index.html").selectFirst("section.slide-notice[data-urgent] .notice");
        assertThat(urgent.className()).contains("notice-urgent");
        assertThat(urgent.select(".notice-band").text()).isEqualTo("紧急通知");
        assertThat(urgent.select(".notice-window").text()).isEqualTo("11月30日至12月4日");
        assertThat(urgent.select(".notice-text").text()).isEqualTo("原定12月3日召开的支部党员大会改为12月4日下午3点。");
        assertThat(page("screen/elevator/index.html").select(".notice-band").eachText()).containsOnly("通知");
    }

    @Test
    void anUrgentNoticeInItsWindowIsTheWholeChainWithoutScript() throws IOException {
        assertThat(files("screen/lobby")).noneMatch(f -> f.startsWith("slide-"));
        assertThat(page("screen/lobby/index.html").select("section.slide.on h2").text())
                .isEqualTo("关于调整支部党员大会时间的通知");
        assertThat(page("screen/lobby/index.html").select("noscript").html()).doesNotContain("refresh");
        // the elevator is not named by the urgent notice: its chain goes on as usual
        assertThat(files("screen/elevator")).contains("slide-2.html", "slide-3.html");
    }

    @Test
    void outsideItsWindowAnUrgentNoticeIsLeftOutOfTheChainButWaitsInTheRotation() {
        TestSite before = notices(new TestSite(dir.resolve("b")));
        TestSite.Run run = before.build("--today", "2026-11-29");
        assertThat(run.status()).as(run.err()).isZero();
        String rotating = before.read("screen/lobby/index.html");
        assertThat(rotating).contains("data-urgent=\"true\"").contains("data-from=\"2026-11-30\"");
        assertThat(org.jsoup.Jsoup.parse(rotating).select("section.slide.on h2").text()).isNotEqualTo(
                "关于调整支部党员大会时间的通知");
        for (int n = 2; before.exists("screen/lobby/slide-" + n + ".html"); n++) {
            assertThat(before.read("screen/lobby/slide-" + n + ".html")).as("slide-" + n)
                    .doesNotContain("关于调整支部党员大会时间的通知");
        }
        assertThat(before.exists("screen/lobby/slide-3.html")).as("stats, page, the other notice").isTrue();
    }

    @Test
    void aPortalNoticeIsPublishedLikeADatedItem() throws IOException {
        assertThat(site.read("notices/dangfei/index.html")).contains("关于按时交纳党费的通知").contains("11月20日至12月31日");
        assertThat(site.read("notices/index.html")).contains("notices/dangfei/index.html");
        assertThat(site.read("notices/feed.xml")).contains("关于按时交纳党费的通知");
        assertThat(site.read("feed.xml")).contains("关于按时交纳党费的通知");
        assertThat(site.read("archive/2026/index.html")).contains("关于按时交纳党费的通知");
        String tag = org.jsoup.Jsoup.parse(site.read("tags/index.html")).selectFirst("a:containsOwn(党费)").attr("href");
        assertThat(site.read("tags/" + tag)).contains("关于按时交纳党费的通知");
        assertThat(searchFiles()).contains("关于按时交纳党费的通知");
        assertThat(site.read("index.html")).contains("href=\"notices/index.html\"");
    }

    @Test
    void aNoticeWithoutPortalHasNoPageAndNoPortalFileNamesIt() throws IOException {
        assertThat(site.exists("notices/gaiqi/index.html")).isFalse();
        assertThat(site.exists("notices/tingdian/index.html")).isFalse();
        for (String file : portalFiles(site)) {
            String text = new String(Files.readAllBytes(site.output().resolve(file)), StandardCharsets.UTF_8);
            for (String word : List.of("关于调整支部党员大会时间", "本周六大楼停电检修", "不上屏幕的通知", "已经过期的旧通知",
                    "notices/gaiqi", "notices/tingdian", "notices/buyao", "notices/jiu")) {
                assertThat(text).as(file).doesNotContain(word);
            }
        }
        // the search index, the feeds, the tag and archive lists are among the files read
        assertThat(portalFiles(site)).contains("search/index.js", "feed.xml", "tags/index.html", "archive/index.html");
    }

    @Test
    void withoutAPortalNoticeThereIsNoNoticeSection() {
        TestSite quiet = notices(new TestSite(dir.resolve("c")));
        TestSite.Run run = quiet.build("--today", "2026-12-01");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(quiet.exists("notices")).isFalse();
        assertThat(quiet.read("index.html")).doesNotContain("notices/");
        assertThat(quiet.read("feed.xml")).doesNotContain("本周六大楼停电检修");
    }

    @Test
    void theScreensLeaveOutANoticeWithScreenFalseOrExpired() {
        String screens = site.read("screen/lobby/index.html") + site.read("screen/elevator/index.html");
        assertThat(screens).doesNotContain("不上屏幕的通知").doesNotContain("已经过期的旧通知");
    }

    /** Every slide of a rotating page: its kind, urgent, window and first heading. */
    private static List<String> slides(String address) {
        return page(address).select("section.slide[data-seconds]").stream().map(s -> {
            String kind = s.className().replaceAll(".*slide-([a-z]+).*", "$1");
            String window = s.hasAttr("data-from") ? s.attr("data-from") + ".." + s.attr("data-until") : "-";
            return kind.equals("notice") ? kind + (s.hasAttr("data-urgent") ? " urgent " : " ") + window + " "
                    + s.select("h2").text() : kind + " " + window;
        }).toList();
    }

    /** The search index's files together: its metadata, documents and postings. */
    private static String searchFiles() throws IOException {
        try (Stream<Path> list = Files.list(site.output().resolve("search"))) {
            StringBuilder all = new StringBuilder();
            for (Path p : list.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
                all.append(Files.readString(p));
            }
            return all.toString();
        }
    }

    private static org.jsoup.nodes.Document page(String address) {
        return org.jsoup.Jsoup.parse(site.read(address));
    }

    private static List<String> files(String folder) throws IOException {
        try (Stream<Path> list = Files.list(site.output().resolve(folder))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file of the site but the screens' (which show notices by design) and the pictures. */
    private static List<String> portalFiles(TestSite site) throws IOException {
        try (Stream<Path> walk = Files.walk(site.output())) {
            return walk.filter(Files::isRegularFile).map(p -> site.output().relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("screen/"))
                    .filter(f -> f.endsWith(".html") || f.endsWith(".js") || f.endsWith(".xml") || f.endsWith(".json"))
                    .sorted().toList();
        }
    }
}
