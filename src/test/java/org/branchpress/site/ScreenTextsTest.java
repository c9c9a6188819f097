package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text a TV screen will show shortened is a warning at its file and line, from build and check
 * alike, once however many screens show it; what no screen shows (an older roll, an entry with
 * {@code screen: false}) is not warned about. The screen shows it cut at a sentence end.
 */
class ScreenTextsTest {
    @TempDir
    Path dir;

    @Test
    void aCitationTooLongForTheScreensIsAWarningAtItsLine() {
        String citation = "带领小组完成全部地面试验。连续三个月坚守试验一线，保障了首飞成功，被评为优秀共产党员。";
        TestSite site = new TestSite(dir).settings("""
                        screens:
                          - id: lobby
                            playlist:
                              - honors: {latest: 1}
                          - id: elevator
                            orientation: portrait
                            playlist:
                              - honors: {latest: 1}
                        """)
                .file("honors/new.md", """
                        ---
                        title: 11月“月度之星”
                        date: 2026-11-20
                        kind: 月度之星
                        entries:
                          - name: 王伟
                            citation: %1$s
                          - name: 李强
                            screen: false
                            citation: %1$s
                        ---
                        """.formatted(citation))
                .file("honors/old.md", """
                        ---
                        title: 10月“月度之星”
                        date: 2026-10-20
                        kind: 月度之星
                        entries:
                          - {name: 赵敏, citation: %s}
                        ---
                        """.formatted(citation));
        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.err()).isZero();
        String warning = "content/honors/new.md:7:1: warning: 事迹在电视屏幕上放不下（43 字，最多 30 字），"
                + "屏幕上只显示“带领小组完成全部地面试验。”：要完整显示，请把它写到 30 字以内。";
        assertThat(build.err().lines().filter(l -> l.contains("screens/") || l.contains("放不下")))
                .containsExactly(warning);
        assertThat(site.check().out()).contains(warning);
        assertThat(site.read("screen/lobby/index.html")).contains("<p class=\"card-citation\">带领小组完成全部地面试验。</p>");
    }
}
