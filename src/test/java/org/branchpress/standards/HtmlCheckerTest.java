package org.branchpress.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.branchpress.JsTools;
import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nu Html Checker (vnu.jar, pinned through npm) finds no error on any page of the sample
 * site or of a 300-page benchmark corpus. Its warnings are listed in the README with the reason
 * each is kept.
 */
class HtmlCheckerTest {
    @TempDir
    Path dir;

    @Test
    void theSampleSiteHasNoValidatorError() throws Exception {
        Path site = dir.resolve("sample");
        build(Path.of("content"), site);
        assertThat(errors(site)).isEmpty();
    }

    /** The 党总支 example: its home's branch blocks, the comparison page, the search filter, each branch's portal. */
    @Test
    void theZongzhiExampleHasNoValidatorError() throws Exception {
        Path site = dir.resolve("zongzhi");
        build(Path.of("examples", "zongzhi"), site);
        assertThat(errors(site)).isEmpty();
    }

    @Test
    void aBenchmarkCorpusHasNoValidatorError() throws Exception {
        Path corpus = dir.resolve("corpus");
        Process make = new ProcessBuilder("python3", Path.of("..", "shared", "bench", "make-corpus.py").toString(),
                corpus.toString(), "300").redirectErrorStream(true).redirectOutput(dir.resolve("make.log").toFile())
                .start();
        assertThat(make.waitFor(120, TimeUnit.SECONDS) && make.exitValue() == 0).as(Files.readString(dir.resolve("make.log")))
                .isTrue();
        Path site = dir.resolve("corpus-site");
        build(corpus, site);
        assertThat(errors(site)).isEmpty();
    }

    private static void build(Path content, Path site) {
        TestSite.Run run = TestSite.run("build", "--content", content.toString(), "--output", site.toString(),
                "--templates", site.resolveSibling("no-templates").toString(), "--today", "2025-06-01");
        assertThat(run.status()).as(run.err()).isZero();
    }

    /** Every error line of the checker over the whole folder. */
    private List<String> errors(Path site) throws Exception {
        Path vnu = JsTools.file("vnu-jar/build/dist/vnu.jar");
        Path out = dir.resolve(site.getFileName() + "-vnu.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m",
                "-jar", vnu.toString(), "--errors-only", "--skip-non-html", site.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("vnu finished").isTrue();
        return Files.readAllLines(out).stream().filter(l -> l.contains("error:") || l.contains("Exception")).toList();
    }
}
