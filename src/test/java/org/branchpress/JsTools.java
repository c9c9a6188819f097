package org.branchpress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * The checkers the tests run from npm (the Nu Html Checker, axe-core, doiuse, acorn), pinned in
 * {@code src/test/js/package-lock.json}. CI installs them with {@code npm ci}; on a developer's
 * machine the first test that needs them does the same.
 */
public final class JsTools {
    public static final Path ROOT = Path.of("src", "test", "js");

    private JsTools() {
    }

    /**
     * A file inside {@code node_modules}, installing the locked packages first when needed. The
     * test JVMs surefire forks run side by side, so the check and the install hold a file lock:
     * the second JVM waits for the first one's {@code npm ci} instead of reading a half-written
     * folder or starting its own install in it.
     */
    public static synchronized Path file(String relative) {
        Path file = ROOT.resolve("node_modules").resolve(relative);
        try {
            Files.createDirectories(Path.of("target"));
            try (FileChannel lock = FileChannel.open(Path.of("target", "npm-ci.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                if (!Files.exists(file)) {
                    install();
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot lock target/npm-ci.lock: " + e.getMessage(), e);
        }
        if (!Files.exists(file)) {
            throw new AssertionError(file + " is missing after npm ci in " + ROOT);
        }
        return file;
    }

    private static void install() {
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                    .directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(Path.of("target", "npm-ci.log").toFile()).start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new AssertionError("npm ci failed in " + ROOT + " (node and npm: apt-get install nodejs npm): "
                        + Files.readString(Path.of("target", "npm-ci.log")));
            }
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot run npm (apt-get install nodejs npm): " + e.getMessage(), e);
        }
    }
}
