package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People, tags and award series are listed as Chinese readers look for them: by pinyin in
 * simplified script (陈 高 何 王 周), by stroke count in traditional (王 4, 何 7, 孫 10, 陳 11), not
 * by character code (何 王 陈 周 …).
 */
class ReaderOrderTest {
    @TempDir
    Path dir;

    private TestSite site(String settings, String names, String tags) {
        return new TestSite(dir).settings(settings).file("activities/a.md", "---\ntitle: 支委会\ndate: 2026-01-05\n"
                + "type: 支委会\nattendees: [" + names + "]\ntags: [" + tags + "]\n---\n研究工作。\n");
    }

    private static java.util.List<String> links(TestSite site, String page, String folder) {
        return LinkCheck.parse(site.output().resolve(page)).select("main a[href*=" + folder + "]").eachText();
    }

    @Test
    void simplifiedListsFollowPinyin() {
        TestSite site = site("", "周涛, 何静, 王伟, 陈杰, 高峰", "志愿服务, 党史学习教育, 航天精神");
        assertThat(site.build("--today", "2026-02-01").status()).isZero();
        assertThat(links(site, "people/index.html", "people/")).containsExactly("陈杰", "高峰", "何静", "王伟", "周涛");
        assertThat(links(site, "tags/index.html", "tags/")).containsExactly("党史学习教育", "航天精神", "志愿服务");
    }

    @Test
    void traditionalListsFollowStrokeCount() {
        TestSite site = site("language: zh-TW\n", "陳傑, 何靜, 王偉, 孫麗", "志願服務, 黨史學習");
        assertThat(site.build("--today", "2026-02-01").status()).isZero();
        assertThat(links(site, "people/index.html", "people/")).containsExactly("王偉", "何靜", "孫麗", "陳傑");
    }
}
