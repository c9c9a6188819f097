package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published site changes only when a build completes. */
class PublishingTest {
    @TempDir
    Path dir;

    private TestSite validSite() {
        return new TestSite(dir).settings("")
                .file("cases/a.md", "---\ntitle: 案例甲\ndate: 2024-01-01\n---\n正文。\n");
    }

    @Test
    void failingBuildLeavesThePreviousSiteUntouched() throws Exception {
        TestSite site = validSite();
        assertThat(site.build().status()).isZero();
        Map<String, byte[]> before = site.snapshot();
        site.file("cases/b.md", "---\ntitel: 错字\ndate: 2024-01-02\n---\n");
        TestSite.Run failed = site.build();
        assertThat(failed.status()).isEqualTo(1);
        assertThat(failed.err()).contains("content/cases/b.md:2:1: error:").contains("title")
                .doesNotContain("Exception").doesNotContain("\tat ");
        Map<String, byte[]> after = site.snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((p, b) -> assertThat(after.get(p)).as(p).isEqualTo(b));
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()) // the lock and the cache are the build's own
                    .filter(n -> !n.equals(".site.lock") && !n.equals(".branchpress-cache")))
                    .containsExactlyInAnyOrder("content", "site");
        }
    }

    @Test
    void aChangedFileShowsAfterTheNextBuildAndBuildIdChanges() {
        TestSite site = validSite();
        site.build();
        String id = site.read("build-id.js");
        site.file("cases/a.md", "---\ntitle: 案例甲（修订）\ndate: 2024-01-01\n---\n正文。\n");
        assertThat(site.build().status()).isZero();
        assertThat(site.read("cases/a/index.html")).contains("案例甲（修订）");
        assertThat(site.read("build-id.js")).isNotEqualTo(id);
    }

    @Test
    void userTemplateOverridesTheBuiltInFileOfTheSameName() throws Exception {
        TestSite site = validSite();
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/404.ftlh"), "<p>自定义 ${l.notFound}</p>");
        assertThat(site.build().status()).isZero();
        assertThat(site.read("404.html")).isEqualTo("<p>自定义 页面不存在</p>");
        assertThat(site.read("index.html")).contains("案例甲");
    }

    @Test
    void mistakeInUserTemplateIsReportedWithItsLine() throws Exception {
        TestSite site = validSite();
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/404.ftlh"), "<p>\n${nosuchthing.x}</p>");
        TestSite.Run run = site.build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("templates/404.ftlh:2:").doesNotContain("\tat ");
    }

    @Test
    void traditionalLabelsForZhTw() {
        TestSite site = new TestSite(dir).settings("language: zh-TW\n")
                .file("honors/a.md", "---\ntitle: 榜\ndate: 2024-01-01\nkind: 黨員之星\nentries:\n  - name: 王偉\n---\n");
        assertThat(site.build().status()).isZero();
        assertThat(site.read("index.html")).contains("光榮榜").contains("首頁").contains("lang=\"zh-TW\"");
    }

    @Test
    void bomCrlfFilesBuild() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\ntitle: 带BOM的案例\r\ndate: 2024-01-01\r\n---\r\n**一是**正文。\r\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        TestSite site = new TestSite(dir).settings("").bytes("cases/bom.md", all);
        assertThat(site.build().status()).isZero();
        assertThat(site.read("cases/bom/index.html")).contains("带BOM的案例").contains("<strong>一是</strong>正文");
    }
}
