package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portrait playlist at the height rules: honor cards stack while they fit (PortraitLayout), an
 * activity with a photo and a summary shows its photo, then its text; a case its text, then its
 * cover and code; a landscape screen keeps one slide an item.
 */
class PortraitSlidesTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static TestSite.Run run;

    /** One sentence of 96 characters: longer than a slide of either orientation. */
    static final String LONG = "党支部组织全体党员赴革命老区开展主题党日活动，重温入党誓词，聆听老党员讲述当年的奋斗故事，"
            + "参观革命旧址和纪念馆，开展交流研讨，每位党员结合岗位实际谈体会，表示要把红色基因传承好，在型号研制一线当好先锋。";

    @BeforeAll
    static void build() {
        String playlist = """
                    playlist:
                      - honors: {latest: 3}
                      - activities: {latest: 3}
                      - cases: {latest: 1}
                """;
        site = new TestSite(dir)
                .settings("""
                        base_url: http://intranet.example/branch/
                        screens:
                          - id: hall
                            title: 电梯厅
                            orientation: portrait
                        %1$s  - id: lobby
                            title: 大厅
                            orientation: landscape
                        %1$s""".formatted(playlist))
                // no citations, a one-line title: three cards of 31 vmin fit the 111 vmin below it
                .file("honors/a-names.md", """
                        ---
                        title: 十月之星
                        date: 2026-10-01
                        kind: 月度之星
                        entries:
                          - {name: 王伟, unit: 第一党小组}
                          - {name: 李强, unit: 第一党小组}
                          - {name: 张敏, unit: 第二党小组}
                          - {name: 陈杰, unit: 第二党小组}
                        ---
                        """)
                // one-line citations under a two-line title: two cards of 44 vmin fit the 95 vmin
                .file("honors/b-short.md", """
                        ---
                        title: 2026年9月“月度之星”
                        date: 2026-09-01
                        kind: 月度之星
                        entries:
                          - {name: 王伟, citation: 攻克关键技术难题。}
                          - {name: 李强, citation: 带头完成外场试验。}
                          - {name: 张敏, citation: 做好党员服务工作。}
                        ---
                        """)
                // a three-line citation takes a card of 68 vmin: one a slide
                .file("honors/c-long.md", """
                        ---
                        title: 2026年8月“月度之星”
                        date: 2026-08-01
                        kind: 月度之星
                        entries:
                          - {name: 王伟, citation: 带领青年党员连续奋战九十个日夜，圆满完成任务。}
                          - {name: 李强, citation: 攻克关键技术难题。}
                        ---
                        """)
                .file("activities/a1.md", """
                        ---
                        title: 参观军事博物馆
                        date: 2026-11-15
                        type: 主题党日
                        location: 军事博物馆
                        photos: [media/photo.png]
                        ---
                        全体党员参观了军事博物馆，重温入党誓词。
                        """)
                .file("activities/a2.md", "---\ntitle: 十一月支委会\ndate: 2026-11-05\ntype: 支委会\n---\n研究发展党员工作。\n")
                .file("activities/a3.md", "---\ntitle: 革命老区行\ndate: 2026-11-01\ntype: 其他\n---\n" + LONG + "\n")
                .file("cases/c1.md", "---\ntitle: 五元融合\ndate: 2026-10-01\ncover: media/photo.png\n---\n党支部系统搭建五元融合平台。\n")
                .bytes("media/photo.png", ScreenSiteTest.pngBytes());
        run = site.build("--today", "2026-11-22");
    }

    private static List<Element> slides(String page) {
        return LinkCheck.parse(site.output().resolve(page)).select("section.slide[data-seconds]");
    }

    private static List<Integer> cardsPerHonorSlide(String page) {
        return slides(page).stream().filter(e -> e.hasClass("slide-honors")).map(e -> e.select(".card").size()).toList();
    }

    @Test
    void honorCardsStackWhileTheyFitThePortraitSlide() {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(cardsPerHonorSlide("screen/hall/index.html")).containsExactly(3, 1, 2, 1, 1, 1);
        assertThat(cardsPerHonorSlide("screen/lobby/index.html")).containsExactly(3, 1, 3, 2);
    }

    @Test
    void aPortraitActivityShowsItsPhotoThenItsText() {
        List<Element> hall = slides("screen/hall/index.html").stream().filter(e -> e.hasClass("slide-activity")).toList();
        assertThat(hall).hasSize(5);
        Element photo = hall.get(0);
        assertThat(photo.select(".news-photo img")).hasSize(1);
        assertThat(photo.select(".summary")).isEmpty();
        assertThat(photo.select(".badge").text()).isEqualTo("主题党日");
        assertThat(photo.select(".facts").text()).isEqualTo("2026年11月15日");
        Element text = hall.get(1);
        assertThat(text.select(".news-photo")).isEmpty();
        assertThat(text.select(".badge").text()).isEqualTo("主题党日（续）");
        assertThat(text.select(".slide-title").text()).isEqualTo("参观军事博物馆");
        assertThat(text.select(".facts").text()).contains("军事博物馆");
        assertThat(text.select(".summary").text()).isEqualTo("全体党员参观了军事博物馆，重温入党誓词。");
        // without a photo, one slide
        assertThat(hall.get(2).select(".badge").text()).isEqualTo("支委会");
        assertThat(hall.get(2).select(".summary").text()).isEqualTo("研究发展党员工作。");
    }

    /** A sentence longer than a slide goes on over the next slide of the same item, whole, without a warning. */
    @Test
    void aSentenceLongerThanASlideGoesOnOverTheNextSlide() {
        for (String screen : List.of("hall", "lobby")) {
            List<Element> slides = slides("screen/" + screen + "/index.html").stream()
                    .filter(e -> e.select(".slide-title").text().equals("革命老区行")).toList();
            assertThat(slides).as(screen).hasSize(2);
            assertThat(slides.get(0).select(".badge").text()).isEqualTo("其他");
            assertThat(slides.get(1).select(".badge").text()).isEqualTo("其他（续）");
            String first = slides.get(0).select(".summary").text();
            String second = slides.get(1).select(".summary").text();
            assertThat(first).as(screen).endsWith("……");
            assertThat(second).as(screen).endsWith("当好先锋。");
            // broken after a clause end: the comma gives way to the ellipsis
            assertThat(first.replace("……", "，") + second).as(screen).isEqualTo(LONG);
        }
        assertThat(run.err()).doesNotContain("a3.md");
        assertThat(slides("screen/lobby/index.html").stream().filter(e -> e.hasClass("slide-activity"))).hasSize(4);
    }

    /** A text slide holds the summary lines its title and facts leave: 8 lines of 11 under one of each, 3 at the most of both. */
    @Test
    void aPortraitTextSlideHoldsWhatItsTitleAndFactsLeaveRoomFor() {
        assertThat(PortraitLayout.activitySummary("十一月支委会", java.util.Optional.empty(), false)).isEqualTo(88);
        assertThat(PortraitLayout.activitySummary("党".repeat(24), java.util.Optional.of("馆".repeat(28)), true))
                .isEqualTo(ScreenTexts.ACTIVITY_SUMMARY_PORTRAIT);
        // the sample's text slide: its whole summary, not the 33 characters of the worst case
        String summary = "2025年度“党员之星”周涛以外场试验中的亲身经历为题讲授微党课。";
        assertThat(ScreenTexts.fit(summary, PortraitLayout.activitySummary("优秀党员微党课：外场试验里的党员担当",
                java.util.Optional.of("党员活动室"), true))).isEqualTo(summary);
    }

    @Test
    void aPortraitCaseShowsItsTextThenItsCoverAndCode() {
        List<Element> hall = slides("screen/hall/index.html").stream().filter(e -> e.hasClass("slide-case")).toList();
        assertThat(hall).hasSize(2);
        assertThat(hall.get(0).select(".summary").text()).isEqualTo("党支部系统搭建五元融合平台。");
        assertThat(hall.get(0).select(".qr, .case-photo")).isEmpty();
        assertThat(hall.get(1).select(".badge").text()).isEqualTo("典型案例（续）");
        assertThat(hall.get(1).select(".summary, .facts span")).isEmpty();
        assertThat(hall.get(1).select(".case-photo img")).hasSize(1);
        assertThat(hall.get(1).select("svg.qr-code")).hasSize(1);
        List<Element> lobby = slides("screen/lobby/index.html").stream().filter(e -> e.hasClass("slide-case")).toList();
        assertThat(lobby).singleElement().satisfies(c -> assertThat(c.select(".summary, svg.qr-code, .case-photo img")).hasSize(3));
    }
}
