package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.branchpress.photo.PhoneJpeg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unusual but valid input builds without error and shows what was written. */
class UnusualInputTest {
    @TempDir
    Path dir;

    @Test
    void unusualButValidInputBuilds() {
        StringBuilder roll = new StringBuilder("---\ntitle: 四十人的光荣榜\ndate: 2024-12-30\nkind: 先进个人\nentries:\n");
        for (int i = 1; i <= 40; i++) {
            roll.append("  - name: 队员").append(i).append("号\n    citation: 第 ").append(i).append(" 位。\n");
        }
        roll.append("---\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = "---\r\ntitle: Windows 记事本保存的案例\r\ndate: 2024-02-02\r\n---\r\n第一段。\r\n\r\n**一是**要点。\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(crlf, 0, withBom, 3, crlf.length);
        String longTitle = "关于深入开展“学习贯彻习近平新时代中国特色社会主义思想”主题教育".repeat(6);
        TestSite site = new TestSite(dir).settings("base_url: http://intranet.example/branch/\n")
                .file("cases/党建 工作 案例.md", "---\ntitle: 中文文件名带空格\ndate: 2024-01-01\n---\n正文。\n")
                .file("cases/emoji.md", "---\ntitle: 🎉 喜报：我支部获评先进 🏆\ndate: 2024-01-03\ntags: [🎉, 喜报]\n---\n👍 正文。\n")
                .file("cases/long.md", "---\ntitle: " + longTitle + "\ndate: 2024-01-04\n---\n正文。\n")
                .bytes("cases/bom-crlf.md", withBom)
                .file("honors/forty.md", roll.toString())
                .file("activities/numbers.md", "---\ntitle: 支部党员大会\ndate: 2024-03-01\ntype: 支部党员大会\n"
                        + "attendance: {present: 28, expected: 30}\n---\n")
                .bytes("media/照片 一.jpg", PhoneJpeg.picture(200, 150, "jpeg"))
                .file("pages/about.md", "---\ntitle: 关于\n---\n![合影](../media/照片%20一.jpg)\n");
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("warning") && !l.contains("未召开")))
                .as("nothing but the 三会一课 gaps of a one-activity year, and the long title the default screen shortens")
                .containsExactly("content/cases/long.md:2:1: warning: 标题在电视屏幕上放不下（192 字，最多 28 字），"
                        + "屏幕上只显示到“…代中国特色社会主义思……”：要完整显示，请把它写到 28 字以内。");
        assertThat(site.read("cases/dang-jian-gong-zuo-an-li/index.html")).contains("中文文件名带空格");
        assertThat(site.read("cases/emoji/index.html")).contains("🎉 喜报：我支部获评先进 🏆").contains("👍 正文");
        assertThat(site.read("cases/long/index.html")).contains(longTitle);
        assertThat(site.read("cases/bom-crlf/index.html")).contains("Windows 记事本保存的案例")
                .contains("<strong>一是</strong>要点");
        assertThat(site.read("honors/forty/index.html")).contains("队员1号").contains("队员40号");
        assertThat(site.read("activities/numbers/index.html")).contains("93.3%");
        assertThat(site.read("pages/about/index.html")).contains("src=\"../../media/%E7%85%A7%E7%89%87%20%E4%B8%80.jpg\"");
        assertThat(LinkCheck.brokenLinks(site.output())).isEmpty();
    }
}
