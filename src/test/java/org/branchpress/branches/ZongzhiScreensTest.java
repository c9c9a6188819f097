package org.branchpress.branches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.branchpress.site.ScreenSitePicturesTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 党总支's screens drawing from its branches, built for 2026-05-01: the newest honor rolls
 * of the 总支 and of both branches on one screen, each slide naming where it comes from, a
 * branch's photo scaled for the 总支's screen, and the branches compared with exact figures.
 * Every branch holds only the monthly 支委会 (the other rules are off), so each figure can be
 * counted by hand from the files below.
 */
class ZongzhiScreensTest {
    @TempDir
    Path dir;
    TestSite site;
    TestSite.Run run;

    /** Only the monthly 支委会 is judged: every other rule of 三会一课 and 主题党日 is off. */
    static final String ONLY_ZHIWEIHUI = """
            rules:
              - {type: 支部党员大会, off: true}
              - {type: 党小组会, off: true}
              - {type: 党课, off: true}
              - {type: 主题党日, off: true}
              - {type: 组织生活会, off: true}
              - {type: 民主评议党员, off: true}
            """;

    @BeforeEach
    void build() {
        site = new TestSite(dir).file("site.yaml", """
                        title: 测试党总支
                        branches: [yishi, ershi, lin-shi]
                        screens:
                          - id: lobby
                            playlist:
                              - honors: {latest: 3, branches: all}
                              - stats: {by: branch}
                          - id: hall
                            playlist:
                              - honors: {latest: 3, branches: [ershi]}
                          - id: own
                            playlist:
                              - honors: {latest: 3}
                          - id: elevator
                            orientation: portrait
                            playlist:
                              - stats: {by: branch}
                        """)
                .file("honors/2026-04-xing.md", ZongzhiSiteTest.STAR_ROLL)
                .file("branches/yishi/site.yaml", "title: 一室党支部\n" + ONLY_ZHIWEIHUI)
                // 支委会 in January, February and April: March is missed, May is not over yet
                .file("branches/yishi/activities/01.md", ZongzhiSiteTest.activity("一室1月支委会", "2026-01-15", "支委会"))
                .file("branches/yishi/activities/02.md", ZongzhiSiteTest.activity("一室2月支委会", "2026-02-12", "支委会"))
                .file("branches/yishi/activities/04.md", ZongzhiSiteTest.activity("一室4月支委会", "2026-04-09", "支委会"))
                .bytes("branches/yishi/media/wang.png", ScreenSitePicturesTest.png(600, 800))
                .file("branches/yishi/honors/2026-xing.md", """
                        ---
                        title: 一室季度之星
                        date: 2026-03-31
                        kind: 季度之星
                        entries:
                          - name: 王伟
                            photo: media/wang.png
                        ---
                        """)
                .file("branches/ershi/site.yaml", "title: 二室党支部\n" + ONLY_ZHIWEIHUI)
                .file("branches/ershi/activities/01.md", ZongzhiSiteTest.activity("二室1月支委会", "2026-01-10", "支委会"))
                .file("branches/ershi/activities/02.md", ZongzhiSiteTest.activity("二室2月支委会", "2026-02-10", "支委会"))
                .file("branches/ershi/activities/03.md", ZongzhiSiteTest.activity("二室3月支委会", "2026-03-10", "支委会"))
                .file("branches/ershi/activities/04.md", ZongzhiSiteTest.activity("二室4月支委会", "2026-04-10", "支委会"))
                .file("branches/ershi/honors/2026-04.md", """
                        ---
                        title: 二室4月之星
                        date: 2026-04-15
                        kind: 月度之星
                        entries:
                          - name: 李强
                        ---
                        """)
                .file("branches/lin-shi/site.yaml", """
                        title: 驻外临时党支部
                        temporary: {from: 2026-02-01, until: 2026-03-31, parent_branch: yishi}
                        """ + ONLY_ZHIWEIHUI)
                .file("branches/lin-shi/activities/02.md", ZongzhiSiteTest.activity("临时支部2月支委会", "2026-02-10", "支委会"))
                .file("branches/lin-shi/activities/03.md", ZongzhiSiteTest.activity("临时支部3月支委会", "2026-03-10", "支委会"));
        run = site.build("--today", "2026-05-01");
        assertThat(run.status()).as(run.err()).isZero();
    }

