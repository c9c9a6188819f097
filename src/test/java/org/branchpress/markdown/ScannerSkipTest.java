package org.branchpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.junit.jupiter.api.Test;

/** A body without a table's or an autolink's marks renders the same without those extensions. */
class ScannerSkipTest {
    private static final List<String> PIECES = List.of("# 标题", "## 二、主要做法", "支部成立于1990年。", "**一是**打造模式",
            "*强调*和_下划线_", "~~删除~~", "- 列表一\n- 列表二", "1. 第一\n2. 第二", "> 引用的话", "`代码`",
            "```\n代码块\n```", "[主题党日](../activities/a.md)", "![照片](../media/a.jpg)", "脚注[^1]",
            "第一行  \n第二行", "<br>", "<span>原始</span>", "---", "    缩进代码", "中文，English words 2024",
            "***", "\\*转义\\*", "&amp; &copy;", "全角：冒号", "  ");

    @Test
    void bodiesWithoutTheirMarksRenderTheSameWithAndWithoutTablesAndAutolinks() {
        for (int seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                body.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextBoolean() ? "\n\n" : "\n");
            }
            String markdown = body.toString();
            assertThat(MarkdownEngine.mayNeedScanners(markdown)).as(markdown).isFalse();
            assertThat(render(markdown, true)).as("seed %d:\n%s", seed, markdown).isEqualTo(render(markdown, false));
        }
    }

    @Test
    void anyMarkOfATableOrAnAutolinkKeepsThem() {
        for (String s : List.of("a | b", "见 http://x.cn", "mailto:a", "写信给 a@b.cn", "访问 WWW.example.cn")) {
            assertThat(MarkdownEngine.mayNeedScanners(s)).as(s).isTrue();
        }
    }

    private static String render(String markdown, boolean skip) {
        MarkdownEngine engine = new MarkdownEngine(ComparableHtml.anyTarget(), new Problems(), at -> { }, skip);
        return engine.render(markdown, "cases", "cases/x/index.html", new SourcePosition("content/cases/x.md", 1, 1),
                null).html();
    }
}
