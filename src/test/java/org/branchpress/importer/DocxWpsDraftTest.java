package org.branchpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts typed as WPS users type them (see {@link WpsDrafts}), imported by the command and
 * built: the exact Markdown, every word of the source in it or in a warning, and the page.
 */
class DocxWpsDraftTest {
    static final String TITLE = "“学习身边榜样”主题党日活动纪实";

    @TempDir
    Path dir;

    /** A news draft with no styles at all: every line formatted by hand. */
    static byte[] newsDraft() {
        WpsDrafts d = new WpsDrafts();
        d.line(TITLE, true, true, 22);
        d.line("2024年5月20日　来源：二部一室党支部", true, false, 16);
        d.line("一、基本情况", false, true, 16);
        XWPFParagraph p = d.body("　　5月20日，支部组织全体党员开展主题党日");
        d.footnote(p, "主题党日：支部每月固定一天开展的党员活动。");
        WpsDrafts.run(p, "活动，重温").setItalic(true);
        WpsDrafts.run(p, "《入党誓词》。");
        XWPFParagraph where = d.body("时间：5月20日上午");
        where.getRuns().get(0).addBreak();
        WpsDrafts.run(where, "地点：航天博物馆");
        XWPFParagraph link = d.body("活动情况详见");
        link.createHyperlinkRun("http://www.12371.cn/").setText("共产党员网");
        WpsDrafts.run(link, "的报道。");
        d.line("（一）参观展览", false, true, 16);
        d.picture("IMG_0520.png", 200);
        d.line("图1　全体党员参观航天博物馆", true, false, 12);
        d.body(TITLE);
        d.line("二、下一步打算", false, true, 16);
        BigInteger steps = d.numbering("decimal %1.", "decimal （%2）");
        WpsDrafts.numbered(d.body("深化学习教育。"), steps, 0);
        WpsDrafts.numbered(d.body("每月开展一次专题学习。"), steps, 1);
        WpsDrafts.numbered(d.body("抓好成果转化。"), steps, 0);
        d.table(new String[][] {{"时间", "内容"}, {"上午", "参观展览\n重温入党誓词"}});
        XWPFParagraph filled = d.body("填报人：");
        WpsDrafts.xml(filled, "<w:sdt><w:sdtPr><w:alias w:val=\"姓名\"/></w:sdtPr><w:sdtContent><w:r><w:t>张敏</w:t></w:r>"
                + "</w:sdtContent></w:sdt>");
        d.bodyXml("<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>单击此处输入文字。</w:t></w:r></w:p>"
                + "</w:sdtContent></w:sdt>");
        XWPFParagraph formula = d.body("能量公式：");
        WpsDrafts.xml(formula, "<m:oMath><m:r><m:t>E=mc</m:t></m:r><m:sSup><m:e/><m:sup><m:r><m:t>2</m:t></m:r></m:sup>"
                + "</m:sSup></m:oMath>");
        d.body("编辑：李强");
        return d.bytes();
    }

