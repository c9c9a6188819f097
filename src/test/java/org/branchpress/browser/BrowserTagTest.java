package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * `mvn -B test` runs the browser tests in their own surefire run (those tagged "browser") and
 * `-Pquick` leaves that run out; a test class that starts Chromium without the tag would slow
 * the quick loop down, one tagged by mistake would hide from it. Not itself a browser test.
 */
class BrowserTagTest {
    private static final Path TESTS = Path.of("src", "test", "java");
    private static final String TAG = "@Tag(\"browser\")";
    /** Split so this file does not match itself. */
    private static final String LAUNCH = "BrowserSession" + ".launch()";

    @Test
    void everyTestClassThatStartsChromiumAndOnlyThoseAreTaggedBrowser() throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(TESTS)) {
            sources = walk.filter(p -> p.toString().endsWith("Test.java")).sorted().toList();
        }
        assertThat(sources).hasSizeGreaterThan(50);
        List<String> untagged = sources.stream().filter(p -> startsChromium(p) && !tagged(p))
                .map(Path::toString).toList();
        List<String> taggedWithoutBrowser = sources.stream().filter(p -> tagged(p) && !startsChromium(p))
                .map(Path::toString).toList();
        assertThat(untagged).as("test classes that start Chromium (BrowserSession.launch) without " + TAG)
                .isEmpty();
        assertThat(taggedWithoutBrowser).as("test classes tagged " + TAG + " that never start Chromium").isEmpty();
        assertThat(sources.stream().filter(BrowserTagTest::tagged).count()).as("browser test classes")
                .isGreaterThanOrEqualTo(9);
    }

    private static boolean startsChromium(Path source) {
        return read(source).contains(LAUNCH);
    }

    private static boolean tagged(Path source) {
        return read(source).contains("\n" + TAG + "\n");
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
