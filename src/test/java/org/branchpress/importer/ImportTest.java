package org.branchpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} on the two seed documents and on fixtures written for it (a GB18030 text, a
 * Big5 text, a saved news page with chrome around the article, a .docx with heading styles
 * and a table, a BOM + CRLF text), each imported and then built.
 */
class ImportTest {
    static final Path SEEDS = Path.of("seeds");
    static final Path FIXTURES = Path.of("src", "test", "resources", "import");

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir).settings("");
    }

    private String importOne(TestSite site, Path file, String... options) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("import", file.toString(), "--content",
                site.content().toString(), "--today", "2026-11-22"));
        args.addAll(List.of(options));
        TestSite.Run run = TestSite.run(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        Path written = Path.of(run.out().strip());
        assertThat(written).exists().startsWith(site.content().resolve("cases"));
        return Files.readString(written);
    }

    private static void builds(TestSite site) {
        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(build.err()).doesNotContain("error");
    }

    @Test
    void seed000BecomesACaseWithItsDateSourceAndOutline() throws IOException {
        TestSite site = site();
        String md = importOne(site, SEEDS.resolve("000_edf78b896bb12cf4.txt"));
        assertThat(md).startsWith("---\ntitle: \"中國航天科工二院二部一室黨支部\"\ndate: 2022-07-11\n"
                + "source: \"人民網-中國共產黨新聞網\"\n---\n");
        assertThat(md).contains("\n## 一、背景和起因\n", "\n## 二、主要做法\n", "\n### （一）全面規范日常教育,筑牢黨員黨性修養根基\n",
                "\n## 四、探討\n", "\n**一是打造“四位一體”教育模式。**黨支部以系統觀念",
                "\n### （一）深化落實專題教育,引導黨員增強自我革命勇氣\n");
        assertThat(md).doesNotContain("相關專題").doesNotContain("掃一掃").doesNotContain("第六屆基層黨建創新典型案例征集")
                .doesNotContain("2022年07月11日");
        builds(site);
    }

    @Test
    void checkOnSeed000sImportReportsTheRepeatedOutlineNumberAndFixesItsCommas() throws IOException {
        TestSite site = site();
        importOne(site, SEEDS.resolve("000_edf78b896bb12cf4.txt"));
        TestSite.Run check = site.check();
        assertThat(check.out()).containsPattern("content/cases/2022-07-11-[a-z-]+\\.md:23:5: warning: 大纲编号重复：（一）后面应是（二），这里又写了（一）")
                .contains("中文里用了半角逗号");
        TestSite.Run fix = site.check("--fix");
        assertThat(fix.err()).contains("已修正");
        assertThat(site.check().out()).doesNotContain("半角逗号").contains("大纲编号重复");
    }

    @Test
    void seed002KeepsItsTextAndEscapesRedactionAsterisks() throws IOException {
        TestSite site = site();
        String md = importOne(site, SEEDS.resolve("002_3b7b9e4bff7c4bb9.txt"));
        assertThat(md).startsWith("---\ntitle: \"经验交流:建党建引领主业发展工作机制\"\ndate: 2026-11-22\n---\n");
        assertThat(md).contains("\n## 一、高站位,推进党建工作创新\n", "\\*党总支牢牢把握")
                .doesNotContain("经验交流:建党建引领主业发展工作机制\n\n经验交流");
        builds(site);
        assertThat(site.read("cases/2026-11-22-jing-yan-jiao-liu-jian-dang-jian-yin-ling-zhu-ye-fa-zhan/index.html"))
                .contains("*党总支牢牢把握").doesNotContain("<em>");
    }

    @Test
    void simplifiedAndTraditionalConversion() throws IOException {
        TestSite site = site();
        String simple = importOne(site, FIXTURES.resolve("big5.txt"), "--simplified");
        assertThat(simple).contains("title: \"支部党员大会纪实\"", "## 一、会议议程", "**一是党员教育扎实推进。**");
        String traditional = importOne(site, FIXTURES.resolve("gb18030.txt"), "--traditional");
        assertThat(traditional).contains("## 一、活動背景", "主題黨日");
    }

    @Test
    void gb18030TextIsReadAndItsChromeDropped() throws IOException {
        TestSite site = site();
        String md = importOne(site, FIXTURES.resolve("gb18030.txt"));
        assertThat(md).startsWith("---\ntitle: \"关于开展“学习身边榜样”主题党日活动的报道\"\ndate: 2024-05-20\n"
                + "source: \"二部一室党支部\"\n---\n");
        assertThat(md).contains("## 一、活动背景", "### （一）参观航天博物馆", "**一是重温入党誓词。**全体党员",
                "1. 青年党员谈体会\n1. 支委点评总结\n").doesNotContain("责任编辑").doesNotContain("扫一扫");
        builds(site);
    }

    @Test
    void big5TextIsRead() throws IOException {
        TestSite site = site();
        String md = importOne(site, FIXTURES.resolve("big5.txt"));
        assertThat(md).contains("title: \"支部黨員大會紀實\"", "date: 2023-12-28", "source: \"二部一室黨支部\"",
                "### （二）部署明年任務").doesNotContain("相關新聞").doesNotContain("組織生活會");
        builds(site);
    }

    @Test
    void savedNewsPageKeepsTheArticleOnly() throws IOException {
        TestSite site = site();
        String md = importOne(site, FIXTURES.resolve("news.html"));
        assertThat(md).startsWith("---\ntitle: \"青年突击队攻坚纪实\"\ndate: 2024-09-10\nsource: \"某新闻网-党建频道\"\n---\n");
        assertThat(md).contains("## 一、组建突击队", "**一是明确任务分工。**突击队按专业",
                "| 数据复查 | 十万条 |", "![突击队合影](../media/imported/2024-09-10-qing-nian-tu-ji-dui-gong-jian-ji-shi/team.png)");
        assertThat(md).doesNotContain("首页").doesNotContain("分享到").doesNotContain("相关新闻").doesNotContain("责任编辑")
                .doesNotContain("版权所有").doesNotContain("tracker").doesNotContain("扫一扫").doesNotContain("支部召开党员大会");
        assertThat(site.content().resolve("media/imported/2024-09-10-qing-nian-tu-ji-dui-gong-jian-ji-shi/team.png")).exists();
        builds(site);
    }

    @Test
    void docxHeadingStylesBoldAndTablesComeThrough() throws IOException {
        TestSite site = site();
        String md = importOne(site, FIXTURES.resolve("draft.docx"));
        assertThat(md).startsWith("---\ntitle: \"“党员质量师”岗位建设经验\"\ndate: 2025-06-30\nsource: \"二部一室党支部\"\n---\n");
        assertThat(md).contains("\n## 一、设立岗位\n", "\n### （一）明确职责\n", "设立**党员质量师**岗位",
                "**一是把好设计关。**", "| 指标 | 数值 |\n| --- | --- |\n| 复查数据 | 十万条 |");
        builds(site);
    }

    @Test
    void bomAndCrlfTextIsRead() throws IOException {
        TestSite site = site();
        String md = importOne(site, FIXTURES.resolve("bom-crlf.txt"));
        assertThat(md).startsWith("---\ntitle: \"经验分享：党小组轮值制\"\ndate: 2025-03-15\n").doesNotContain("\r")
                .contains("## 二、成效\n\n**一是参与度提高。**");
        builds(site);
    }

    @Test
    void neverOverwritesWithoutForce() throws IOException {
        TestSite site = site();
        importOne(site, FIXTURES.resolve("bom-crlf.txt"));
        TestSite.Run again = TestSite.run("import", FIXTURES.resolve("bom-crlf.txt").toString(), "--content",
                site.content().toString());
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("error: ").contains("已经存在，没有覆盖").contains("--force")
                .doesNotContain("Exception");
        importOne(site, FIXTURES.resolve("bom-crlf.txt"), "--force");
    }

    @Test
    void unsupportedFilesAreRefusedWithAdvice() throws IOException {
        Path doc = dir.resolve("old.doc");
        Files.write(doc, new byte[] {1, 2, 3});
        Path fake = dir.resolve("fake.docx");
        Files.writeString(fake, "not a zip");
        TestSite site = site();
        TestSite.Run run = TestSite.run("import", doc.toString(), fake.toString(), dir.resolve("x.pdf").toString(),
                "--content", site.content().toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("旧版 Word 格式（.doc）").contains("不是有效的 .docx 文件").contains("找不到文件")
                .doesNotContain("Exception");
        try (Stream<Path> cases = Files.list(site.content())) {
            assertThat(cases.map(p -> p.getFileName().toString())).containsExactly("site.yaml");
        }
    }
}
