package org.branchpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.branchpress.importer.Draft.ListItem.Kind;
import org.junit.jupiter.api.Test;

/** The Markdown each kind of block and span becomes: one draft in, the exact body out. */
class MarkdownWriterTest {
    private static String body(Draft.Block... blocks) {
        Draft draft = new Draft("题目", Optional.empty(), Optional.empty(), List.of(blocks), "UTF-8");
        String md = MarkdownWriter.write(draft, LocalDate.of(2025, 6, 30), "../media/x/", s -> s);
        return md.substring(md.indexOf("---\n", 4) + 4);
    }

    private static Draft.Span text(String t) {
        return new Draft.Span(t, false);
    }

    private static Draft.Span span(String t, boolean bold, boolean italic) {
        return new Draft.Span(t, bold, italic, "", "");
    }

    private static Draft.Span link(String t, String url) {
        return new Draft.Span(t, false, false, url, "");
    }

    @Test
    void nestedListsAreIndentedToTheTextOfTheirItemAndKeepTheirNumbers() {
        assertThat(body(new Draft.ListItem(Kind.ORDERED, 0, 9, List.of(text("九"))),
                new Draft.ListItem(Kind.ORDERED, 0, 10, List.of(text("十"))),
                new Draft.ListItem(Kind.BULLET, 1, 0, List.of(text("子项"))),
                new Draft.ListItem(Kind.BULLET, 2, 0, List.of(text("孙项"))),
                new Draft.ListItem(Kind.CONTINUED, 2, 0, List.of(text("孙项的第二段"))),
                new Draft.ListItem(Kind.ORDERED, 0, 11, List.of(text("十一"))),
                new Draft.Paragraph(List.of(text("列表之后。")))))
                .isEqualTo("\n9. 九\n10. 十\n    - 子项\n      - 孙项\n\n        孙项的第二段\n\n11. 十一\n\n列表之后。\n");
    }

    @Test
    void boldAndItalicNestTheLongerOutsideAndKeepSpacesOutsideTheDelimiters() {
        assertThat(body(new Draft.Paragraph(List.of(span("全部斜体，", false, true), span("其中加粗", true, true),
                span("。", false, true), text(" Regular "), span(" bold ", true, false), text("text.")))))
                .isEqualTo("\n*全部斜体，**其中加粗**。* Regular  **bold** text.\n");
    }

    @Test
    void linksFootnotesAndLineBreaks() {
        assertThat(body(new Draft.Paragraph(List.of(text("见"), link("共产党员网", "http://www.12371.cn/a b(1).html"),
                        Draft.Span.noteReference("1"), text("。时间：5月20日\n地点：军事博物馆\n"))),
                new Draft.Footnote("1", List.of(List.of(text("第一段。")), List.of(text("第二段\n第二行。"))))))
                .isEqualTo("\n见[共产党员网](http://www.12371.cn/a%20b%281%29.html)[^1]。时间：5月20日\\\n地点：军事博物馆\n"
                        + "\n[^1]: 第一段。\n\n    第二段\\\n    第二行。\n");
    }

    @Test
    void aLineAfterABreakThatWouldStartABlockStaysText() {
        assertThat(body(new Draft.Paragraph(List.of(text("第一行\n1. 不是列表\n# 不是标题\n---\n- 不是列表")))))
                .isEqualTo("\n第一行\\\n1\\. 不是列表\\\n\\# 不是标题\\\n\\---\\\n\\- 不是列表\n");
    }

    @Test
    void aCellOfSeveralParagraphsIsOneLineWithBrAndItsBarsEscaped() {
        Draft.Table table = new Draft.Table(List.of(List.of("项目", "说明"), List.of("甲", "乙 丙")),
                List.of(List.of(List.of(text("项目")), List.of(text("说明"))),
                        List.of(List.of(span("甲", true, false)), List.of(text("乙|1"), text("\n"), text("丙")))));
        assertThat(body(table)).isEqualTo("\n| 项目 | 说明 |\n| --- | --- |\n| **甲** | 乙\\|1<br>丙 |\n");
    }

    @Test
    void headingsJoinTheirLinesAndLeaveEmphasisOut() {
        assertThat(body(new Draft.Heading(2, "一、基本情况", List.of(span("一、基本", true, false), text("\n情况"),
                Draft.Span.noteReference("2"))), new Draft.Heading(3, "Two lines", List.of(text("Two\nlines")))))
                .isEqualTo("\n## 一、基本情况[^2]\n\n### Two lines\n");
    }
}
