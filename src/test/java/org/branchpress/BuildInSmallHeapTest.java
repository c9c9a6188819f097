package org.branchpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build holds each file's text only until its body is rendered, and no body's HTML or search
 * text at all: a site of 24 MB of Markdown (some 15 MB as Java strings) builds in a child JVM of
 * 80 MiB. Calibrated on the project's machine kind: the commit before this test, which kept the
 * file's text, a copy of the body, the HTML and the plain text of every document to the end, ran
 * out of heap on this corpus at 80 MiB (on a like one it needed 160); this one built a like
 * corpus in 64 MiB but not in 48, so 80 leaves room both ways.
 */
class BuildInSmallHeapTest {
    @TempDir
    Path dir;

    static final int FILES = 600;

    /**
     * 600 cases of 40 paragraphs, each of 12 sentences drawn from 80 (seeded): about 12,000 Chinese
     * characters a body. Real text repeats its words, so the search index stays small; random
     * characters alone would make every pair a new token and measure the index instead.
     */
    private Path corpus() throws IOException {
        Random random = new Random(7);
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < 80; s++) {
            StringBuilder b = new StringBuilder();
            int length = 12 + random.nextInt(29);
            for (int c = 0; c < length; c++) {
                b.append((char) (0x4e00 + random.nextInt(3000)));
            }
            sentences.add(b.append('。').toString());
        }
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("cases"));
        Files.writeString(content.resolve("site.yaml"), "title: 测试支部\nsubtitle: 副标题\n");
        for (int i = 0; i < FILES; i++) {
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 40; p++) {
                for (int s = 0; s < 12; s++) {
                    body.append(sentences.get(random.nextInt(sentences.size())));
                }
                body.append("\n\n");
            }
            Files.writeString(content.resolve("cases/c" + i + ".md"), "---\ntitle: 案例" + i + "\ndate: 2024-01-"
                    + String.format("%02d", i % 28 + 1) + "\n---\n" + body);
        }
        return content;
    }

    @Test
    void aSiteOfFifteenMegabytesOfTextBuildsIn80MiBOfHeap() throws Exception {
        Path content = corpus();
        Path log = dir.resolve("build.log");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx80m", "-cp", System.getProperty("java.class.path"), "org.branchpress.cli.Main", "build",
                "--content", content.toString(), "--output", dir.resolve("site").toString(), "--no-cache",
                "--today", TestSite.TODAY)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(build.waitFor(5, TimeUnit.MINUTES)).as("the build ends").isTrue();
        assertThat(build.exitValue()).as(Files.readString(log)).isZero();
        try (var pages = Files.list(dir.resolve("site/cases"))) {
            assertThat(pages.filter(p -> p.getFileName().toString().startsWith("c"))).hasSize(FILES);
        }
    }
}
