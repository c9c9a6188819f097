package org.branchpress;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.branchpress.cache.BuildCache;
import org.branchpress.cache.InputDigest;
import org.branchpress.photo.PhotoTally;
import org.branchpress.publish.FileDigest;
import org.branchpress.publish.OutputFolder;
import org.branchpress.publish.SiteWriter;

/**
 * The build cache as {@code build} uses it: the key of this build's inputs, a replay of the site
 * stored for that key, and the recording of a site that was built. A replay publishes through
 * the same writer as a build (locked, staged, swapped), so its site is indistinguishable from a
 * built one; anything missing or damaged in the cache makes it a miss, and the build runs.
 */
final class CachedBuilds {
    private final BuildCache cache;
    private final String key;

    private CachedBuilds(BuildCache cache, String key) {
        this.cache = cache;
        this.key = key;
    }

    /** Reads every input of the build to make its key. */
    static CachedBuilds of(Pipeline.Options options) {
        InputDigest inputs = new InputDigest()
                .option("drafts", options.drafts())
                .option("today", options.today())
                .folder("content", options.content());
        options.branch().ifPresent(id -> inputs.option("branch", id));
        options.templates().ifPresentOrElse(t -> inputs.folder("templates", t), () -> inputs.option("templates", ""));
        return new CachedBuilds(BuildCache.beside(options.output(), FileDigest::of), inputs.key());
    }

    /** The site stored for these inputs, published; empty when the cache has none whole. */
    Optional<Pipeline.Result> replay(OutputFolder output, Consumer<String> progress) {
        Optional<BuildCache.Manifest> found = cache.manifest(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        BuildCache.Manifest manifest = found.get();
        if (manifest.counts().length != 11) {
            return Optional.empty(); // a manifest of another layout is a miss, never a guess
        }
        try (SiteWriter writer = SiteWriter.open(output, progress)) {
            progress.accept("内容没有变化，使用缓存（" + cache.folder().getFileName() + "）…");
            boolean whole = manifest.files().entrySet().parallelStream().allMatch(e -> {
                Optional<byte[]> bytes = cache.file(e.getValue());
                bytes.ifPresent(b -> writer.write(e.getKey(), b, e.getValue()));
                return bytes.isPresent();
            });
            if (!whole) {
                return Optional.empty(); // closing the writer drops what was staged
            }
            progress.accept("发布网站…");
            int[] c = manifest.counts();
            Pipeline.Counts counts = new Pipeline.Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                    new PhotoTally(c[7], c[8], (long) c[9] << 32 | c[10] & 0xffffffffL));
            return Optional.of(new Pipeline.Result(counts, manifest.warnings(), writer.fileCount(),
                    manifest.buildId(), writer.publish()));
        }
    }

    /** Photos of unchanged files, from this cache. */
    PhotoCopies photos() {
        return PhotoCopies.in(cache);
    }

    /** Has the writer store every file it writes. */
    void record(SiteWriter writer) {
        writer.keepCopies(cache::keep);
    }

    /** Stores the manifest of a build that was published. */
    void save(Pipeline.Result result, SiteWriter writer) {
        Pipeline.Counts c = result.counts();
        Map<String, byte[]> files = writer.digests();
        cache.save(key, new BuildCache.Manifest(new int[] {c.pages(), c.cases(), c.honors(), c.activities(),
                c.people(), c.notices(), c.screenFiles(), c.photos().photos(), c.photos().stripped(),
                (int) (c.photos().savedBytes() >>> 32), (int) c.photos().savedBytes()}, result.warnings(), result.buildId(), files));
    }
}
