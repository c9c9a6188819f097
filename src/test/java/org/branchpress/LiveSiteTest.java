package org.branchpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.branchpress.problem.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's rebuilds keep what did not change, and publish only the files that did: after every
 * edit, the folder they leave equals, byte for byte, a cold build of the same content, and they
 * report the same warnings. The edits are a seeded mix over the sample site (titles, people,
 * tags, new and deleted files, pictures, settings, an error and its fix).
 */
class LiveSiteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    @Test
    void afterEachEditTheLiveFolderEqualsAColdBuildOfTheSameContent() throws IOException {
        Path content = dir.resolve("content");
        TestSite.copyTree(Path.of("content"), content);
        Pipeline.Options options = new Pipeline.Options(content, Optional.empty(), dir.resolve("live/site"), false, TODAY);
        LiveSite live = new LiveSite(options, m -> { });
        Pipeline.Result first = live.build(() -> { });
        assertSameAsCold(options, first, "first build");
        Random random = new Random(20261201);
        for (int round = 0; round < 10; round++) {
            Edit edit = edit(content, random, round);
            List<String> shown = new ArrayList<>();
            Pipeline.Result result = live.build(Set.of(edit.file()), () -> shown.add(page(options, edit)));
            if (edit.page().isPresent()) {
                // the first look: the saved page alone, with the edit in it, before the rest
                assertThat(shown).as(edit.what()).hasSize(2);
                assertThat(shown.get(0)).as(edit.what() + ", first look").contains(edit.mark());
            } else {
                assertThat(shown).as(edit.what()).hasSize(1);
            }
            assertSameAsCold(options, result, "round " + round + ": " + edit.what());
        }
    }

    /** What a page of the edit shows when a rebuild says its pages are out ("" without one). */
    private static String page(Pipeline.Options options, Edit edit) {
        try {
            return edit.page().isEmpty() ? "" : Files.readString(options.output().resolve(edit.page().get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An edit with an error leaves the last site whole, and a first look shows only what the full
     * stages would publish: a saved page with a blocked term, a wrong date or broken front matter
     * is not shown. Its fix publishes what a cold build does.
     */
    @Test
    void aFirstLookNeverShowsAPageTheBuildWouldRefuse() throws IOException {
        Path content = dir.resolve("content");
        TestSite.copyTree(Path.of("content"), content);
        Pipeline.Options options = new Pipeline.Options(content, Optional.empty(), dir.resolve("live/site"), false, TODAY);
        LiveSite live = new LiveSite(options, m -> { });
        live.build(() -> { });
        Map<String, byte[]> before = snapshot(options.output());
        Path file = someFile(content, "cases", new Random(7));
        String text = Files.readString(file);
        for (String bad : List.of(text + "\n这里提到了某型号代号。\n", text.replaceFirst("(?m)^date: .*$", "date: 2025-13-45"),
                text.replaceFirst("(?m)^title:", "title: [未闭合"))) {
            Files.writeString(file, bad);
            int[] shown = {0};
            assertThatThrownBy(() -> live.build(Set.of(file), () -> shown[0]++)).isInstanceOf(ContentException.class);
            assertThat(shown[0]).as(bad).isZero();
            assertThat(snapshot(options.output())).as(bad).containsExactlyInAnyOrderEntriesOf(before);
        }
        Files.writeString(file, text.replaceFirst("(?m)^title: ?", "title: 修好了"));
        assertSameAsCold(options, live.build(Set.of(file), () -> { }), "fixed");
    }

    private void assertSameAsCold(Pipeline.Options live, Pipeline.Result result, String what) {
        Path cold = dir.resolve("cold-" + System.nanoTime()).resolve("site");
        Pipeline.Result expected = new Pipeline(m -> { }).build(new Pipeline.Options(live.content(), live.templates(),
                cold, false, TODAY));
        Map<String, byte[]> want = snapshot(cold);
        Map<String, byte[]> got = snapshot(live.output());
        assertThat(got.keySet()).as(what).containsExactlyInAnyOrderElementsOf(want.keySet());
        want.forEach((file, bytes) -> assertThat(new String(got.get(file), StandardCharsets.UTF_8))
                .as(what + ": " + file).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
        assertThat(got).as(what).containsExactlyInAnyOrderEntriesOf(want);
        assertThat(result).as(what).isEqualTo(expected);
    }

    /**
     * One edit: what it did, the file it changed, and for an edit of one existing page, that
     * page's address in the site and a mark the edit put in it.
     */
    private record Edit(String what, Path file, Optional<String> page, String mark) {
        static Edit of(String what, Path file) {
            return new Edit(what, file, Optional.empty(), "");
        }

        static Edit ofPage(String what, Path file, String mark) {
            String folder = file.getParent().getFileName().toString();
            String name = file.getFileName().toString().replaceFirst("\\.md$", "");
            return new Edit(what, file, Optional.of(folder + "/" + name + "/index.html"), mark);
        }
    }

    /** One edit of the kinds an officer makes; returns what it did. */
    private static Edit edit(Path content, Random random, int round) throws IOException {
        switch (round % 8) {
            case 0 -> {
                Path f = someFile(content, "cases", random);
                replace(f, "(?m)^title: ?(\"?)", "title: $1改" + round);
                return Edit.ofPage("title of " + f.getFileName(), f, "改" + round);
            }
            case 1 -> {
                Path f = someFile(content, "activities", random);
                // a guest as well: the sample's roster (members.yaml) does not know the newcomer
                String who = "新同志" + round;
                boolean guests = Files.readString(f).contains("\nguests: [");
                replace(f, guests ? "(?m)^guests: \\[" : "(?m)^(?=attendees: \\[)",
                        guests ? "guests: [" + who + ", " : "guests: [" + who + "]\n");
                replace(f, "(?m)^attendees: \\[", "attendees: [" + who + ", ");
                return Edit.ofPage("attendees of " + f.getFileName(), f, "新同志" + round);
            }
            case 2 -> {
                Path f = content.resolve("cases/zz-new-" + round + ".md");
                Files.writeString(f, "---\ntitle: 新案例" + round + "\ndate: 2025-06-0" + (1 + random.nextInt(8))
                        + "\ntags: [新标签" + round + "]\n---\n新的正文，见[支部](../pages/about.md)。\n");
                return Edit.of("new case " + f.getFileName(), f);
            }
            case 3 -> {
                Path f = someFile(content, "activities", random);
                Files.delete(f);
                return Edit.of("deleted " + f.getFileName(), f);
            }
            case 4 -> {
                Path f = someFile(content, "honors", random);
                replace(f, "(?m)^title: ?(\"?)", "title: $1改" + round);
                return Edit.ofPage("honor roll " + f.getFileName(), f, "改" + round);
            }
            case 5 -> {
                Path f = content.resolve("media/poster.jpg");
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length - 3] ^= 1;
                Files.write(f, bytes);
                return Edit.of("poster changed", f);
            }
            case 6 -> {
                Path f = content.resolve("site.yaml");
                replace(f, "(?m)^page_size: 10", "page_size: 7");
                return Edit.of("page size", f);
            }
            default -> {
                Path f = someFile(content, "cases", random);
                Files.writeString(f, Files.readString(f) + "\n补充一段，第" + round + "轮。\n");
                return Edit.ofPage("body of " + f.getFileName(), f, "第" + round + "轮");
            }
        }
    }

    private static void replace(Path file, String regex, String with) throws IOException {
        Files.writeString(file, Files.readString(file).replaceFirst(regex, with));
    }

    private static Path someFile(Path content, String folder, Random random) throws IOException {
        try (Stream<Path> files = Files.list(content.resolve(folder))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            return all.get(random.nextInt(all.size()));
        }
    }

    private static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
