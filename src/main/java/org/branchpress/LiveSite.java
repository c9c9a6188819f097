package org.branchpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.branchpress.cache.InputDigest;
import org.branchpress.photo.Made;
import org.branchpress.problem.ContentException;
import org.branchpress.publish.FileDigest;
import org.branchpress.publish.LiveFolder;
import org.branchpress.publish.OutputFolder;
import org.branchpress.publish.SiteWriter;
import org.branchpress.render.Output;
import org.branchpress.render.RenderMemo;
import org.branchpress.render.SiteRenderer;
import org.branchpress.site.Federation;
import org.branchpress.render.Theme;
import org.branchpress.site.Asset;
import org.branchpress.site.SiteModel;

/**
 * The site {@code serve} keeps between rebuilds, so that saving one file costs about what that
 * file changes. The same stages as {@link Pipeline#build} run every time, on the whole content,
 * so the result is the cold build's byte for byte; what makes them quick is what they keep: each
 * file's parse, scan and rendered body while its text is the same ({@link FileMemo}), each page
 * while its template and view are the same ({@link RenderMemo}), and the digest of every file
 * published, so only the files whose bytes changed are written. The search index comes last:
 * the pages are shown first, the index and the build id follow.
 */
public final class LiveSite {
    private final Pipeline.Options options;
    private final Consumer<String> progress;
    private final Pipeline pipeline;
    private final OutputFolder output;
    private final LiveFolder live;
    private String templatesKey;
    private Theme theme;
    private RenderMemo memo;
    /** The model of the last build that succeeded: a first look renders from it. */
    private SiteModel lastModel;
    /** What is published: address → bytes, the pages and the rest, then the search index. */
    private Map<String, byte[]> pages = Map.of();
    private Map<String, byte[]> search = Map.of();
    private final Map<String, byte[]> digests = new HashMap<>();
    private final Map<Path, Copy> copies = new ConcurrentHashMap<>();
    private boolean published;

    /** A file of content/ as last copied: read again only when its size or time changed. */
    private record Copy(long size, long modified, byte[] bytes) {
    }

    public LiveSite(Pipeline.Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
        this.pipeline = new Pipeline(progress, file -> { }, Pipeline.Memos.keeping());
        this.output = Pipeline.claimOutput(options);
        this.live = new LiveFolder(output);
    }

    /**
     * Builds the site, or what changed since the last build.
     *
     * @param shown told when the new pages are in the folder, before the search index and the
     *              build id are (not told for the first build, which publishes whole)
     * @throws ContentException when the content has errors: nothing is written
     */
    public synchronized Pipeline.Result build(Runnable shown) {
        return build(Set.of(), shown);
    }

    /**
     * Builds what changed since the last build; when the change is one saved page, that page is
     * shown first ({@link #firstLook}), rendered alone against the last model, and the full
     * rebuild follows.
     *
     * @param changed the files the watcher saw change (empty: not known)
     * @param shown   told when a new page is in the folder: after the first look, and when the
     *                new pages are, before the search index and the build id are (not told for
     *                the first build, which publishes whole)
     * @throws ContentException when the content has errors: nothing is written (a first look
     *                          writes only a page the full stages would write)
     */
    public synchronized Pipeline.Result build(Set<Path> changed, Runnable shown) {
        if (changed.size() == 1 && published && lastModel != null && live.intact()) {
            firstLook(changed.iterator().next(), shown);
        }
        Pipeline.Checked checked = pipeline.check(options);
        SiteModel model = checked.model().orElseThrow(() -> new ContentException(checked.problems()));
        lastModel = model;
        useTheme();
        progress.accept("生成页面…");
        SiteRenderer renderer = new SiteRenderer(theme, model, memo);
        Map<String, byte[]> nextPages = new ConcurrentHashMap<>();
        Map<Output, Integer> files = renderer.render(nextPages::put, format -> format != Output.SEARCH);
        theme.assets().forEach(nextPages::put);
        model.assets().values().parallelStream().forEach(a -> {
            if (a.made() instanceof Made.Published p) {
                nextPages.putAll(p.files());
            } else if (a.made() instanceof Made.Copied) {
                nextPages.put(a.address(), copy(a));
            } // left out: warned about, never published
        });
        Pipeline.Counts counts = Pipeline.counts(files, model);
        for (Federation.BranchSite branch : model.federation().branches()) { // a 党总支: each branch whole
            String folder = branch.folder();
            Map<Output, Integer> theirs = new SiteRenderer(theme, branch.model())
                    .renderAll((address, bytes) -> nextPages.put(folder + address, bytes));
            theme.assets().forEach((address, bytes) -> nextPages.put(folder + address, bytes));
            branch.model().assets().values().parallelStream()
                    .forEach(a -> nextPages.put(folder + a.address(), copy(a)));
            counts = counts.plus(Pipeline.counts(theirs, branch.model()));
        }
        if (!published || !live.intact()) {
            return publishWhole(checked, renderer, nextPages, counts);
        }
        progress.accept("更新改动的页面…");
        Map<String, byte[]> changedPages = changed(pages, nextPages);
        live.update(changedPages, removed(pages, nextPages), progress);
        pages = nextPages;
        shown.run();
        progress.accept("生成搜索索引…");
        Map<String, byte[]> nextSearch = new ConcurrentHashMap<>();
        renderer.render(nextSearch::put, format -> format == Output.SEARCH);
        Map<String, byte[]> changedSearch = changed(search, nextSearch);
        Set<String> removed = removed(search, nextSearch);
        search = nextSearch;
        String buildId = SiteWriter.contentId(digests);
        byte[] id = Pipeline.buildIdFile(buildId);
        changedSearch.put(Pipeline.BUILD_ID, id);
        model.federation().branches().forEach(b -> changedSearch.put(b.folder() + Pipeline.BUILD_ID, id));
        int changedCount = changedPages.size() + changedSearch.size();
        live.update(changedSearch, removed, progress);
        progress.accept("完成（" + changedCount + " 个文件有改动）");
        return new Pipeline.Result(counts, checked.problems(), digests.size() + 1, buildId, Optional.empty());
    }

