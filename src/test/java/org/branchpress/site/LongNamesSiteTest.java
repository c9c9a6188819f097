package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long Chinese names give addresses a file system accepts. */
class LongNamesSiteTest {
    @TempDir
    Path dir;

    /**
     * 80 Chinese characters are 240 bytes, close to the 255-byte limit of a file name, so the
     * file itself can exist; its pinyin (about 400 characters) could not be a folder name.
     */
    @Test
    void aCaseWithAVeryLongChineseFileNameBuilds() {
        String name = "关于深入开展学习贯彻新时代中国特色社会主义思想主题教育并结合型号研制任务推进党建与业务深度融合的经验交流材料汇编";
        name = (name + name).substring(0, 80);
        TestSite site = new TestSite(dir).settings("")
                .file("cases/" + name + ".md", "---\ntitle: 经验交流\ndate: 2024-03-15\n---\n正文。\n");
        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(site.read("cases/index.html")).contains("经验交流");
    }
}
