package org.branchpress.branches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A screen's {@code branches:} and {@code by: branch}: only a 党总支's site.yaml may write them,
 * with ids of its branches, on the playlist items they belong to; each mistake at its line.
 */
class ZongzhiScreenSettingsTest {
    @TempDir
    Path dir;

    private List<String> errors(TestSite site) {
        TestSite.Run run = site.check();
        assertThat(run.status()).as(run.out()).isEqualTo(1);
        return run.out().lines().filter(l -> l.contains(": error: ")).toList();
    }

    @Test
    void aSingleBranchsScreenCannotDrawFromBranches() {
        TestSite site = new TestSite(dir).file("site.yaml", """
                title: 一室党支部
                screens:
                  - id: lobby
                    playlist:
                      - honors: {latest: 2, branches: all}
                      - stats: {by: branch}
                """);
        assertThat(errors(site)).containsExactly(
                "content/site.yaml:5:39: error: 屏幕 lobby 的播放项要从各支部取内容（branches），但这个 site.yaml 没有 branches："
                        + "只有党总支的 site.yaml 能这样写。支部自己的屏幕请删去这一行。",
                "content/site.yaml:6:9: error: 屏幕 lobby 的播放项要从各支部取内容（by: branch），但这个 site.yaml 没有 branches："
                        + "只有党总支的 site.yaml 能这样写。支部自己的屏幕请删去这一行。");
    }

    @Test
    void eachMistakeOfAZongzhisScreenIsAtItsLine() {
        TestSite site = new TestSite(dir).file("site.yaml", """
                title: 测试党总支
                branches: [yishi, ershi]
                screens:
                  - id: lobby
                    playlist:
                      - honors: {branches: [yishi, sanshi]}
                      - stats: {branches: all}
                      - stats: {by: month}
                      - activities: {by: branch}
                      - cases: {branches: []}
                """)
                .file("branches/yishi/site.yaml", "title: 一室党支部\n")
                .file("branches/ershi/site.yaml", "title: 二室党支部\n");
        assertThat(errors(site)).containsExactly(
                "content/site.yaml:6:28: error: 屏幕 lobby 的 branches 里的“sanshi”不是本党总支的支部代号："
                        + "可以写 all（全部支部），或写 yishi、ershi 中的几个。",
                "content/site.yaml:7:17: error: 只有 honors、activities、cases 播放项能写 branches（从各支部取最新的几项）；"
                        + "要在统计页比较各支部，请写 stats: {by: branch}。",
                "content/site.yaml:8:21: error: by 只能写 branch（按支部比较），这里写的是“month”。",
                "content/site.yaml:9:22: error: 只有 stats 播放项能写 by（例如 stats: {by: branch} 比较各支部）：请删去这一行。",
                "content/site.yaml:10:27: error: branches 写全部支部 all，或列出支部代号，例如 branches: all 或 branches: [yishi, ershi]。");
    }

    /** Seven branches: three a portrait slide makes three slides, the caption counting them. */
    @Test
    void moreBranchesThanASlideHoldsGoOnOverSeveralSlides() {
        TestSite site = new TestSite(dir).file("site.yaml", """
                title: 测试党总支
                branches: [b1, b2, b3, b4, b5, b6, b7]
                screens:
                  - id: lobby
                    playlist:
                      - stats: {by: branch}
                  - id: elevator
                    orientation: portrait
                    playlist:
                      - stats: {by: branch}
                """);
        for (int b = 1; b <= 7; b++) {
            site.file("branches/b" + b + "/site.yaml", "title: 第" + b + "支部\n")
                    .file("branches/b" + b + "/activities/a.md", ZongzhiSiteTest.activity("活动" + b, "2026-03-0" + b, "支委会"));
        }
        TestSite.Run run = site.build("--today", "2026-05-01");
        assertThat(run.status()).as(run.err()).isZero();
        var lobby = Jsoup.parse(site.read("screen/lobby/index.html")).select("section.slide-branches");
        assertThat(lobby.eachAttr("class")).hasSize(2);
        assertThat(lobby.select(".bars-caption").eachText())
                .containsExactly("2026年落实率（活动次数） · 1 / 2", "2026年落实率（活动次数） · 2 / 2");
        assertThat(lobby.get(1).select(".bar-label").eachText()).containsExactly("第6支部", "第7支部");
        var elevator = Jsoup.parse(site.read("screen/elevator/index.html")).select("section.slide-branches");
        assertThat(elevator.stream().map(s -> s.select(".bar-row").size())).containsExactly(3, 3, 1);
    }
}
