package org.branchpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code screen/preview.html}, the officer's preview wall: every screen's slides for the build
 * day in playing order, each with its still page as a thumbnail, its seconds, when it shows, and
 * what to look at (a text shortened on the screen, a photo missing); the time one loop takes.
 */
class ScreenPreviewTest {
    @TempDir
    Path dir;

    @Test
    void thePreviewListsEverySlideInOrderWithWhatToLookAt() throws IOException {
        String longCitation = "在型号研制攻坚阶段连续三个月坚守试验一线。带领小组完成全部地面试验，保障了首飞成功，受到上级党委表彰。";
        TestSite site = new TestSite(dir).settings("""
                        base_url: http://intranet.example/branch/
                        screens:
                          - id: lobby
                            title: 一楼大厅
                            seconds: 10
                            playlist:
                              - honors: {latest: 1}
                              - activities: {latest: 1}
                              - page: {src: pages/welcome.md, hours: "08:00-10:00", seconds: 15}
                              - video: {src: media/demo.webm}
                          - id: elevator
                            title: 电梯厅
                            orientation: portrait
                            playlist:
                              - stats: {}
                        """)
                .file("honors/star.md", """
                        ---
                        title: 11月“月度之星”
                        date: 2026-11-20
                        kind: 月度之星
                        entries:
                          - {name: 王伟, unit: 第一党小组, citation: %s}
                        ---
                        """.formatted(longCitation))
                .file("activities/a.md", "---\ntitle: 主题党日\ndate: 2026-11-10\ntype: 主题党日\n---\n重温入党誓词。\n")
                .file("pages/welcome.md", "---\ntitle: 早上好\n---\n欢迎。\n")
                .bytes("media/demo.webm", Files.readAllBytes(Path.of("content/media/dangri-demo.webm")));
        TestSite.Run run = site.build("--today", "2026-11-22");
        assertThat(run.status()).as(run.err()).isZero();

        Document preview = Jsoup.parse(site.read("screen/preview.html"));
        List<Element> screens = preview.select("section.preview-screen");
        assertThat(screens).extracting(s -> s.selectFirst("h2").ownText()).containsExactly("一楼大厅", "电梯厅");
        assertThat(screens.get(0).selectFirst("h2 small").text()).isEqualTo("横屏 · 共 4 页 · 播放一轮约 10 分 35 秒");
        assertThat(screens.get(1).hasClass("preview-portrait")).isTrue();
        List<String> captions = screens.get(0).select(".preview-caption").eachText();
        assertThat(captions).containsExactly("第 1 页 光荣榜 · 10 秒", "第 2 页 活动 · 10 秒",
                "第 3 页 页面 · 15 秒 · 每天 08:00-10:00", "第 4 页 视频 · 最长 10 分（视频播完即换页）");
        List<Element> slides = screens.get(0).select("li.preview-slide");
        assertThat(slides.get(0).select(".preview-notes li").eachText())
                .containsExactly("请注意：事迹太长，屏幕上只显示了开头", "请注意：1 人没有照片，显示生成的头像");
        assertThat(slides.get(1).select(".preview-notes li").eachText()).containsExactly("请注意：没有照片，只显示文字");
        assertThat(slides.get(2).hasClass("preview-warn")).isFalse();
        assertThat(slides.get(3).select(".preview-notes li").eachText())
                .containsExactly("请注意：视频没有封面图：放不了视频的电视只显示网站名称");
        for (Element frame : preview.select("iframe")) {
            Path page = site.output().resolve("screen").resolve(frame.attr("src"));
            assertThat(page).as(frame.attr("src")).exists();
            assertThat(Files.readString(page)).as("a still page: no script, no refresh").doesNotContain("<script")
                    .doesNotContain("http-equiv=\"refresh\"");
        }
        assertThat(Files.readString(site.output().resolve("screen/lobby/preview-3.html"))).contains("早上好");
        assertThat(site.read("sitemap.xml")).doesNotContain("preview");

        // check lists the wall's notes, one line per slide that has any
        TestSite.Run check = site.check("--today", "2026-11-22");
        assertThat(check.out().lines().filter(l -> l.startsWith("  屏幕 "))).containsExactly(
                "  屏幕 lobby 第 1 页（光荣榜）：事迹太长，屏幕上只显示了开头；1 人没有照片，显示生成的头像",
                "  屏幕 lobby 第 2 页（活动）：没有照片，只显示文字",
                "  屏幕 lobby 第 4 页（视频）：视频没有封面图：放不了视频的电视只显示网站名称");
    }
}
