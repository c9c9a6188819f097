package org.branchpress.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posters of honor rolls of 1, 6, 12 and 40 entries and of a team roll: exactly one page each,
 * every name in the page's text, the Chinese font embedded as a subset, and the WeChat PNG at
 * 150 dpi. The entries' names are the first N of NAMES; citations are the same sentence each.
 */
class PosterTest {
    @TempDir
    Path dir;

    static final List<String> NAMES = List.of("王伟", "李强", "张敏", "陈杰", "赵磊", "刘洋", "何静", "郑雪", "周涛", "吴昊",
            "孙丽", "黄磊", "马超", "林欣", "高峰", "徐娟", "朱明", "胡军", "郭芳", "罗勇", "梁红", "宋佳", "唐亮", "韩冰",
            "冯涛", "董洁", "萧然", "程刚", "曹丹", "袁野", "邓超", "许晴", "傅强", "沈阳", "曾文", "彭湃", "吕青", "苏静",
            "卢伟", "蒋琴");

    static final String CITATION = "带领党员突击队连续奋战四十余天，组织完成全部测试项目，试验一次成功，为节点按期完成作出突出贡献。";

    private static String roll(int entries) {
        StringBuilder s = new StringBuilder("""
                ---
                title: 2025年度“党员之星”
                date: 2025-12-30
                kind: 党员之星
                period: 2025年度
                entries:
                """);
        for (String name : NAMES.subList(0, entries)) {
            s.append("  - {name: ").append(name).append(", unit: 第一党小组, citation: ").append(CITATION).append("}\n");
        }
        return s.append("---\n经支部党员大会投票评选。\n").toString();
    }

    private Pdfs poster(String roll, String... options) throws IOException {
        TestSite site = new TestSite(dir).settings("").file("honors/roll.md", roll);
        List<String> args = new ArrayList<>(List.of("poster", "honors/roll.md"));
        args.addAll(List.of(options));
        TestSite.Run run = site.print(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        String name = "poster-roll" + (List.of(options).contains("A3") ? "-a3" : "")
                + (List.of(options).contains("--landscape") ? "-landscape" : "");
        assertThat(run.out()).contains(name + ".pdf", name + ".png");
        return Pdfs.read(site.printed().resolve(name + ".pdf"));
    }

    private void onePageWithEveryName(Pdfs pdf, List<String> names) {
        onePageWithEveryName(pdf, "2025年度“党员之星”", names);
    }

    private void onePageWithEveryName(Pdfs pdf, String title, List<String> names) {
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.joined()).contains(names).contains("测试支部", title);
        assertThat(pdf.fonts()).isNotEmpty().allMatch(Pdfs.Font::embedded).allMatch(Pdfs.Font::subset);
    }

    @Test
    void oneEntryFillsOneSheet() throws IOException {
        onePageWithEveryName(poster(roll(1)), NAMES.subList(0, 1));
    }

    @Test
    void sixEntriesFitOneSheetWithTheirCitations() throws IOException {
        Pdfs pdf = poster(roll(6));
        onePageWithEveryName(pdf, NAMES.subList(0, 6));
        assertThat(pdf.joined().split("突出贡献", -1)).hasSize(7);
    }

    @Test
    void twelveEntriesFitOneSheet() throws IOException {
        onePageWithEveryName(poster(roll(12)), NAMES.subList(0, 12));
    }

    @Test
    void fortyEntriesFitOneSheetAsAGridOfNames() throws IOException {
        Pdfs pdf = poster(roll(40));
        onePageWithEveryName(pdf, NAMES);
        assertThat(pdf.joined()).doesNotContain("突出贡献");
    }

    @Test
    void fortyEntriesFitOneA3LandscapeSheet() throws IOException {
        onePageWithEveryName(poster(roll(40), "--size", "A3", "--landscape"), NAMES);
    }

    @Test
    void aTeamRollNamesTheTeamsAndTheirMembers() throws IOException {
        Pdfs pdf = poster("""
                ---
                title: 2025年度先进团队
                date: 2025-12-30
                kind: 先进团队
                entries:
                  - name: 质量复查突击队
                    members: [李强, 张敏, 陈杰]
                    citation: 开展“三查三对”，复查发现的问题当天登记、限期归零。
                  - name: 外场试验党员突击队
                    members: [赵磊, 刘洋]
                    citation: 连续奋战四十余天，试验一次成功。
                ---
                """);
        onePageWithEveryName(pdf, "2025年度先进团队", List.of("质量复查突击队", "外场试验党员突击队", "李强、张敏、陈杰", "赵磊、刘洋"));
    }

    @Test
    void aPhotoIsPrintedAndThePngIs150Dpi() throws IOException {
        TestSite site = new TestSite(dir).settings("").bytes("media/wang.png", png(300, 400))
                .file("honors/roll.md", """
                        ---
                        title: 十月“月度之星”
                        date: 2025-10-30
                        kind: 月度之星
                        entries:
                          - {name: 王伟, photo: media/wang.png, citation: 攻克关键技术难题。}
                          - {name: 李强, citation: 主动承担新人带教。}
                        ---
                        """);
        TestSite.Run run = site.print("poster", "--kind", "月度之星");
        assertThat(run.status()).as(run.err()).isZero();
        try (var d = org.apache.pdfbox.Loader.loadPDF(site.printed().resolve("poster-roll.pdf").toFile())) {
            var resources = d.getPage(0).getResources();
            long images = 0;
            for (var name : resources.getXObjectNames()) {
                images += resources.isImageXObject(name) ? 1 : 0;
            }
            assertThat(images).as("the photo, not a portrait").isEqualTo(1);
        }
        BufferedImage wechat = ImageIO.read(site.printed().resolve("poster-roll.png").toFile());
        assertThat(List.of(wechat.getWidth(), wechat.getHeight()))
                .isEqualTo(List.of((int) (210 / 25.4 * 150), (int) (297 / 25.4 * 150))); // A4 at 150 dpi
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theNewestRollOfASeriesIsPrinted() throws IOException {
        TestSite site = new TestSite(dir).settings("")
                .file("honors/sept.md", "---\ntitle: 九月“月度之星”\ndate: 2025-09-30\nkind: 月度之星\nentries:\n  - {name: 王伟}\n---\n")
                .file("honors/oct.md", "---\ntitle: 十月“月度之星”\ndate: 2025-10-30\nkind: 月度之星\nentries:\n  - {name: 李强}\n---\n");
        TestSite.Run run = site.print("poster", "--kind", "月度之星");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Pdfs.read(site.printed().resolve("poster-oct.pdf")).joined()).contains("李强").doesNotContain("王伟");
        assertThat(Files.exists(site.printed().resolve("poster-sept.pdf"))).isFalse();
    }
}
