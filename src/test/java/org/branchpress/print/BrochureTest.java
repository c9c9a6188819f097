package org.branchpress.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly 画册: its contents page lists every case of the year with the page it really
 * starts on, and every chapter starts on an odd page (double-sided print).
 */
class BrochureTest {
    @TempDir
    Path dir;

    /** Title → the number the contents gives it: a contents line is the title, dots, the number. */
    static Map<String, Integer> contents(String page, List<String> titles) {
        Map<String, Integer> out = new LinkedHashMap<>();
        String flat = page.replaceAll("\\s+", "");
        for (String title : titles) {
            Matcher m = Pattern.compile(Pattern.quote(title) + "[·.]+(\\d+)").matcher(flat);
            if (m.find()) {
                out.put(title, Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }

    /** The first page after the contents (page 2 or 3) whose text starts a part with {@code heading}. */
    static int startsOn(Pdfs pdf, String heading, int after) {
        for (int p = after; p < pdf.pages(); p++) {
            if (pdf.texts().get(p).replaceAll("\\s+", "").contains(heading.replaceAll("\\s+", ""))) {
                return p + 1;
            }
        }
        return -1;
    }

    static int contentsPage(Pdfs pdf) {
        for (int p = 0; p < pdf.pages(); p++) {
            // the text of a page starts with its number; the heading is spaced out (目 录)
            if (pdf.texts().get(p).replaceAll("\\s+", "").replaceFirst("^\\d+", "").startsWith("目录")) {
                return p;
            }
        }
        throw new AssertionError("no contents page");
    }

    private static String longCase(String title, String date, int paragraphs) {
        StringBuilder s = new StringBuilder("---\ntitle: " + title + "\ndate: " + date + "\n---\n## 一、背景\n\n");
        for (int i = 0; i < paragraphs; i++) {
            s.append("支部坚持把党建工作与业务工作同谋划、同部署、同推进，组织党员在科研生产一线亮身份、作表率，")
                    .append("形成了一批可复制、可推广的经验做法，第").append(i + 1).append("段。\n\n");
        }
        return s.toString();
    }

    @Test
    void aCasePictureThePdfCannotDrawIsWarnedAboutAtItsLine() throws IOException {
        TestSite site = new TestSite(dir).settings("")
                .file("media/flow.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>")
                .bytes("media/shot.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .bytes("media/ok.png", org.branchpress.photo.PhoneJpeg.picture(40, 20, "png"))
                .file("cases/a.md", """
                        ---
                        title: 以质量师机制筑牢防线
                        date: 2025-03-01
                        ---
                        流程如下：

                        ![流程图](../media/flow.svg)

                        现场：<img src="../media/shot.webp" alt="现场">

                        ![可以印](../media/ok.png)
                        """);
        TestSite.Run run = site.print("brochure", "--year", "2025");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("content/cases/a.md:7:17: warning: 画册里无法排入这张图片（flow.svg，SVG 格式）")
                .contains("content/cases/a.md:9:23: warning: 画册里无法排入这张图片（shot.webp，WEBP 格式）")
                .contains("请在看图软件里另存为 JPG 或 PNG").doesNotContain("ok.png");
        assertThat(site.printed().resolve("brochure-2025.pdf")).exists();
    }

    @Test
    void theContentsGiveThePageEachCaseStartsOn() throws IOException {
        TestSite site = new TestSite(dir).settings("")
                .file("cases/a.md", longCase("以质量师机制筑牢防线", "2025-03-01", 30))
                .file("cases/b.md", longCase("主题党日轮值承办", "2025-06-01", 3))
                .file("cases/c.md", longCase("党员先锋岗建设", "2025-09-01", 55))
                .file("cases/old.md", longCase("往年的案例", "2024-09-01", 2))
                .file("honors/h.md", "---\ntitle: 2025年度“党员之星”\ndate: 2025-12-30\nkind: 党员之星\nentries:\n"
                        + "  - {name: 王伟, citation: 攻克关键技术难题。}\n---\n")
                .file("activities/d.md", "---\ntitle: 主题党日\ndate: 2025-05-16\ntype: 主题党日\n"
                        + "attendees: [王伟, 李强]\n---\n参观军事博物馆。\n");
        TestSite.Run run = site.print("brochure", "--year", "2025");
        assertThat(run.status()).as(run.err()).isZero();
        Pdfs pdf = Pdfs.read(site.printed().resolve("brochure-2025.pdf"));
        int toc = contentsPage(pdf);
        List<String> titles = List.of("以质量师机制筑牢防线", "主题党日轮值承办", "党员先锋岗建设");
        Map<String, Integer> listed = contents(pdf.texts().get(toc), titles);
        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(titles);
        Map<String, Integer> actual = new LinkedHashMap<>();
        titles.forEach(t -> actual.put(t, startsOn(pdf, t, toc + 1)));
        assertThat(listed).isEqualTo(actual);
        assertThat(pdf.joined()).doesNotContain("往年的案例");
        List<Integer> chapters = new ArrayList<>();
        for (String chapter : List.of("典型案例", "光荣榜", "活动风采", "“三会一课”开展情况")) {
            chapters.add(contents(pdf.texts().get(toc), List.of(chapter)).get(chapter));
        }
        assertThat(chapters).allMatch(p -> p % 2 == 1);
    }

    /** The sample content's 2025, as the README shows it. */
    @Test
    void theSampleYearListsEveryCaseWhereItStarts() throws IOException {
        Path sample = Path.of("content").toAbsolutePath();
        TestSite.Run run = TestSite.run("print", "brochure", "--year", "2025", "--content", sample.toString(),
                "--output", dir.resolve("print").toString(), "--today", TestSite.TODAY);
        assertThat(run.status()).as(run.err()).isZero();
        Pdfs pdf = Pdfs.read(dir.resolve("print/brochure-2025.pdf"));
        int toc = contentsPage(pdf);
        List<String> titles = new ArrayList<>();
        for (Path f : java.nio.file.Files.list(sample.resolve("cases")).sorted().toList()) {
            String text = java.nio.file.Files.readString(f);
            if (text.contains("\ndate: 2025")) {
                Matcher m = Pattern.compile("\ntitle: (.+)\n").matcher(text);
                assertThat(m.find()).isTrue();
                titles.add(m.group(1).replaceAll("^[\"']|[\"']$", ""));
            }
        }
        assertThat(titles).isNotEmpty();
        Map<String, Integer> listed = contents(pdf.texts().get(toc), titles);
        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(titles);
        titles.forEach(t -> assertThat(listed.get(t)).as(t).isEqualTo(startsOn(pdf, t, toc + 1)));
        assertThat(pdf.fonts()).allMatch(Pdfs.Font::embedded);
    }

    @Test
    void aTraditionalSitesBrochureSpeaksTraditional() throws IOException {
        TestSite site = new TestSite(dir).settings("language: zh-TW\n")
                .file("cases/a.md", longCase("黨建引領", "2025-03-01", 2))
                .file("honors/h.md", "---\ntitle: 2025年度黨員之星\ndate: 2025-12-30\nkind: 黨員之星\nentries:\n"
                        + "  - {name: 王偉}\n---\n");
        TestSite.Run run = site.print("brochure", "--year", "2025");
        assertThat(run.status()).as(run.err()).isZero();
        Pdfs pdf = Pdfs.read(site.printed().resolve("brochure-2025.pdf"));
        assertThat(pdf.joined()).contains("目錄", "一、典型案例", "二、光榮榜", "2025年度黨建工作畫冊")
                .doesNotContain("目录", "光荣榜", "画册");
    }
}
