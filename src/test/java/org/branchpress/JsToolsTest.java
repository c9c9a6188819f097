package org.branchpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The node tools the tests run are the versions in src/test/js/package-lock.json, installed by
 * {@code npm ci}: package.json names exact versions, and no test installs or fetches a package
 * itself ({@code npm install x@8}, {@code npx}), which would test against whatever npm serves
 * that day.
 */
class JsToolsTest {
    private static final Pattern DEPENDENCY = Pattern.compile("\"([@\\w./-]+)\"\\s*:\\s*\"([^\"]*)\"");

    @Test
    void packageJsonPinsExactVersionsThatTheLockFileHolds() throws IOException {
        String manifest = Files.readString(JsTools.ROOT.resolve("package.json"));
        String lock = Files.readString(JsTools.ROOT.resolve("package-lock.json"));
        String dependencies = manifest.substring(manifest.indexOf("\"dependencies\""));
        dependencies = dependencies.substring(dependencies.indexOf('{') + 1, dependencies.indexOf('}'));
        Matcher m = DEPENDENCY.matcher(dependencies);
        int count = 0;
        while (m.find()) {
            count++;
            String name = m.group(1);
            String version = m.group(2);
            assertThat(version).as("version of " + name + " in package.json").matches("\\d+\\.\\d+\\.\\d+");
            assertThat(lock).as("package-lock.json entry of " + name)
                    .containsPattern("\"node_modules/" + Pattern.quote(name) + "\": \\{\\s*\"version\": \""
                            + Pattern.quote(version) + "\"");
        }
        assertThat(count).as("dependencies in package.json").isGreaterThanOrEqualTo(4);
    }

    @Test
    void noTestInstallsOrFetchesANodePackageItself() throws IOException {
        Pattern fetch = Pattern.compile("\"npx\"|\"npm\",\\s*\"(install|i|add|exec)\"|\"(install|add)\",[^;]*\"[\\w-]+@");
        List<String> offenders;
        try (Stream<Path> walk = Files.walk(Path.of("src", "test", "java"))) {
            offenders = walk.filter(p -> p.toString().endsWith(".java")).filter(p -> fetch.matcher(read(p)).find())
                    .map(Path::toString).sorted().toList();
        }
        assertThat(offenders).as("tests that install node packages themselves (use JsTools.file)").isEmpty();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
