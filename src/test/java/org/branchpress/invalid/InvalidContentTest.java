package org.branchpress.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder per mistake under {@code src/test/resources/invalid/}: its {@code content/} and
 * {@code expected.txt}, the exact first error line build and check must print. Each runs
 * through both commands: exit status 1, that line, no stack trace, and the previous
 * {@code site/} exactly as it was.
 */
class InvalidContentTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "invalid");

    @TempDir
    Path dir;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> list = Files.list(FIXTURES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void buildAndCheckNameTheMistakeAndKeepThePreviousSite(String name) throws IOException {
        String expected = Files.readString(FIXTURES.resolve(name).resolve("expected.txt")).strip();
        TestSite.copyTree(FIXTURES.resolve(name).resolve("content"), dir.resolve("content"));
        TestSite site = new TestSite(dir);
        Files.createDirectories(site.output().resolve("cases/old"));
        Files.writeString(site.output().resolve(".branchpress-site"), "a previous build\n");
        Files.writeString(site.output().resolve("index.html"), "<p>上一次发布的网站</p>");
        Files.writeString(site.output().resolve("cases/old/index.html"), "<p>旧案例</p>");
        Map<String, byte[]> before = site.snapshot();

        TestSite.Run build = site.build();
        assertThat(build.status()).as(build.err()).isEqualTo(1);
        assertThat(build.firstError()).isEqualTo(expected);
        assertNoStackTrace(build);
        Map<String, byte[]> after = site.snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".site.lock")))
                    .containsExactlyInAnyOrder("content", "site");
        }

        TestSite.Run check = site.check();
        assertThat(check.status()).as(check.err()).isEqualTo(1);
        assertThat(check.out().lines().filter(l -> l.contains(": error: ")).findFirst().orElse("")).isEqualTo(expected);
        assertNoStackTrace(check);
        assertThat(problems(check.out(), "error")).as("check refuses exactly what build refuses")
                .isEqualTo(problems(build.err(), "error"));
        assertThat(problems(check.out(), "warning")).containsAll(problems(build.err(), "warning"));
    }

    static java.util.List<String> problems(String printed, String severity) {
        return printed.lines().filter(l -> l.matches(".+:\\d+:\\d+: " + severity + ": .*")).toList();
    }

    private static void assertNoStackTrace(TestSite.Run run) {
        assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("内部错误");
    }
}
