package org.branchpress.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.branchpress.Pipeline;
import org.branchpress.TestSite;
import org.branchpress.problem.ContentException;
import org.branchpress.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check} and {@code build} are one pipeline: on every held fixture, the problems check
 * finds besides its writing hints are exactly those build reports, and after {@code --fix}
 * they are those a build of the fixed files reports.
 */
class CheckMatchesBuildTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @TempDir
    Path dir;

    static Stream<String> fixtures() throws IOException {
        return InvalidContentTest.fixtures();
    }

    private Pipeline.Options options() {
        return new Pipeline.Options(dir.resolve("content"), Optional.empty(), dir.resolve("site"), false, TODAY);
    }

    private List<Problem> build() {
        try {
            return new Pipeline(m -> { }).build(options()).warnings();
        } catch (ContentException e) {
            return e.problems();
        }
    }

    private Pipeline.Checked check(Pipeline.Lint lint) {
        return new Pipeline(m -> { }).check(options(), lint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void checkReportsWhatBuildReports(String name) throws IOException {
        TestSite.copyTree(InvalidContentTest.FIXTURES.resolve(name).resolve("content"), dir.resolve("content"));
        List<Problem> built = build();
        assertThat(built).as("a fixture holds a mistake").anyMatch(Problem::isError);
        Pipeline.Checked checked = check(Pipeline.Lint.REPORT);
        assertThat(checked.problems()).isEqualTo(built);
        assertThat(checked.lint()).allSatisfy(p -> assertThat(p.rule()).startsWith("lint/"));

        Pipeline.Checked fixed = check(Pipeline.Lint.FIX);
        assertThat(fixed.problems()).as("after --fix: what a build of the fixed files reports").isEqualTo(build());
        assertThat(check(Pipeline.Lint.REPORT).lint()).as("what --fix left is what a second check finds")
                .isEqualTo(fixed.lint());
    }

    @Test
    void theExampleSiteChecksAsItBuilds() throws IOException {
        TestSite.copyTree(Path.of("content"), dir.resolve("content"));
        List<Problem> built = build();
        assertThat(check(Pipeline.Lint.REPORT).problems()).isEqualTo(built);
    }
}
