package org.branchpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build cache: a replay gives the built site byte for byte, and a damaged cache is a miss, never a wrong page. */
class BuildCacheTest {
    @TempDir
    Path dir;

    private final List<String> stages = Collections.synchronizedList(new ArrayList<>());

    private TestSite site() {
        return new TestSite(dir).settings("")
                .file("cases/a.md", "---\ntitle: 甲\ndate: 2024-01-01\ntags: [学习]\n---\n见[乙](b.md)。\n")
                .file("cases/b.md", "---\ntitle: 乙\ndate: 2024-01-02\n---\n正文，手机 13800138000。\n")
                .file("pages/about.md", "---\ntitle: 关于\n---\n![合影](../media/x.jpg)\n")
                .bytes("media/x.jpg", new byte[] {1, 2, 3});
    }

    private Pipeline.Result build(TestSite site, Path output) {
        Pipeline.Options options = new Pipeline.Options(site.content(), Optional.empty(), output, false,
                LocalDate.of(2024, 6, 1), false, true);
        return new Pipeline(stages::add).build(options);
    }

    private boolean replayed() {
        return stages.stream().anyMatch(s -> s.contains("使用缓存"));
    }

    @Test
    void aSecondBuildOfUnchangedContentIsReplayedByteForByteWithTheSameWarnings() {
        TestSite site = site();
        Pipeline.Result first = build(site, site.output());
        Map<String, byte[]> built = site.snapshot();
        assertThat(replayed()).isFalse();
        Pipeline.Result second = build(site, site.output());
        assertThat(replayed()).isTrue();
        assertThat(site.snapshot()).containsExactlyInAnyOrderEntriesOf(built);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aChangedFileIsBuiltAgain() {
        TestSite site = site();
        build(site, site.output());
        site.file("cases/b.md", "---\ntitle: 乙改\ndate: 2024-01-02\n---\n改过的正文。\n");
        stages.clear();
        build(site, site.output());
        assertThat(replayed()).isFalse();
        assertThat(site.read("cases/a/index.html")).contains("乙改");
    }

    @Test
    void damagedOrTruncatedCacheFilesAreIgnoredAndTheSiteIsBuiltRight() throws IOException {
        TestSite site = site();
        build(site, site.output());
        Map<String, byte[]> built = site.snapshot();
        Random random = new Random(14);
        for (int round = 0; round < 3; round++) {
            try (Stream<Path> files = Files.walk(dir.resolve(".branchpress-cache"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    if (bytes.length > 0 && random.nextBoolean()) {
                        bytes[random.nextInt(bytes.length)] ^= 0x5a; // damaged
                    } else {
                        bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2); // truncated
                    }
                    Files.write(f, bytes);
                }
            }
            stages.clear();
            build(site, site.output());
            assertThat(replayed()).as("round %d", round).isFalse();
            assertThat(site.snapshot()).containsExactlyInAnyOrderEntriesOf(built);
        }
    }

    @Test
    void twoBuildsAtOnceShareTheCacheWithoutSpoilingIt() {
        TestSite site = site();
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        CompletableFuture<Pipeline.Result> a = CompletableFuture.supplyAsync(() -> build(site, one));
        CompletableFuture<Pipeline.Result> b = CompletableFuture.supplyAsync(() -> build(site, two));
        assertThat(a.join()).isEqualTo(b.join());
        stages.clear();
        build(site, site.output());
        assertThat(replayed()).isTrue();
        assertThat(snapshot(site.output())).containsExactlyInAnyOrderEntriesOf(snapshot(one));
    }

    private static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }
}