    /** A summary with WPS's heading styles (ids "2", "3") and automatic Chinese numbering on them. */
    static byte[] styledDraft() {
        WpsDrafts d = new WpsDrafts();
        d.headingStyle("2", "heading 1");
        d.headingStyle("3", "heading 2");
        BigInteger chapters = d.numbering("chineseCounting %1、");
        BigInteger sections = d.numbering("chineseCounting （%1）");
        d.line("党员先锋岗创建工作总结", true, true, 22);
        XWPFParagraph h = d.body("基本情况");
        h.setStyle("2");
        WpsDrafts.numbered(h, chapters, 0);
        d.body("2025年6月30日，支部共设立党员先锋岗12个。");
        XWPFParagraph s1 = d.body("主要做法。");
        s1.setStyle("3");
        WpsDrafts.numbered(s1, sections, 0);
        d.body("一是建立台账。每个岗位明确职责。");
        XWPFParagraph h2 = d.body("主要成效");
        h2.setStyle("2");
        WpsDrafts.numbered(h2, chapters, 0);
        d.body("岗位党员带头攻关，解决难题30余项。");
        return d.bytes();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private TestSite.Run importFile(TestSite site, Path file) {
        TestSite.Run run = TestSite.run("import", file.toString(), "--content", site.content().toString(), "--today",
                "2025-07-01");
        assertThat(run.status()).as(run.err()).isZero();
        return run;
    }

    @Test
    void aNewsDraftTypedInWpsComesThroughWhole() throws IOException {
        byte[] docx = newsDraft();
        Path file = write("草稿.docx", docx);
        TestSite site = new TestSite(dir.resolve("site")).settings("");
        TestSite.Run run = importFile(site, file);
        String md = Files.readString(Path.of(run.out().strip()));
        String pictures = "../media/imported/2024-05-20-xue-xi-shen-bian-bang-yang-zhu-ti-dang-ri-huo-dong-ji-shi/";
        assertThat(md).isEqualTo("""
                ---
                title: "“学习身边榜样”主题党日活动纪实"
                date: 2024-05-20
                source: "二部一室党支部"
                ---

                ## 一、基本情况

                5月20日，支部组织全体党员开展主题党日[^1]*活动，重温*《入党誓词》。

                时间：5月20日上午\\
                地点：航天博物馆

                活动情况详见[共产党员网](http://www.12371.cn/)的报道。

                ### （一）参观展览

                ![图1　全体党员参观航天博物馆](PICTURES/picture-1.png)

                图1　全体党员参观航天博物馆

                “学习身边榜样”主题党日活动纪实

                ## 二、下一步打算

                1. 深化学习教育。

                   （1）每月开展一次专题学习。

                2. 抓好成果转化。

                | 时间 | 内容 |
                | --- | --- |
                | 上午 | 参观展览<br>重温入党誓词 |

                填报人：张敏

                能量公式：

                编辑：李强

                [^1]: 主题党日：支部每月固定一天开展的党员活动。
                """.replace("PICTURES/", pictures));
        assertThat(run.err().lines()).containsExactly(
                file + ": warning: 第 2 段（“2024年5月20日　来源：二部一室党支部”）已写进文件头（date、source），正文里不再重复：请核对日期和来源。",
                file + ": warning: 第 16 段（“单击此处输入文字。”）的内容控件里只有提示文字，没有导入。",
                file + ": warning: 第 17 段（“E=mc2”）里的公式没有导入：网页上请改成文字，或把公式截图插入正文。");
        assertThat(DocxWords.missing(docx, md, run.err().lines().toList())).isEmpty();

        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(site.read("cases/2024-05-20-xue-xi-shen-bian-bang-yang-zhu-ti-dang-ri-huo-dong-ji-shi/index.html"))
                .contains("时间：5月20日上午<br>\n地点", "<em>活动，重温</em>", "<a href=\"http://www.12371.cn/\"",
                        "alt=\"图1　全体党员参观航天博物馆\"", "<td>参观展览<br>重温入党誓词</td>", "<ol>",
                        "主题党日：支部每月固定一天开展的党员活动。");
    }

    @Test
    void aTitleAndOutlineNumberedByWpsStylesAndNumberingAreFound() throws IOException {
        byte[] docx = styledDraft();
        Path file = write("总结.docx", docx);
        TestSite site = new TestSite(dir.resolve("site")).settings("");
        TestSite.Run run = importFile(site, file);
        Path written = Path.of(run.out().strip());
        assertThat(written.getFileName()).hasToString("2025-07-01-dang-yuan-xian-feng-gang-chuang-jian-gong-zuo-zong-jie.md");
        String md = Files.readString(written);
        assertThat(md).isEqualTo("""
                ---
                title: "党员先锋岗创建工作总结"
                date: 2025-07-01
                ---

                ## 一、基本情况

                2025年6月30日，支部共设立党员先锋岗12个。

                ### （一）主要做法

                **一是建立台账。**每个岗位明确职责。

                ## 二、主要成效

                岗位党员带头攻关，解决难题30余项。
                """);
        assertThat(DocxWords.missing(docx, md, List.of())).isEmpty();
        assertThat(run.err()).isEqualTo(written + ":3:7: warning: 原文里没有找到日期，已先填上今天（2025-07-01）：请改成文章的实际日期。\n");
    }

    @Test
    void aDraftThatStartsWithItsOutlineTakesItsTitleFromTheFileNameAndSaysSo() throws IOException {
        WpsDrafts d = new WpsDrafts();
        d.line("一、基本情况", false, true, 16);
        d.body("本人2024年担任支部组织委员。");
        d.line("二、存在不足", false, true, 16);
        d.body("理论学习还不够深入。");
        byte[] docx = d.bytes();
        Path file = write("2024年度述职报告.docx", docx);
        TestSite site = new TestSite(dir.resolve("site")).settings("");
        TestSite.Run run = importFile(site, file);
        Path written = Path.of(run.out().strip());
        assertThat(written.getFileName()).hasToString("2025-07-01-2024-nian-du-shu-zhi-bao-gao.md");
        assertThat(Files.readString(written)).isEqualTo("""
                ---
                title: "2024年度述职报告"
                date: 2025-07-01
                ---

                ## 一、基本情况

                本人2024年担任支部组织委员。

                ## 二、存在不足

                理论学习还不够深入。
                """);
        assertThat(run.err()).startsWith(file + ": warning: 文稿开头没有找到标题，先用了文件名“2024年度述职报告”作标题："
                + "请在 title 里改成文章的标题。\n");
    }

    @Test
    void aFootnoteOnTheTitleStaysInTheBodyAndTheTitleIsClean() throws Exception {
        WpsDrafts d = new WpsDrafts();
        XWPFParagraph title = d.line("党建引领科研攻关的实践与思考", true, true, 22);
        d.footnote(title, "本文系支部2024年度党建研究课题成果。");
        d.body("支部坚持把党建工作融入科研一线。");
        byte[] docx = d.bytes();
        Draft draft = DocxDraft.read("论文.docx", docx);
        String md = MarkdownWriter.write(draft, java.time.LocalDate.of(2025, 7, 1), "../media/x/", t -> t);
        assertThat(md).isEqualTo("""
                ---
                title: "党建引领科研攻关的实践与思考"
                date: 2025-07-01
                ---

                [^1]

                支部坚持把党建工作融入科研一线。

                [^1]: 本文系支部2024年度党建研究课题成果。
                """);
        assertThat(draft.warnings()).containsExactly("标题上的脚注放在了正文开头：文件头的 title 里放不了脚注。");
        assertThat(DocxWords.missing(docx, md, draft.warnings())).isEmpty();
    }
}
