package org.branchpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies nested past any real write-up get an error at their line, never a stack overflow. */
class DeepNestingTest {
    @TempDir
    Path dir;

    @Test
    void aBlockquoteAThousandDeepAndAListFiveHundredDeepAreErrorsAtTheirLines() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            list.append("  ".repeat(i)).append("- 项\n");
        }
        TestSite site = new TestSite(dir).settings("")
                .file("cases/quote.md", "---\ntitle: 引用\ndate: 2024-01-01\n---\n" + ">".repeat(1000) + " 文字\n")
                .file("cases/list.md", "---\ntitle: 列表\ndate: 2024-01-01\n---\n" + list)
                .file("cases/hugequote.md", "---\ntitle: 更深\ndate: 2024-01-01\n---\n" + ">".repeat(30000) + " 文字\n");
        for (TestSite.Run run : new TestSite.Run[] {site.build("--today", "2024-06-01"), site.check("--today", "2024-06-01")}) {
            assertThat(run.status()).as(run.err()).isEqualTo(1);
            assertThat(run.err() + run.out())
                    .contains("content/cases/quote.md:5:1: error: 正文嵌套太深")
                    .contains("content/cases/list.md:37:1: error: 正文嵌套太深")
                    .contains("content/cases/hugequote.md:5:1: error:")
                    .doesNotContain("StackOverflowError").doesNotContain("\tat ").doesNotContain("内部错误");
        }
        assertThat(site.output()).doesNotExist();
    }
}