    private Document screen(String id) {
        return Jsoup.parse(site.read("screen/" + id + "/index.html"));
    }

    private static List<String> kickers(Document screen) {
        return screen.select("section.slide-honors .slide-kicker").eachText();
    }

    @Test
    void aScreenOfAllBranchesShowsTheNewestRollsOfTheZongzhiAndOfBothBranchesNamingEach() {
        Document lobby = screen("lobby");
        assertThat(lobby.select("section.slide-honors .slide-title").eachText())
                .containsExactly("2026年4月体系月度之星", "二室4月之星", "一室季度之星");
        assertThat(kickers(lobby)).containsExactly("测试党总支 · 体系月度之星", "二室党支部 · 月度之星",
                "一室党支部 · 季度之星");
        // the 总支's roll names two people called 王伟: their branches tell them apart
        assertThat(lobby.select("section.slide-honors").first().select(".card-unit").eachText())
                .containsExactly("一室党支部", "二室党支部");
    }

    @Test
    void aScreenOfSomeBranchesShowsOnlyThoseAndAScreenWithoutBranchesOnlyTheZongzhisOwn() {
        assertThat(screen("hall").select("section.slide-honors .slide-title").eachText())
                .containsExactly("2026年4月体系月度之星", "二室4月之星");
        Document own = screen("own");
        assertThat(own.select("section.slide-honors .slide-title").eachText()).containsExactly("2026年4月体系月度之星");
        assertThat(kickers(own)).containsExactly("体系月度之星"); // its own: no source named
    }

    @Test
    void aBranchsPhotoIsScaledForTheZongzhisScreenAndFoundFromIt() throws java.io.IOException {
        Element photo = screen("lobby").selectFirst("section.slide-honors img.photo[alt=王伟]");
        assertThat(photo).isNotNull();
        String src = photo.hasAttr("data-src") ? photo.attr("data-src") : photo.attr("src");
        assertThat(src).startsWith("../../screen/img/branches-yishi-");
        Path file = site.output().resolve("screen/lobby").resolve(src).normalize();
        assertThat(file).exists();
        java.awt.image.BufferedImage scaled = javax.imageio.ImageIO.read(file.toFile());
        assertThat(List.of(scaled.getWidth(), scaled.getHeight())).containsExactly(300, 400);
    }

    @Test
    void theBranchesAreComparedWithExactFiguresATemporaryOneInsideItsWindow() {
        Element slide = screen("lobby").selectFirst("section.slide-branches");
        assertThat(slide.select(".slide-title").text()).isEqualTo("各支部三会一课");
        assertThat(slide.select(".bars-caption").text()).isEqualTo("2026年落实率（活动次数）");
        // yishi 3 of Jan–Apr; ershi 4 of 4; lin-shi Feb and Mar, its only months; May is not judged yet
        assertThat(slide.select(".bar-row").stream().map(r -> String.join(" ", r.children().eachText())))
                .containsExactly("一室党支部 75.0%（3次）",
                "二室党支部 100.0%（4次）", "驻外临时党支部 100.0%（2次）");
        assertThat(slide.select(".numbers li").stream().map(r -> String.join(" ", r.children().eachText())))
                .containsExactly("9 开展活动（次）", "90.0% 三会一课落实率");
        assertThat(slide.select(".bar-fill").eachAttr("style"))
                .containsExactly("width: 75%", "width: 100%", "width: 100%");
    }

    @Test
    void aPortraitScreenComparesThreeBranchesASlide() {
        List<Element> slides = screen("elevator").select("section.slide-branches");
        assertThat(slides).hasSize(1);
        assertThat(slides.get(0).select(".bar-row")).hasSize(3);
    }
}
