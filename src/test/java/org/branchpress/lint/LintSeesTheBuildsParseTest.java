package org.branchpress.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchpress.lint.LintRun.FRONT;
import static org.branchpress.lint.LintRun.lines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint reads the tree the build renders from (one flexmark configuration): a mark the
 * page shows inside a link is not text to correct, however it looks in the Markdown.
 */
class LintSeesTheBuildsParseTest {
    private static final String FILE = "content/cases/a.md";

    @TempDir
    Path dir;

    @Test
    void aCommaInsideABareWwwAddressThePageLinksIsNeitherReportedNorFixed() throws IOException {
        String body = FRONT + "见www.a.cn/x?a=1,2党员\n";
        TestSite site = new TestSite(dir).settings("").file("cases/a.md", body);
        assertThat(site.build("--today", "2024-06-01").status()).isZero();
        assertThat(site.read("cases/a/index.html"))
                .contains("<p>见<a href=\"http://www.a.cn/x?a=1,2\">www.a.cn/x?a=1,2</a>党员</p>");

        assertThat(lines(site.check(), FILE)).isEmpty();
        assertThat(site.check("--fix").err()).doesNotContain("已修正");
        assertThat(Files.readString(site.content().resolve("cases/a.md"))).isEqualTo(body);
    }

    @Test
    void aCommaEndingABareAddressBeforeChineseIsPunctuationAsInGfm() throws IOException {
        TestSite site = new TestSite(dir).settings("").file("cases/a.md", FRONT + "见www.a.cn/x?a=1,党员\n");
        assertThat(site.build("--today", "2024-06-01").status()).isZero();
        assertThat(site.read("cases/a/index.html"))
                .contains("<p>见<a href=\"http://www.a.cn/x?a=1\">www.a.cn/x?a=1</a>,党员</p>");
        assertThat(lines(site.check(), FILE)).containsExactly(
                "content/cases/a.md:5:16: warning: 中文里用了半角逗号“,”：请改为全角“，”（运行 check --fix 可自动改正）。");
        site.check("--fix");
        assertThat(Files.readString(site.content().resolve("cases/a.md"))).endsWith("见www.a.cn/x?a=1，党员\n");
    }

    @Test
    void theSameCommaAfterAnEmailAddressIsText() {
        TestSite site = new TestSite(dir).settings("").file("cases/a.md", FRONT + "联系a.b@c.cn,党员\n");
        assertThat(lines(site.check(), FILE)).containsExactly(
                "content/cases/a.md:5:11: warning: 中文里用了半角逗号“,”：请改为全角“，”（运行 check --fix 可自动改正）。");
    }
}
