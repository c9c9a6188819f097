package org.branchpress.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;

/**
 * Stage 2: walks {@code content/} in sorted order. Markdown files are read and decoded;
 * every other file is an asset to copy. Links that lead out of content/ are refused.
 */
public final class SourceReader {
    private static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;
    /** 党员名册: optional; a site without it is read exactly as before it existed. */
    public static final String MEMBERS = "members.yaml";
    /** 个人台账: {@code tallies/YEAR.yaml}, per-member counts of what is not an activity (books read). */
    public static final String TALLIES = "tallies/";
    /** A 党总支's branches, each a content folder of its own: {@code branches/<id>/}. */
    public static final String BRANCHES = "branches/";

    private SourceReader() {
    }

    public static ContentFolder read(Path contentDir, Problems problems) {
        return read(contentDir, problems, ReadTexts.none());
    }

    /** @param texts the texts of the last read, for files unchanged since (serve) */
    public static ContentFolder read(Path contentDir, Problems problems, ReadTexts texts) {
        Path root = realRoot(contentDir);
        return read(root, root.getFileName() == null ? "" : root.getFileName() + "/", problems, texts);
    }

    /**
     * @param prefix how problems name the folder: a branch's files are named from the 总支's folder
     *               ({@code content/branches/yishi/}), so an editor opens them from there
     */
    public static ContentFolder read(Path contentDir, String prefix, Problems problems, ReadTexts texts) {
        Path root = realRoot(contentDir);
        List<Path> files = listFiles(root);
        java.util.SortedSet<String> branches = new java.util.TreeSet<>();
        Optional<SettingsFile> settings = Optional.empty();
        Optional<SettingsFile> members = Optional.empty();
        List<SettingsFile> tallies = new ArrayList<>();
        List<Path> markdown = new ArrayList<>();
        Map<String, AssetFile> assets = new LinkedHashMap<>();
        for (Path file : files) {
            String rel = relative(root, file);
            if (isIgnored(rel)) {
                continue;
            }
            if (rel.startsWith(BRANCHES)) { // each branch is read as a folder of its own
                int end = rel.indexOf('/', BRANCHES.length());
                if (end > 0) {
                    branches.add(rel.substring(BRANCHES.length(), end));
                }
                continue;
            }
            if (!insideRoot(root, file)) {
                problems.error(SourcePosition.wholeFile(prefix + rel), "source/outside",
                        "这是指向 content/ 之外的链接（快捷方式），为安全起见不会发布：请把真正的文件或文件夹复制进 content/。");
                continue;
            }
            if (Files.isDirectory(file)) {
                continue; // a link to a folder inside content/: its files are read where they really are
            }
            if (rel.equals("site.yaml")) {
                settings = readText(file, prefix + rel, problems).map(t -> new SettingsFile(prefix + rel, file, t.text()));
            } else if (rel.equals(MEMBERS)) { // the roster holds people's data: read, never published
                members = readText(file, prefix + rel, problems).map(t -> new SettingsFile(prefix + rel, file, t.text()));
            } else if (isTally(rel)) {
                readText(file, prefix + rel, problems).map(t -> new SettingsFile(prefix + rel, file, t.text()))
                        .ifPresent(tallies::add);
            } else if (rel.endsWith(".md") || rel.endsWith(".markdown")) {
                markdown.add(file);
            } else {
                assets.put(rel, new AssetFile(rel, prefix + rel, file));
            }
        }
        List<SourceFile> documents = markdown.parallelStream()
                .map(file -> document(root, prefix, file, problems, texts))
                .flatMap(Optional::stream)
                .toList();
        return new ContentFolder(root, settings, documents, assets, members, List.copyOf(tallies),
                List.copyOf(branches), prefix);
    }

    /**
     * One Markdown file of a folder {@link #read} has read, read again as read reads it (serve's
     * first look at a saved file). Empty, with the problem noted, when it cannot be read or lies in
     * no section.
     *
     * @param root the folder's root as {@link ContentFolder#root()} gives it (the real path)
     */
    public static Optional<SourceFile> readOne(Path root, Path file, Problems problems) {
        String prefix = root.getFileName() == null ? "" : root.getFileName() + "/";
        String rel = relative(root, file);
        if (isIgnored(rel) || !insideRoot(root, file) || !(rel.endsWith(".md") || rel.endsWith(".markdown"))) {
            return Optional.empty();
        }
        return document(root, prefix, file, problems, ReadTexts.none());
    }

    private static Optional<SourceFile> document(Path root, String prefix, Path file, Problems problems,
                                                 ReadTexts texts) {
        String rel = relative(root, file);
        Optional<ContentKind> kind = ContentKind.ofFolder(rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "");
        if (kind.isEmpty()) {
            problems.warning(SourcePosition.wholeFile(prefix + rel), "source/unplaced",
                    "这个 Markdown 文件不在 cases/、honors/、activities/ 或 pages/ 里，不会发布：请把它移到对应的文件夹。");
            return Optional.empty();
        }
        return readText(file, prefix + rel, problems, texts)
                .map(t -> new SourceFile(rel, prefix + rel, file, t.text(), kind.get(), t.form()));
    }

    private static Path realRoot(Path contentDir) {
        try {
            return contentDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> listFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text, and the form its bytes had: kept so that {@code check --fix} need not read it again. */
    private record Decoded(String text, TextForm form) {
    }

    private static Optional<Decoded> readText(Path file, String display, Problems problems) {
        return readText(file, display, problems, ReadTexts.none());
    }

    private static Optional<Decoded> readText(Path file, String display, Problems problems, ReadTexts texts) {
        var unchanged = texts.unchanged(file);
        if (unchanged.isPresent()) {
            return Optional.of(new Decoded(unchanged.get().text(), unchanged.get().form()));
        }
        var stamp = texts.stamp(file);
        try {
            long size = Files.size(file);
            if (size > MAX_TEXT_BYTES) {
                problems.error(SourcePosition.wholeFile(display), "source/too-large",
                        "文件太大（" + size / 1024 / 1024 + " MB）：一个 Markdown 文件不能超过 8 MB，图片请放进 media/ 并用链接引用。");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            Decoded decoded = new Decoded(TextDecoder.decode(bytes), TextForm.of(bytes));
            texts.read(file, stamp, decoded.text(), decoded.form());
            return Optional.of(decoded);
        } catch (TextDecoder.Undecodable e) {
            problems.error(new SourcePosition(display, e.line(), 1), "source/encoding", e.getMessage());
        } catch (IOException e) {
            problems.error(SourcePosition.wholeFile(display), "source/unreadable",
                    "无法读取这个文件（" + e.getMessage() + "）：请检查文件是否被其他程序占用，或权限是否正确。");
        }
        return Optional.empty();
    }

    private static boolean insideRoot(Path root, Path file) {
        if (!Files.isSymbolicLink(file)) {
            return true;
        }
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Every YAML file directly in {@code tallies/}: per-person figures, never published as a
     * file; a name that is no year is the tally loader's error, at that file.
     */
    private static boolean isTally(String rel) {
        return rel.startsWith(TALLIES) && rel.indexOf('/', TALLIES.length()) < 0
                && (rel.endsWith(".yaml") || rel.endsWith(".yml"));
    }

    /** Editor and system clutter: hidden files, Word's lock files, Windows thumbnails. */
    private static boolean isIgnored(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".") || part.startsWith("~$") || part.startsWith("_")) {
                return true;
            }
        }
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return name.equalsIgnoreCase("Thumbs.db") || name.equalsIgnoreCase("desktop.ini") || name.endsWith("~");
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
