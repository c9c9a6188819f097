package org.branchpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved pages and copied text shaped like real Chinese government and news pages
 * (src/test/resources/import/real/): CMS forms around everything, bodies of spans, site
 * headings, info lines, editor lines and share buttons. Each has an {@code .expected} file: the
 * front matter it must get, the text that must not reach the case ({@code absent:}), the text
 * that must not reach it but must be named in a warning ({@code warned:}), and after
 * {@code ---} the article as a reader sees it, every word of which must be in the case.
 */
class ImportRealPagesTest {
    static final Path REAL = Path.of("src", "test", "resources", "import", "real");

    @TempDir
    Path dir;

    record Expected(List<String> facts, List<String> absent, List<String> warned, List<String> body) {
        static Expected of(Path file) throws IOException {
            List<String> facts = new ArrayList<>();
            List<String> absent = new ArrayList<>();
            List<String> warned = new ArrayList<>();
            List<String> body = new ArrayList<>();
            boolean inBody = false;
            for (String line : Files.readAllLines(file)) {
                if (inBody) {
                    body.add(line);
                } else if (line.equals("---")) {
                    inBody = true;
                } else if (line.startsWith("absent: ")) {
                    absent.add(line.substring(8));
                } else if (line.startsWith("warned: ")) {
                    warned.add(line.substring(8));
                } else {
                    facts.add(line);
                }
            }
            return new Expected(facts, absent, warned, body);
        }
    }

    /** Letters and digits only: Markdown's marks, the outline's punctuation and spaces do not count. */
    static String words(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(REAL)) {
            return files.filter(p -> !p.toString().endsWith(".expected")).sorted().toList();
        }
    }

    @Test
    void everyWordOfEachArticleIsImportedAndWhatIsLeftOutIsNamed() throws IOException {
        TestSite site = new TestSite(dir).settings("");
        SoftAssertions soft = new SoftAssertions();
        List<Path> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(8);
        for (Path page : fixtures) {
            String name = page.getFileName().toString();
            Expected expected = Expected.of(REAL.resolve(name.replaceAll("\\.[^.]+$", ".expected")));
            TestSite.Run run = TestSite.run("import", page.toString(), "--content", site.content().toString(),
                    "--today", "2026-11-22");
            soft.assertThat(run.status()).as(name + ": " + run.err()).isZero();
            if (run.status() != 0) {
                continue;
            }
            String md = Files.readString(Path.of(run.out().strip()));
            String frontMatter = md.substring(0, md.indexOf("\n---\n", 4));
            String body = md.substring(frontMatter.length() + 5);
            List<String> facts = new ArrayList<>();
            frontMatter.lines().skip(1).forEach(l -> facts.add(l.replaceFirst(": \"(.*)\"$", ": $1")));
            soft.assertThat(facts).as(name + " front matter").containsExactlyElementsOf(expected.facts());
            String bodyWords = words(body);
            for (String line : expected.body()) {
                soft.assertThat(bodyWords).as(name + ": “" + line + "” in\n" + body).contains(words(line));
            }
            for (String chrome : expected.absent()) {
                soft.assertThat(body).as(name + ": left out").doesNotContain(chrome);
            }
            for (String chrome : expected.warned()) {
                soft.assertThat(body).as(name + ": left out").doesNotContain(chrome);
                soft.assertThat(run.err()).as(name + ": named in a warning").contains(chrome);
            }
            for (String line : run.err().lines().toList()) {
                soft.assertThat(line).as(name + ": warnings name the place").matches(
                        "^\\Q" + page + "\\E:\\d+:\\d+: warning: .+|^.+\\.md:3:7: warning: 原文里没有找到日期.+");
            }
        }
        soft.assertAll();
        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.err()).isZero();
    }

    /** 人民網's traditional page as text: Big5 has no 着, so the particle is 著, and its semicolons are ﹔. */
    @Test
    void seed000ToSimplifiedReads著ByItsPhraseAndMakesItsSemicolonsFullWidth() throws IOException {
        TestSite site = new TestSite(dir).settings("");
        TestSite.Run run = TestSite.run("import", ImportTest.SEEDS.resolve("000_edf78b896bb12cf4.txt").toString(),
                "--content", site.content().toString(), "--simplified");
        assertThat(run.status()).as(run.err()).isZero();
        String md = Files.readString(Path.of(run.out().strip()));
        assertThat(md).contains("承担着我国空天防御领域", "坐着学、走着学", "《中国共产党简史》等经典著作研读；开设", "显著增强了",
                "着力提升党员教育自主性；").doesNotContain("﹔").doesNotContain("承担著").doesNotContain("着作");
    }
}
