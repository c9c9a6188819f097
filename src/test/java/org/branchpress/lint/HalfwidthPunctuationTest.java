package org.branchpress.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchpress.lint.LintRun.FRONT;
import static org.branchpress.lint.LintRun.lines;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HalfwidthPunctuationTest {
    private static final String FILE = "content/cases/a.md";

    @TempDir
    Path dir;

    private TestSite.Run check(String body) {
        return new TestSite(dir).settings("").file("cases/a.md", FRONT + body).check();
    }

    @Test
    void commaBetweenChineseWordsIsReportedAtItsColumn() {
        TestSite.Run run = check("党员,干部\n");
        assertThat(run.status()).isZero();
        assertThat(lines(run, FILE)).containsExactly(
                "content/cases/a.md:5:3: warning: 中文里用了半角逗号“,”：请改为全角“，”（运行 check --fix 可自动改正）。");
    }

    @Test
    void bothBracketsOfAnOutlineNumberAtTheStartOfALine() {
        assertThat(lines(check("第一段。\n\n(一)全面规范日常教育\n"), FILE)).containsExactly(
                "content/cases/a.md:7:1: warning: 中文里用了半角左括号“(”：请改为全角“（”（运行 check --fix 可自动改正）。",
                "content/cases/a.md:7:3: warning: 中文里用了半角右括号“)”：请改为全角“）”（运行 check --fix 可自动改正）。");
    }

    @Test
    void everyMarkOfTheSetNextToChinese() {
        assertThat(lines(check("注意:一;二?三!\n"), FILE)).extracting(l -> l.substring(0, l.indexOf(" warning")))
                .containsExactly("content/cases/a.md:5:3:", "content/cases/a.md:5:5:", "content/cases/a.md:5:7:",
                        "content/cases/a.md:5:9:");
    }

    @Test
    void looksThroughEmphasisAndQuotesButNotThroughSpace() {
        assertThat(lines(check("**重要**, and “三会一课”,x\n\nEnglish , 中文\n"), FILE))
                .extracting(l -> l.substring(0, l.indexOf(" warning")))
                .containsExactly("content/cases/a.md:5:7:", "content/cases/a.md:5:19:");
    }

    @Test
    void englishParenthesesInsideChineseAreReportedInPairs() {
        assertThat(lines(check("党员(Party member)都来了\n"), FILE))
                .extracting(l -> l.substring(0, l.indexOf(" warning")))
                .containsExactly("content/cases/a.md:5:3:", "content/cases/a.md:5:16:");
    }

    @Test
    void quietOnCorrectTextEnglishCodeLinksUrlsHtmlAndFrontMatter() {
        TestSite.Run run = new TestSite(dir).settings("").file("cases/a.md", """
                ---
                title: 党员，干部（测试）
                summary: "党员,干部"
                date: 2024-01-01
                ---
                党员，干部（全角）都对了：好！
                We met Alice, Bob and Carol: all agreed (twice)!
                网址 http://a.b/c?x=1,2 和 https://例子.cn/党员,干部?x=中,文 都不改。
                用 `党员,干部` 表示，或者 `a,b`。
                [链接](https://a.b/党员,干部) 和 <https://a.b/党,员> 以及 <span title="党员,干部">文字</span>。
                时间 8:30—17:00，比分 3:2，共 1,000 人。

                ```
                党员,干部(代码)
                ```

                    党员,干部（缩进的代码）

                <div>
                党员,干部
                </div>
                """).check();
        assertThat(run.status()).isZero();
        assertThat(lines(run, FILE)).isEmpty();
    }

    @Test
    void theRuleIdIsInTheJson() {
        TestSite.Run run = new TestSite(dir).settings("").file("cases/a.md", FRONT + "党员,干部\n")
                .check("--format", "json");
        assertThat(run.out()).contains("{\"file\":\"content/cases/a.md\",\"line\":5,\"column\":3,"
                + "\"severity\":\"warning\",\"rule\":\"lint/halfwidth-punctuation\",");
    }
}
