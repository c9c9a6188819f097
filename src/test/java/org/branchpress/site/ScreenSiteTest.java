package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two screens, a landscape and a portrait one, built from an inline site on a fixed day. */
class ScreenSiteTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static TestSite.Run run;

    @BeforeAll
    static void build() {
        StringBuilder roll = new StringBuilder("---\ntitle: 2026年度“党员之星”\ndate: 2026-10-30\nkind: 党员之星\nentries:\n");
        for (int i = 1; i <= 7; i++) {
            roll.append("  - name: 星").append(i).append("\n    citation: 第").append(i)
                    .append("位党员之星勇挑重担，带领青年党员连续奋战九十个日夜。圆满完成任务后又主动承担质量复查工作，受到一致好评。\n");
        }
        roll.append("  - name: 不上屏\n    screen: false\n    citation: 本人不同意在大厅展示。\n---\n");
        site = new TestSite(dir)
                .settings("""
                        base_url: http://intranet.example/branch/
                        screens:
                          - id: lobby
                            title: 一楼大厅
                            orientation: landscape
                            seconds: 10
                            ticker: [热烈祝贺我支部荣获先进基层党组织称号, 第二条滚动字幕]
                            playlist:
                              - honors: {latest: 1, kind: 党员之星}
                              - activities: {latest: 2}
                              - cases: {latest: 1}
                              - stats: {}
                              - page: {src: pages/about.md, seconds: 15}
                              - image: {src: media/poster.png, seconds: 20, from: 2026-11-01, until: 2026-12-31}
                              - image: {src: media/poster.png, until: 2026-11-01}
                          - id: hall
                            title: 电梯厅
                            orientation: portrait
                            playlist:
                              - honors: {latest: 1}
                              - activities: {latest: 5}
                        """)
                .file("honors/stars.md", roll.toString())
                .file("activities/a1.md", """
                        ---
                        title: 主题党日：参观军事博物馆
                        date: 2026-11-15
                        type: 主题党日
                        location: 军事博物馆
                        attendees: [甲一, 乙二, 丙三]
                        absent: [缺席者丁]
                        ---
                        全体党员参观了军事博物馆。大家重温入党誓词，表示要把红色基因传承好。随后开展了交流讨论，每位党员都谈了体会。
                        """)
                .file("activities/a2.md", "---\ntitle: 十一月支委会\ndate: 2026-11-05\ntype: 支委会\nattendance: {present: 5, expected: 5}\n---\n研究发展党员工作。\n")
                .file("activities/old.md", "---\ntitle: 已过期的活动\ndate: 2026-11-10\ntype: 党课\nshow_until: 2026-11-20\n---\n")
                .file("activities/private.md", "---\ntitle: 不上屏的活动\ndate: 2026-11-20\ntype: 党课\nscreen: false\n---\n")
                .file("activities/soon.md", "---\ntitle: 即将展示的活动\ndate: 2026-11-01\ntype: 志愿服务\nshow_from: 2026-12-01\n---\n")
                .file("cases/c1.md", "---\ntitle: 五元融合深化党员教育\ndate: 2026-10-01\nsource: 人民网\n---\n党支部系统搭建五元融合平台。\n")
                .file("pages/about.md", "---\ntitle: 支部简介\n---\n本支部成立于1990年，现有党员三十名。\n")
                .bytes("media/poster.png", pngBytes());
        run = site.build("--today", "2026-11-22");
    }

    /** A real 4×3 PNG, so that the build scales it. */
    static byte[] pngBytes() {
        try {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Element> slides(String page) {
        return LinkCheck.parse(site.output().resolve(page)).select("section.slide[data-seconds]");
    }

    @Test
    void buildsBothScreensAndTheDefaultAddress() {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(site.exists("screen/lobby/index.html")).isTrue();
        assertThat(site.exists("screen/hall/index.html")).isTrue();
        assertThat(site.read("screen/index.html")).contains("一楼大厅");
        assertThat(site.read("screen/lobby/index.html")).contains("class=\"screen landscape\"");
        assertThat(site.read("screen/hall/index.html")).contains("class=\"screen portrait\"");
    }

    @Test
    void playlistSourcesBecomeSlidesInOrder() {
        assertThat(slides("screen/lobby/index.html")).extracting(e -> e.className().replace(" on", ""))
                .containsExactly("slide slide-honors", "slide slide-honors", "slide slide-honors",
                        "slide slide-activity", "slide slide-activity", "slide slide-case", "slide slide-stats",
                        "slide slide-page", "slide slide-image");
    }

    @Test
    void longRollIsSplitAndShortenedAtSentenceEnds() {
        List<Element> honors = slides("screen/lobby/index.html").subList(0, 3);
        assertThat(honors.get(0).select(".card-name").eachText()).containsExactly("星1", "星2", "星3");
        assertThat(honors.get(2).select(".card-name").eachText()).containsExactly("星7");
        assertThat(honors.get(0).select(".slide-kicker").text()).contains("1 / 3");
        assertThat(honors.get(0).select(".card-citation").eachText())
                .allSatisfy(t -> assertThat(t).endsWith("。").hasSizeLessThanOrEqualTo(ScreenTexts.CITATION));
        List<Element> portrait = slides("screen/hall/index.html").stream()
                .filter(e -> e.hasClass("slide-honors")).toList();
        // a portrait card holds the citation at 8.2vmin below the photo: three lines, one card a slide
        assertThat(portrait).hasSize(7).allSatisfy(e -> assertThat(e.select(".card")).hasSize(1));
        assertThat(portrait.get(6).select(".slide-kicker").text()).contains("7 / 7");
    }

    @Test
    void activitySlidesShowFactsButNeverNames() {
        Element a = slides("screen/lobby/index.html").get(3);
        assertThat(a.text()).contains("主题党日：参观军事博物馆").contains("军事博物馆").contains("出席率 75.0%")
                .contains("2026年11月15日");
        assertThat(slides("screen/lobby/index.html").get(4).text()).contains("十一月支委会").contains("100.0%");
    }

    @Test
    void caseSlideHasAQrCodeOfTheArticleAndStatsHaveNumbers() {
        Element c = slides("screen/lobby/index.html").get(5);
        assertThat(c.text()).contains("五元融合深化党员教育").contains("人民网").contains("扫码阅读全文");
        assertThat(c.select("svg.qr-code path").attr("d")).startsWith("M");
        Element stats = slides("screen/lobby/index.html").get(6);
        assertThat(stats.text()).contains("2026年活动统计").contains("主题党日").contains("支委会");
        assertThat(stats.select(".number").eachText()).containsExactly("5", "100.0%", "1");
    }

    @Test
    void dateWindowsAreKeptForTheClientAndExpiredItemsLeftOut() {
        List<Element> lobby = slides("screen/lobby/index.html");
        Element image = lobby.get(8);
        assertThat(image.attr("data-from")).isEqualTo("2026-11-01");
        assertThat(image.attr("data-until")).isEqualTo("2026-12-31");
        assertThat(image.attr("data-seconds")).isEqualTo("20");
        assertThat(image.select("img").attr("data-src")).startsWith("../../screen/img/");
        assertThat(lobby.get(7).attr("data-seconds")).isEqualTo("15");
        String hall = site.read("screen/hall/index.html");
        assertThat(hall).doesNotContain("已过期的活动").contains("即将展示的活动");
        assertThat(slides("screen/hall/index.html").stream().filter(e -> e.text().contains("即将展示的活动")))
                .singleElement().satisfies(e -> assertThat(e.attr("data-from")).isEqualTo("2026-12-01"));
    }

    @Test
    void privacyKeepsAbsenteesScreenFalseEntriesAndItemsOffEveryScreenPage() throws IOException {
        try (Stream<Path> pages = Files.walk(site.output().resolve("screen"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(page)).as(page.toString())
                        .doesNotContain("缺席者丁").doesNotContain("不上屏").doesNotContain("甲一");
            }
        }
        assertThat(site.read("activities/a1/index.html")).contains("缺席者丁");
        assertThat(site.read("honors/stars/index.html")).contains("不上屏");
    }

    @Test
    void eachSlideIsAlsoAPageChainedWithoutScript() {
        Document first = LinkCheck.parse(site.output().resolve("screen/lobby/index.html"));
        assertThat(first.select("noscript").html()).contains("content=\"10; url=slide-2.html\"");
        Document second = LinkCheck.parse(site.output().resolve("screen/lobby/slide-2.html"));
        assertThat(second.select("section.slide[data-seconds]")).hasSize(1);
        assertThat(second.select("noscript").html()).contains("url=slide-3.html");
        Document last = LinkCheck.parse(site.output().resolve("screen/lobby/slide-9.html"));
        assertThat(last.select("noscript").html()).contains("content=\"20; url=index.html\"");
        assertThat(LinkCheck.brokenLinks(site.output())).isEmpty();
    }

    @Test
    void tickerLinesAreThereOneShownAtATime() {
        Document page = LinkCheck.parse(site.output().resolve("screen/lobby/index.html"));
        assertThat(page.select(".ticker-line").eachText()).containsExactly("热烈祝贺我支部荣获先进基层党组织称号", "第二条滚动字幕");
        assertThat(page.select(".ticker-line.on")).hasSize(1);
    }

    @Test
    void withoutScreensASensibleDefaultScreenExists(@TempDir Path other) {
        TestSite plain = new TestSite(other).settings("")
                .file("cases/a.md", "---\ntitle: 案例甲\ndate: 2026-01-01\n---\n正文。\n");
        TestSite.Run r = plain.build("--today", "2026-11-22");
        assertThat(r.status()).isZero();
        assertThat(plain.read("screen/index.html")).contains("案例甲").contains("slide-stats");
        assertThat(plain.exists("screen/default/index.html")).isTrue();
    }

    @Test
    void checkWarnsWhenCasesCannotHaveAQrCode(@TempDir Path other) {
        TestSite plain = new TestSite(other).settings("screens:\n  - id: lobby\n    playlist:\n      - cases: {latest: 2}\n")
                .file("cases/a.md", "---\ntitle: 案例甲\ndate: 2026-01-01\n---\n正文。\n");
        TestSite.Run r = plain.check();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("content/site.yaml:6:9: warning: 没有设置 base_url");
    }
}
