package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a zh-TW site the default activity types and 三会一课 rules are written in traditional
 * characters, and a default type typed in simplified (pasted from a mainland notice) is the
 * same type: counted with the others, no “new type” warning, shown in the site's script.
 */
class TraditionalActivityTypesTest {
    @TempDir
    Path dir;

    private static final String FRONT = "---\ntitle: %s\ndate: %s\ntype: %s\nattendees: [王偉, 李娜]\n---\n紀要。\n";

    @Test
    void aDefaultTypeInEitherScriptIsTheSiteSTypeAndCountsForItsRule() {
        TestSite site = new TestSite(dir).settings("language: zh-TW\n")
                .file("activities/a.md", String.format(FRONT, "一月主題黨日", "2024-01-10", "主题党日"))
                .file("activities/b.md", String.format(FRONT, "二月主題黨日", "2024-02-10", "主題黨日"))
                .file("activities/c.md", String.format(FRONT, "支委會", "2024-02-11", "支委会"));
        TestSite.Run check = site.check("--today", "2024-02-28");
        assertThat(check.out()).doesNotContain("content/activity-type").doesNotContain("不是常用类型");
        assertThat(check.out()).as("January and February each had a 主題黨日")
                .doesNotContain("2024年1月 未召开主題黨日").doesNotContain("2024年2月 未召开主題黨日")
                .contains("2024年1月 未召开支委會");

        TestSite.Run build = site.build("--today", "2024-02-28");
        assertThat(build.status()).as(build.err()).isZero();
        String stats = site.read("stats/index.html");
        assertThat(stats).contains("主題黨日").contains("黨課").contains("支部黨員大會")
                .doesNotContain("主题党日").doesNotContain("党课").doesNotContain("支委会");
        assertThat(site.read("activities/a/index.html")).contains("主題黨日").doesNotContain("主题党日");
    }

    @Test
    void aSimplifiedSiteKeepsSimplifiedTypesAndReadsTraditionalOnesAsThem() {
        TestSite site = new TestSite(dir).settings("")
                .file("activities/a.md", String.format(FRONT, "一月主题党日", "2024-01-10", "主題黨日"));
        TestSite.Run build = site.build("--today", "2024-01-31");
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(build.err()).doesNotContain("不是常用类型");
        assertThat(site.read("activities/a/index.html")).contains("主题党日").doesNotContain("主題黨日");
    }

    @Test
    void aRuleOfSiteYamlNamedInTheOtherScriptReplacesTheDefaultRule() {
        TestSite site = new TestSite(dir).settings("language: zh-TW\nrules:\n  - type: 主题党日\n    off: true\n")
                .file("activities/a.md", String.format(FRONT, "支委會", "2024-01-10", "支委會"));
        TestSite.Run check = site.check("--today", "2024-02-28");
        assertThat(check.out()).doesNotContain("未召开主題黨日").contains("未召开黨小組會");
    }
}
