package org.branchpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin must never serve half a site: killed builds and failed writes leave site/ as it was. */
class PublishSafetyTest {
    @TempDir
    Path dir;

    private static TestSite smallSite(Path root) {
        return new TestSite(root).settings("")
                .file("cases/a.md", "---\ntitle: 上一次的案例\ndate: 2024-01-01\n---\n正文。\n");
    }

    /** Enough pages that writing them takes a few seconds. */
    private static void makeLarge(TestSite site) {
        makeLarge(site, 3000);
    }

    private static void makeLarge(TestSite site, int cases) {
        String body = "## 一、背景\n\n" + "党支部坚持把党员教育作为重要任务。".repeat(40) + "\n";
        for (int i = 0; i < cases; i++) {
            site.file("cases/c" + i + ".md", "---\ntitle: 案例" + i + "\ndate: 2024-01-01\ntags: [标签" + (i % 50)
                    + "]\n---\n" + body);
        }
    }

    @Test
    void killingTheBuildMidWriteLeavesThePreviousSiteIntactAndComplete() throws Exception {
        TestSite site = smallSite(dir);
        assertThat(site.build().status()).isZero();
        Map<String, byte[]> before = site.snapshot();
        makeLarge(site);

        Process build = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "org.branchpress.cli.Main", "build", "--content", site.content().toString(),
                "--output", site.output().toString(), "--templates", dir.resolve("none").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
        Path staging = waitForStagingWithFiles(dir, 200, Duration.ofSeconds(60));
        build.destroyForcibly();
        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(staging).as("the killed build was writing its staging folder").exists();

        Map<String, byte[]> after = site.snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        assertThat(site.read("index.html")).contains("上一次的案例");

        TestSite.Run next = site.build();
        assertThat(next.status()).as(next.err()).isZero();
        assertThat(next.err()).as("a long build logs its stages when not on a terminal").contains("发布网站…（");
        assertThat(site.read("cases/c2999/index.html")).contains("案例2999");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .as("the next build removes what the killed one left")
                    .noneMatch(n -> n.startsWith(".site") && !n.equals(".site.lock"));
        }
    }

    @Test
    void failingToWriteLeavesThePreviousSiteAndSaysWhy() throws Exception {
        ReadOnlyFolder folder = ReadOnlyFolder.create(dir.resolve("ro"));
        try {
            TestSite site = smallSite(folder.path());
            assertThat(site.build().status()).isZero();
            Map<String, byte[]> before = site.snapshot();
            site.file("cases/b.md", "---\ntitle: 新案例\ndate: 2024-02-01\n---\n正文。\n");
            folder.makeReadOnly();

            TestSite.Run run = site.build();
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).contains("原来的网站没有改动").containsAnyOf("只读", "没有写入权限")
                    .doesNotContain("\tat ").doesNotContain("Exception");
            Map<String, byte[]> after = site.snapshot();
            assertThat(after.keySet()).isEqualTo(before.keySet());
            before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
        } finally {
            folder.release();
        }
    }

    @Test
    void aSwapCutOffBetweenItsTwoRenamesIsUndoneByTheNextBuild() throws Exception {
        TestSite site = smallSite(dir);
        assertThat(site.build().status()).isZero();
        Files.move(site.output(), dir.resolve(".site.old-123"));
        try (SiteWriter writer = SiteWriter.open(OutputFolder.claim(site.output(), List.of(site.content()), false),
                m -> { })) {
            assertThat(site.read("index.html")).contains("上一次的案例");
        }
    }

    @Test
    void aProcessKilledBetweenTheTwoRenamesIsRecoveredEvenByAFailingBuild() throws Exception {
        TestSite site = smallSite(dir);
        assertThat(site.build().status()).isZero();
        Map<String, byte[]> before = site.snapshot();
        site.file("cases/b.md", "---\ntitle: 新案例\ndate: 2024-02-01\n---\n正文。\n");
        ProcessBuilder killed = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "org.branchpress.cli.Main", "build", "--content", site.content().toString(),
                "--output", site.output().toString(), "--templates", dir.resolve("none").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile());
        killed.environment().put("BRANCHPRESS_TEST_HALT", "swap");
        Process build = killed.start();
        assertThat(build.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).isEqualTo(137);
        assertThat(site.output()).as("the kill came after the old site was moved aside").doesNotExist();

        site.file("cases/c.md", "---\ntitle: 有错误\n---\n正文。\n");
        TestSite.Run failing = site.build();
        assertThat(failing.status()).isEqualTo(1);
        assertThat(failing.err()).contains("原来的网站没有改动");
        Map<String, byte[]> after = site.snapshot();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void twoBuildsOnOneOutputAtOnceBothFinishAndLeaveOneCompleteSite() throws Exception {
        TestSite site = smallSite(dir);
        makeLarge(site, 400);
        List<Process> builds = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            builds.add(new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "org.branchpress.cli.Main", "build", "--content", site.content().toString(),
                    "--output", site.output().toString(), "--templates", dir.resolve("none").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("build" + i + ".log").toFile()).start());
        }
        for (int i = 0; i < 2; i++) {
            assertThat(builds.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(builds.get(i).exitValue()).as(Files.readString(dir.resolve("build" + i + ".log"))).isZero();
        }
        assertThat(site.read("cases/c399/index.html")).contains("案例399");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".site") && !n.equals(".site.lock"));
        }
    }

    @Test
    void thePublishedSiteIsReadableByOtherUsers() throws Exception {
        TestSite site = smallSite(dir);
        assertThat(site.build().status()).isZero();
        try (Stream<Path> walk = Files.walk(site.output())) {
            for (Path p : walk.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode.substring(6)).as(p + " " + mode).startsWith("r");
                if (Files.isDirectory(p)) {
                    assertThat(mode.substring(6)).as(p + " " + mode).isEqualTo("r-x");
                }
            }
        }
    }

    private static Path waitForStagingWithFiles(Path parent, int files, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> list = Files.list(parent)) {
                for (Path p : list.filter(p -> p.getFileName().toString().startsWith(".site.new-")).toList()) {
                    if (countFiles(p) >= files) {
                        return p;
                    }
                }
            } catch (IOException racing) {
                // the build is creating folders while we look
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the build never started writing: " + Files.readString(parent.resolve("build.log")));
    }

    private static long countFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException racing) {
            return 0;
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A folder that can be made read-only even for root: a small tmpfs remounted read-only
     * (CI runs as root, for whom permissions do not stop writes); for other users, chmod.
     */
    record ReadOnlyFolder(Path path, boolean mounted) {
        static ReadOnlyFolder create(Path path) throws Exception {
            Files.createDirectories(path);
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", path.toString());
            }
            return new ReadOnlyFolder(path, root);
        }

        void makeReadOnly() throws Exception {
            if (mounted) {
                run("mount", "-o", "remount,ro", path.toString());
            } else {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
        }

        void release() throws Exception {
            if (mounted) {
                run("umount", path.toString());
            } else {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }

        private static void run(String... command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new AssertionError("cannot make a read-only folder for this test: " + List.of(command) + ": " + out);
            }
        }
    }
}