    /**
     * One saved page, shown before the whole site is rebuilt: parsed, scanned and rendered by
     * {@link Pipeline#firstLook}, put into the last model in its item's place and rendered alone,
     * with the last theme. The full rebuild that follows writes it again when its bytes differ
     * (its neighbours, lists and search may change too), so the folder ends as a cold build.
     */
    private void firstLook(Path file, Runnable shown) {
        progress.accept("先看保存的文件…");
        Optional<byte[]> page = pipeline.firstLook(file)
                .flatMap(look -> lastModel.withItem(look.document(), look.address(), look.body())
                        .flatMap(m -> new SiteRenderer(theme, m).itemPage(look.address()))
                        .map(bytes -> Map.entry(look.address(), bytes)))
                .filter(e -> !Arrays.equals(e.getValue(), pages.get(e.getKey())))
                .map(e -> {
                    progress.accept("先显示改动的页面：" + e.getKey());
                    live.update(Map.of(e.getKey(), e.getValue()), Set.of(), progress);
                    pages.put(e.getKey(), e.getValue());
                    digests.put(e.getKey(), FileDigest.of(e.getValue()));
                    return e.getValue();
                });
        if (page.isPresent()) {
            shown.run();
        }
    }

    /** The first build, or one after the folder was removed: every file, staged and swapped in. */
    private Pipeline.Result publishWhole(Pipeline.Checked checked, SiteRenderer renderer,
                                         Map<String, byte[]> nextPages, Pipeline.Counts counts) {
        Map<String, byte[]> nextSearch = new ConcurrentHashMap<>();
        renderer.render(nextSearch::put, format -> format == Output.SEARCH);
        try (SiteWriter writer = SiteWriter.open(output, progress)) {
            nextPages.entrySet().parallelStream().forEach(e -> writer.write(e.getKey(), e.getValue()));
            nextSearch.forEach(writer::write);
            digests.clear();
            digests.putAll(writer.digests());
            String buildId = writer.contentId();
            writer.write(Pipeline.BUILD_ID, Pipeline.buildIdFile(buildId));
            checked.model().orElseThrow().federation().branches()
                    .forEach(b -> writer.write(b.folder() + Pipeline.BUILD_ID, Pipeline.buildIdFile(buildId)));
            progress.accept("发布网站…");
            writer.publish();
            pages = nextPages;
            search = nextSearch;
            published = true;
            return new Pipeline.Result(counts, checked.problems(), writer.fileCount(), buildId, Optional.empty());
        }
    }

    /** The theme of the templates folder as it is now: a new one, and nothing kept, when any file changed. */
    private void useTheme() {
        String key = options.templates().map(t -> new InputDigest().folder("templates", t).key()).orElse("");
        if (theme == null || !key.equals(templatesKey)) {
            theme = new Theme(options.templates());
            memo = RenderMemo.keeping();
            templatesKey = key;
        }
    }

    private byte[] copy(Asset asset) {
        try {
            BasicFileAttributes now = Files.readAttributes(asset.source(), BasicFileAttributes.class);
            Copy last = copies.get(asset.source());
            if (last != null && last.size() == now.size() && last.modified() == now.lastModifiedTime().toMillis()) {
                return last.bytes();
            }
            Copy fresh = new Copy(now.size(), now.lastModifiedTime().toMillis(), Files.readAllBytes(asset.source()));
            copies.put(asset.source(), fresh);
            return fresh.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files whose bytes differ from the last ones' (the same array when a page was kept), with their digests noted. */
    private Map<String, byte[]> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        Map<String, byte[]> changed = new TreeMap<>();
        after.forEach((address, bytes) -> {
            byte[] old = before.get(address);
            if (old != bytes && !Arrays.equals(old, bytes)) {
                changed.put(address, bytes);
                digests.put(address, FileDigest.of(bytes));
            }
        });
        return changed;
    }

    private Set<String> removed(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> removed = new HashSet<>(before.keySet());
        removed.removeAll(after.keySet());
        removed.forEach(digests::remove);
        return removed;
    }
}
