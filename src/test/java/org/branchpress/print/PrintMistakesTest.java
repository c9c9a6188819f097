package org.branchpress.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.branchpress.TestSite;
import org.branchpress.problem.PublishException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user can get wrong with print: each is a Chinese sentence with the fix, exit 1 (2 for
 * the command line), no stack trace, and no PDF written or changed.
 */
class PrintMistakesTest {
    @TempDir
    Path dir;

    static final String ROLL = """
            ---
            title: 十月“月度之星”
            date: 2025-10-30
            kind: 月度之星
            entries:
              - {name: 王伟, citation: 攻克关键技术难题。}
            ---
            """;

    private TestSite site() {
        return new TestSite(dir).settings("").file("honors/oct.md", ROLL);
    }

    private static void refused(TestSite.Run run, int status, String... words) {
        assertThat(run.status()).as(run.err()).isEqualTo(status);
        assertThat(run.err()).contains(words).doesNotContain("Exception", "\tat ");
    }

    private static void nothingPrinted(TestSite site) throws IOException {
        if (Files.isDirectory(site.printed())) {
            try (var files = Files.list(site.printed())) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".branchpress")))
                        .isEmpty();
            }
        }
    }

    @Test
    void anUnknownFileNamesTheRollsThereAre() throws IOException {
        TestSite site = site();
        refused(site.print("poster", "honors/nov.md"), 1, "找不到光荣榜文件“honors/nov.md”", "已发布的光荣榜有：honors/oct.md");
        nothingPrinted(site);
    }

    @Test
    void aDraftRollIsNotPrinted() throws IOException {
        TestSite site = site().file("honors/draft.md", ROLL.replace("kind: 月度之星", "kind: 月度之星\ndraft: true"));
        refused(site.print("poster", "honors/draft.md"), 1, "不是已发布的光荣榜", "草稿");
        nothingPrinted(site);
    }

    @Test
    void anUnknownKindNamesTheKindsThereAre() throws IOException {
        TestSite site = site();
        refused(site.print("poster", "--kind", "年度之星"), 1, "没有“年度之星”这个奖项", "已有的奖项：月度之星");
        nothingPrinted(site);
    }

    @Test
    void aYearWithoutContentNamesTheYearsThatHave() throws IOException {
        TestSite site = site();
        refused(site.print("brochure", "--year", "2030"), 1, "2030年没有已发布的案例、光荣榜或活动记录", "有内容的年份：2025");
        refused(site.print("notice", "--year", "2030"), 1, "2030年没有");
        nothingPrinted(site);
    }

    @Test
    void aPhotoThatIsNoPictureIsNamedAtItsLine() throws IOException {
        TestSite site = site().file("media/wang.jpg", "not a picture")
                .file("honors/oct.md", ROLL.replace("{name: 王伟,", "{name: 王伟, photo: media/wang.jpg,"));
        refused(site.print("poster", "honors/oct.md"), 1, "content/honors/oct.md:6: 王伟 的照片 media/wang.jpg 不是 JPG 或 PNG 图片",
                "另存为 JPG 或 PNG");
        site.file("activities/a.md", "---\ntitle: 主题党日\ndate: 2025-05-16\ntype: 主题党日\nphotos: [media/wang.jpg]\n---\n纪要。\n");
        refused(site.print("brochure", "--year", "2025"), 1, "content/activities/a.md: 活动照片 media/wang.jpg 不是 JPG 或 PNG 图片");
        nothingPrinted(site);
    }

    @Test
    void aMissingPhotoIsTheContentsErrorAtItsLine() throws IOException {
        TestSite site = site().file("honors/oct.md", ROLL.replace("{name: 王伟,", "{name: 王伟, photo: media/none.jpg,"));
        TestSite.Run run = site.print("poster", "honors/oct.md");
        refused(run, 1, "content/honors/oct.md:6", "media/none.jpg");
        nothingPrinted(site);
    }

    @Test
    void blockedContentStopsThePrintAsItStopsABuild() throws IOException {
        TestSite site = new TestSite(dir).settings("review: {blocked: [某型号代号]}\n")
                .file("honors/oct.md", ROLL.replace("攻克关键技术难题", "攻克某型号代号关键技术难题"));
        refused(site.print("poster", "honors/oct.md"), 1, "content/honors/oct.md", "某型号代号");
        nothingPrinted(site);
    }

    @Test
    void aFailedPrintLeavesTheLastPdfAsItWas() throws IOException {
        TestSite site = site();
        assertThat(site.print("poster", "honors/oct.md").status()).isZero();
        byte[] before = Files.readAllBytes(site.printed().resolve("poster-oct.pdf"));
        site.file("media/wang.jpg", "not a picture")
                .file("honors/oct.md", ROLL.replace("{name: 王伟,", "{name: 王伟, photo: media/wang.jpg,"));
        assertThat(site.print("poster", "honors/oct.md").status()).isEqualTo(1);
        assertThat(Files.readAllBytes(site.printed().resolve("poster-oct.pdf"))).isEqualTo(before);
        try (var files = Files.list(site.printed())) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.startsWith("poster-oct.")
                    || n.equals(".branchpress-print"));
        }
    }

    @Test
    void theOutputIsNeverTheContentTheSiteOrSomeoneElsesFolder() throws IOException {
        TestSite site = site();
        String content = site.content().toString();
        refused(TestSite.run("print", "poster", "honors/oct.md", "--content", content, "--output",
                site.content().resolve("print").toString()), 1, "在您的文件夹");
        assertThat(site.build().status()).isZero();
        refused(TestSite.run("print", "poster", "honors/oct.md", "--content", content, "--output",
                site.output().toString()), 1, "是生成的网站文件夹");
        Path theirs = dir.resolve("theirs");
        Files.createDirectories(theirs);
        Files.writeString(theirs.resolve("notes.txt"), "mine");
        refused(TestSite.run("print", "poster", "honors/oct.md", "--content", content, "--output", theirs.toString()),
                1, "不是 branchpress 印刷品的文件夹", "--force");
        assertThat(Files.readString(theirs.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(TestSite.run("print", "poster", "honors/oct.md", "--content", content, "--output", theirs.toString(),
                "--force").status()).isZero();
        assertThat(Files.readString(theirs.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aFontThatCannotBeEmbeddedIsSaidWithWhatWould() throws IOException {
        TestSite site = site().file("fonts/noto.otf", "not a font");
        refused(site.print("poster", "honors/oct.md", "--font", site.content().resolve("fonts/noto.otf").toString()),
                1, "不能嵌入 PDF", "TrueType");
        nothingPrinted(site);
    }

    @Test
    void withNoFontOnTheMachineTheMessageSaysWhatToInstall() {
        PublishException none = org.assertj.core.api.Assertions.catchThrowableOfType(PublishException.class,
                () -> CjkFont.find(List.of(dir.resolve("none.ttf"))));
        assertThat(none.getMessage()).contains("没有找到可以嵌入 PDF 的中文字体", "apt-get install fonts-wqy-zenhei",
                "simhei.ttf", "--font");
        assertThat(CjkFont.find(Optional.empty()).file()).exists();
    }

    @Test
    void commandLineMistakesAreUsageErrors() throws IOException {
        TestSite site = site();
        refused(site.print("postr"), 2, "没有“postr”这种印刷品", "是不是 poster？");
        refused(site.print("poster"), 2, "海报要指定印哪一期光荣榜");
        refused(site.print("poster", "honors/oct.md", "--kind", "月度之星"), 2, "只能写一个");
        refused(site.print("poster", "honors/oct.md", "--size", "A5"), 2, "只能是 A4 或 A3");
        refused(site.print("brochure"), 2, "画册要指定年份", "--year");
        refused(site.print("brochure", "--year", "2025", "--target", "x"), 2, "--target 只用于公示");
        nothingPrinted(site);
    }

    @Test
    void helpIsInChinese() {
        TestSite.Run run = TestSite.run("print", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("印制 PDF", "海报", "年度画册", "公示", "--year", "--kind", "--size", "--landscape",
                "--font", "退出码");
        assertThat(TestSite.run("--help").out()).contains("print");
    }
}
