package org.branchpress.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated copies of the sample content: byte flips, truncations, swapped indentation, unusual
 * Unicode, YAML tags and aliases. Each run of build (and every fourth of check) must exit 0 or
 * 1, print no stack trace, and write nothing outside the output folder. A fixed seed and a
 * bounded count: the same mutations in every CI run, and a failure names the one to replay.
 */
class ContentFuzzTest {
    private static final long SEED = 1_000_2026L;
    private static final int RUNS = 24;
    private static final Path SAMPLE = Path.of("content");

    private static final String[] UNICODE = {"\u202e", "\u200d", "\u0301\u0301\u0301", "𠮟", "\ufeff", "\ufffe",
            "\u0000", "\u2028", "葛\udb40\udd00", "\ud83d\udc4d\u200d", "\u3000", "：", "、"};
    private static final String[] YAML = {"!!python/object/apply:os.system ['id']", "!!binary aGVsbG8=",
            "!foo bar", "&a [1, 2]", "*a", "*undefined", "{a: &b [*b]}", "!!java.net.URL [http://x]",
            "[&x a, *x, *x, *x]", "? complex\n: key", "|\n  block", ">-\n folded", "'unclosed", "\"\\u0000\""};

    @TempDir
    Path dir;

    @Test
    void mutatedSampleContentExitsZeroOrOneWithoutAStackTraceOrStrayFiles() throws IOException {
        Random random = new Random(SEED);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLE)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .sorted().toList();
        }
        for (int run = 0; run < RUNS; run++) {
            Path root = dir.resolve("run" + run);
            TestSite.copyTree(SAMPLE, root.resolve("content"));
            List<String> what = new ArrayList<>();
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                Path victim = root.resolve("content").resolve(SAMPLE.relativize(files.get(random.nextInt(files.size()))));
                what.add(mutate(victim, random) + " " + SAMPLE.relativize(root.resolve("content").relativize(victim)));
            }
            String replay = "run " + run + " (seed " + SEED + "): " + what;
            Map<String, Long> before = outside(root);
            TestSite site = new TestSite(root);
            TestSite.Run build = site.build("--today", "2025-06-01");
            assertClean(build, replay + " build");
            assertThat(outside(root)).as(replay + ": nothing outside the output folder changed").isEqualTo(before);
            if (run % 4 == 0) {
                assertClean(site.check("--today", "2025-06-01"), replay + " check");
            }
            deleteTree(root);
        }
    }

    private static void assertClean(TestSite.Run run, String replay) {
        assertThat(run.status()).as(replay + "\n" + run.err()).isIn(0, 1);
        assertThat(run.out() + run.err()).as(replay).doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("内部错误");
    }

    /** One mutation of the file, named for the replay line. */
    private static String mutate(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int kind = random.nextInt(6);
        switch (kind) {
            case 0 -> {
                for (int i = 1 + random.nextInt(5); i > 0 && bytes.length > 0; i--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                Files.write(file, bytes);
                return "flip";
            }
            case 1 -> {
                Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length)));
                return "truncate";
            }
            case 2 -> {
                String[] lines = text.split("\n", -1);
                int i = random.nextInt(lines.length);
                lines[i] = random.nextBoolean() ? "\t" + lines[i].stripLeading() : lines[i].stripLeading();
                if (lines.length > 1) {
                    int j = random.nextInt(lines.length);
                    String t = lines[i];
                    lines[i] = lines[j];
                    lines[j] = t;
                }
                Files.writeString(file, String.join("\n", lines));
                return "indent";
            }
            case 3 -> {
                int at = random.nextInt(text.length() + 1);
                Files.write(file, (text.substring(0, at) + UNICODE[random.nextInt(UNICODE.length)] + text.substring(at))
                        .getBytes(StandardCharsets.UTF_8));
                return "unicode";
            }
            case 4 -> {
                String[] lines = text.split("\n", -1);
                int i = random.nextInt(Math.min(lines.length, 12));
                int colon = lines[i].indexOf(": ");
                String value = YAML[random.nextInt(YAML.length)];
                lines[i] = colon > 0 ? lines[i].substring(0, colon + 2) + value : lines[i] + value;
                Files.writeString(file, String.join("\n", lines));
                return "yaml";
            }
            default -> {
                byte[] invalid = {(byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC0, (byte) 0xFF};
                int at = random.nextInt(bytes.length + 1);
                byte[] out = new byte[bytes.length + invalid.length];
                System.arraycopy(bytes, 0, out, 0, at);
                System.arraycopy(invalid, 0, out, at, invalid.length);
                System.arraycopy(bytes, at, out, at + invalid.length, bytes.length - at);
                Files.write(file, out);
                return "bytes";
            }
        }
    }

    /** Every file outside the output folder (and its lock), with its size. */
    private static Map<String, Long> outside(Path root) throws IOException {
        Map<String, Long> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                // the build's own beside the output: its lock, its cache (README), check's register
                if (!rel.startsWith("site/") && !rel.equals(".site.lock") && !rel.startsWith(".branchpress-cache/")
                        && !rel.equals("review-register.csv")) {
                    all.put(rel, Files.size(p));
                }
            }
        }
        return all;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
