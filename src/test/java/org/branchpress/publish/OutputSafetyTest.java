package org.branchpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever {@code --output} names, no file the tool did not write is deleted or replaced.
 * Each case runs the real command line in its own process, in the folder a user would be in
 * (relative paths like {@code .} and {@code ""} mean that folder), and compares every file
 * of the user's folder before and after.
 */
class OutputSafetyTest {
    @TempDir
    Path root;

    private Path work;

    @BeforeEach
    void userFolder() throws IOException {
        work = root.resolve("work");
        write(work.resolve("content/site.yaml"), "title: 测试支部\n");
        write(work.resolve("content/cases/a.md"), "---\ntitle: 案例\ndate: 2024-01-01\n---\n正文。\n");
        write(work.resolve("templates/README.txt"), "我的模板说明\n");
        write(work.resolve("docs/报告.docx"), "我的文件");
        write(work.resolve("notes.txt"), "我的笔记");
    }

    @Test
    void theCurrentFolderIsRefused() throws Exception {
        assertRefused(work, "build", "--output", ".");
    }

    @Test
    void theContentFolderIsRefused() throws Exception {
        assertRefused(work, "build", "--output", "content");
    }

    @Test
    void aFolderHoldingTheContentIsRefused() throws Exception {
        assertRefused(work, "build", "--output", "content/..");
        assertRefused(work, "build", "--output", work.toString());
        assertRefused(work.resolve("docs"), "build", "--content", "../content", "--output", "..");
    }

    @Test
    void anEmptyPathIsRefused() throws Exception {
        assertRefused(work, "build", "--output", "");
    }

    @Test
    void aFileIsRefused() throws Exception {
        assertRefused(work, "build", "--output", "notes.txt");
    }

    @Test
    void aFolderOfTheUsersIsRefusedWithoutForce() throws Exception {
        Run run = assertRefused(work, "build", "--output", "docs");
        assertThat(run.err).contains("--force");
    }

    @Test
    void forceKeepsTheUsersFilesAsideInsteadOfDeletingThem() throws Exception {
        Run run = run(work, "build", "--output", "docs", "--force");
        assertThat(run.status).as(run.err).isZero();
        assertThat(work.resolve("docs/index.html")).exists();
        try (Stream<Path> kept = Files.list(work)) {
            Path aside = kept.filter(p -> p.getFileName().toString().startsWith("docs.bak-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside.resolve("报告.docx"))).isEqualTo("我的文件");
            assertThat(run.err).contains(aside.getFileName().toString());
        }
    }

    @Test
    void theContentFolderAsTheCurrentFolderIsRefused() throws Exception {
        assertRefused(work.resolve("content"), "build", "--content", ".", "--output", "./");
    }

    @Test
    void aContentFolderCalledSiteIsNotTheDefaultOutput() throws Exception {
        Files.move(work.resolve("content"), work.resolve("site"));
        assertRefused(work, "build", "--content", "site");
        assertRefused(work, "serve", "--content", "site", "--port", "0");
    }

    @Test
    void anOutputInsideTheContentFolderIsRefused() throws Exception {
        assertRefused(work, "build", "--output", "content/site");
    }

    @Test
    void theTemplatesFolderIsRefused() throws Exception {
        assertRefused(work, "build", "--output", "templates");
    }

    @Test
    void theRootAndTheHomeFolderAreRefused() throws Exception {
        assertRefused(work, "build", "--output", "/");
        Files.createDirectory(root.resolve("home"));
        assertRefused(work, "build", "--output", root.resolve("home").toString());
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheSite() throws Exception {
        Files.createDirectory(work.resolve("www"));
        Files.createSymbolicLink(work.resolve("site"), Path.of("www"));
        Run first = run(work, "build");
        Run second = run(work, "build");
        assertThat(second.status).as(first.err + second.err).isZero();
        assertThat(Files.isSymbolicLink(work.resolve("site"))).isTrue();
        assertThat(Files.readSymbolicLink(work.resolve("site"))).isEqualTo(Path.of("www"));
        assertThat(work.resolve("www/index.html")).exists();
    }

    @Test
    void aPreviousOutputAnEmptyFolderAndAnOlderVersionsSiteAreReplaced() throws Exception {
        assertThat(run(work, "build").status).isZero();
        assertThat(run(work, "build").status).isZero();
        Files.createDirectory(work.resolve("empty"));
        assertThat(run(work, "build", "--output", "empty").status).isZero();
        write(work.resolve("old/build-id.js"), "window.BUILD_ID = \"0123456789abcdef\";\n");
        write(work.resolve("old/index.html"), "<p>旧网站</p>");
        Run old = run(work, "build", "--output", "old");
        assertThat(old.status).as(old.err).isZero();
        assertThat(Files.readString(work.resolve("old/index.html"))).doesNotContain("旧网站");
    }

    private Run assertRefused(Path cwd, String... args) throws Exception {
        Map<String, String> before = snapshot(root);
        Run run = run(cwd, args);
        assertThat(run.status).as(String.join(" ", args) + "\n" + run.err).isEqualTo(1);
        assertThat(run.err).as(String.join(" ", args)).contains("错误").doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(snapshot(root)).as("nothing of the user's changed: " + String.join(" ", args)).isEqualTo(before);
        return run;
    }

    private Run run(Path cwd, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + root.resolve("home"), "-cp", System.getProperty("java.class.path"), "org.branchpress.cli.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("--today", "2024-06-01"));
        Path log = root.resolve("run.log");
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 60 s (serve started?): " + command);
        }
        String out = Files.readString(log);
        Files.delete(log);
        return new Run(p.exitValue(), out);
    }

    private record Run(int status, String err) {
    }

    /** Every file, folder and link under {@code dir}, with its bytes or target. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String key = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    all.put(key, "link " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.put(key, "dir");
                } else {
                    all.put(key, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return all;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
