package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names as the officer writes them: Latin names, team names, very long file names. */
class NamesSiteTest {
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

    @Test
    void latinNamesAndTeamNamesAreOneNameEach() {
        TestSite site = new TestSite(dir).settings("")
                .file("activities/a.md", "---\ntitle: 支委会\ndate: 2024-03-15\ntype: 支委会\nhost: Mary Smith\n"
                        + "attendees: [Mary Smith, 王伟, 买买提·艾力]\nabsent: 李强\ntags: [Open Source]\n---\n纪要。\n")
                .file("honors/a.md", "---\ntitle: 2024年度先进集体\ndate: 2024-12-30\nkind: 先进集体\nentries:\n"
                        + "  - name: 质量复查突击队\n    members: [李强, 张敏]\n    citation: 攻关。\n---\n");
        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(site.exists("people/mary-smith/index.html")).isTrue();
        assertThat(site.exists("people/zhang-min/index.html")).isTrue();
        assertThat(site.exists("people/zhi-liang-fu-cha-tu-ji-dui/index.html")).isFalse();
        assertThat(site.read("people/li-qiang/index.html")).contains("出席率 0.0%");
        assertThat(site.read("activities/a/index.html")).contains("75.0%");
    }
}
