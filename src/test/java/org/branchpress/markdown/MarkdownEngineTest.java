package org.branchpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
    private final Problems problems = new Problems();
    private final MarkdownEngine engine = new MarkdownEngine(new LinkTargets(
            Map.of("activities/a.md", "activities/a/index.html", "pages/支部 简介.md", "pages/jianjie/index.html"),
            Set.of("media/p.jpg", "cases/img/x.png", "media/活动 照片.png"), Set.of()),
            problems);

    private RenderedBody render(String md) {
        return engine.render(md, "cases/", "cases/c/index.html", new SourcePosition("content/cases/c.md", 5, 1), null);
    }

    /** What the lint reads and what the page is made from are one tree: rendering only reads it. */
    @Test
    void renderingLeavesTheParsedTreeAsItWas() {
        SourcePosition at = new SourcePosition("content/cases/c.md", 5, 1);
        ParsedMarkdown parsed = engine.parse("## 标题\n\n邮箱：a@b.cn，见 www.a.cn 和[链接](../activities/a.md)。\n\n"
                + "<img src=\"../media/p.jpg\">\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n", at);
        String before = outline(parsed.tree());
        assertThat(before).contains("MailLink[").contains("AutoLink[");
        engine.render(parsed, "cases/", "cases/c/index.html", at, null);
        assertThat(outline(parsed.tree())).isEqualTo(before);
    }

    private static String outline(com.vladsch.flexmark.util.ast.Node node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName()).append('[')
                .append(node.getStartOffset()).append(',').append(node.getEndOffset()).append("](");
        for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
            out.append(outline(child));
        }
        return out.append(')').toString();
    }

    @Test
    void boldLeadPhraseClosesBeforeChineseText() {
        assertThat(render("**一是打造“四位一体”教育模式。**支部以系统观念统筹谋划。").html())
                .contains("<strong>一是打造“四位一体”教育模式。</strong>支部以系统观念");
    }

    @Test
    void boldOpensBeforeChineseQuote() {
        assertThat(render("开展**“精神导读者”**活动").html()).contains("开展<strong>“精神导读者”</strong>活动");
    }

    @Test
    void ordinaryEmphasisStillWorks() {
        assertThat(render("a **bold** and *em* word").html()).contains("<strong>bold</strong>").contains("<em>em</em>");
    }

    @Test
    void tablesFootnotesStrikethroughAndAutolinks() {
        String html = render("""
                | 姓名 | 分工 |
                | --- | --- |
                | 王伟 | 书记 |

                见脚注[^1]，~~删除~~，网址 https://example.org/a 。

                [^1]: 脚注内容
                """).html();
        assertThat(html).contains("<table").contains("<td>王伟</td>").contains("<del>删除</del>")
                .contains("href=\"https://example.org/a\"").contains("脚注内容");
    }

    @Test
    void headingIdsAreStableForChineseHeadings() {
        RenderedBody body = render("## 一、背景和起因\n\n### （一）全面规范日常教育\n\n## 一、背景和起因\n");
        assertThat(body.headings()).extracting(Heading::id)
                .containsExactly("一背景和起因", "一全面规范日常教育", "一背景和起因-2");
        assertThat(body.html()).contains("<h2 id=\"一背景和起因\">");
    }

    @Test
    void linksToContentFilesBecomeRelativeAddressesOfTheirPages() {
        String html = render("[活动](../activities/a.md#x) ![图](../media/p.jpg) ![图2](media/p.jpg) [附](img/x.png)").html();
        assertThat(html).contains("href=\"../../activities/a/index.html#x\"")
                .contains("src=\"../../media/p.jpg\"")
                .contains("href=\"../../files/cases/img/x.png\"");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void brokenLinkIsReportedAtItsLine() {
        render("第一段\n\n[旧页面](../activities/renamed.md)\n");
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith("content/cases/c.md:7:1: error: ");
            assertThat(p.message()).contains("renamed.md").contains("不存在");
        });
    }

    @Test
    void scriptLinksAreDropped() {
        String html = render("[点我](javascript:alert(1)) ![x](data:text/html;base64,AAAA)").html();
        assertThat(html).doesNotContain("javascript:").doesNotContain("data:text/html");
    }

    @Test
    void scriptAutolinksAreDroppedWhateverTheirCase() {
        String html = render("<JAVASCRIPT:alert(1)> <vbscript:msgbox(1)> <data:text/html;base64,PHNjcmlwdD4=> "
                + "<https://example.org/> www.example.org").html();
        assertThat(html).doesNotContain("href=\"JAVASCRIPT").doesNotContain("href=\"vbscript")
                .doesNotContain("href=\"data:").contains("href=\"https://example.org/\"")
                .contains("href=\"http://www.example.org\"");
        assertThat(problems.sorted()).extracting(p -> p.rule()).containsOnly("markdown/unsafe-link");
    }

    @Test
    void rawHtmlIsCleaned() {
        String html = render("<div onclick=\"alert(1)\">正文<script>alert(2)</script><a href=\"javascript:x\">链接</a></div>\n\n**强调**").html();
        assertThat(html).doesNotContain("onclick").doesNotContain("<script").doesNotContain("javascript:")
                .contains("正文").contains("<strong>强调</strong>");
    }

    @Test
    void bareEmailInChineseTextLinksOnlyTheAddress() {
        assertThat(render("内网邮箱：dangzhibu@intranet.example").html())
                .contains("内网邮箱：<a href=\"mailto:dangzhibu@intranet.example\">dangzhibu@intranet.example</a>");
    }

    @Test
    void summaryComesFromTheFirstParagraphsNotHeadings() {
        RenderedBody body = render("## 标题\n\n第一句话。第二句话。\n");
        assertThat(body.summary()).isEqualTo("第一句话。第二句话。");
    }

    @Test
    void bracketsWithoutADefinitionStayText() {
        assertThat(render("见文献[1]和[注]。京政发[2024]3号，国办发〔2024〕5号，[link] (/uri)").html())
                .contains("<p>见文献[1]和[注]。京政发[2024]3号，国办发〔2024〕5号，[link] (/uri)</p>");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void referenceLinkInAHeadingLinksWithOrWithoutABlankLine() {
        assertThat(render("## 见[文献][1]\n[1]: https://x.cn\n").html())
                .contains("<h2 id=\"见文献\">见<a href=\"https://x.cn\">文献</a></h2>");
        assertThat(render("## 见[文献][1]\n\n正文[文献][1]。\n\n[1]: https://x.cn\n").html())
                .contains("见<a href=\"https://x.cn\">文献</a></h2>").contains("正文<a href=\"https://x.cn\">文献</a>。");
    }

    @Test
    void boldAfterSupplementaryHanAndVariationSelectors() {
        assertThat(render("𠮟**(正式)** 葛\uDB40\uDD00**(异体)** 大塚\uFE00**(旧字)**").html())
                .contains("𠮟<strong>(正式)</strong>").contains("葛\uDB40\uDD00<strong>(异体)</strong>")
                .contains("大塚\uFE00<strong>(旧字)</strong>");
    }

    @Test
    void boldItalicClosesAfterChinesePunctuation() {
        assertThat(render("***粗斜。***中文").html()).contains("<p><em><strong>粗斜。</strong></em>中文</p>");
    }

    @Test
    void angleBracketDestinationsMayHoldSpaces() {
        String html = render("![合影](<../media/活动 照片.png>) [支部简介](<../pages/支部 简介.md>)").html();
        assertThat(html).contains("<img src=\"../../media/%E6%B4%BB%E5%8A%A8%20%E7%85%A7%E7%89%87.png\" alt=\"合影\"")
                .contains("<a href=\"../../pages/jianjie/index.html\">支部简介</a>");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void percentEncodedSpaceNamesTheFileWithASpace() {
        assertThat(render("![合影](../media/活动%20照片.png)").html())
                .contains("src=\"../../media/%E6%B4%BB%E5%8A%A8%20%E7%85%A7%E7%89%87.png\"");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void tableAlignmentIsAClassNotTheObsoleteAttribute() {
        String html = render("| 左 | 右 | 中 | 无 |\n| :--- | ---: | :---: | --- |\n| 1 | 2 | 3 | 4 |\n").html();
        assertThat(html).contains("<th class=\"align-left\">左</th><th class=\"align-right\">右</th>"
                + "<th class=\"align-center\">中</th><th>无</th>").doesNotContain("align=");
    }

    @Test
    void cleaningKeepsAlignmentButDropsStylesFromRawHtml() {
        String html = render("| 左 |\n| :--- |\n| <span style=\"position:fixed\">1</span> |\n\n"
                + "<p style=\"color:red\">段落</p>\n").html();
        assertThat(html).contains("<th class=\"align-left\">左</th>").contains("<span>1</span>").contains("段落")
                .doesNotContain("style");
    }

    @Test
    void lineBreakDisappearsBetweenChineseCharactersOnly() {
        assertThat(render("支部\n党员，\n“学习”\nand two\nwords 한국\n사람").html())
                .contains("<p>支部党员，“学习”\nand two\nwords 한국\n사람</p>");
    }

    @Test
    void headingTextSurvivesFlexmarksTextCollector() {
        assertThat(render("### foo \\###\n").headings()).extracting(Heading::text).containsExactly("foo ###");
    }

    @Test
    void rawHtmlBlockKeepsItsIndentation() {
        assertThat(render("<div class=\"a\n  b\">\n</div>\n").html()).contains("class=\"a\n  b\"");
    }

    @Test
    void asciiMailAddressIsLeftAsTheAutolinkExtensionReadsIt() {
        assertThat(render("邮箱：dangzhibu@intranet.example 或 a.b+c@x.cn").html())
                .contains("<a href=\"mailto:a.b+c@x.cn\">a.b+c@x.cn</a>");
    }
}
