package org.branchpress.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts kept by {@code serve} from one rebuild to the next: a Markdown file whose size, time of
 * change and identity (inode) are what they were is not read and decoded again. Only texts that
 * were read without a problem are kept, so a rebuild reports what a first read would.
 */
public final class ReadTexts {
    /** What a file's attributes were when its text was read. */
    record Stamp(long size, long modifiedNanos, Object fileKey) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    a.fileKey());
        }
    }

    record Kept(Stamp stamp, String text, TextForm form) {
    }

    private static final long RACY_MILLIS = 2000;

    private final Map<Path, Kept> kept;

    private ReadTexts(Map<Path, Kept> kept) {
        this.kept = kept;
    }

    /** Keeps nothing: every file is read (a build). */
    public static ReadTexts none() {
        return new ReadTexts(null);
    }

    public static ReadTexts keeping() {
        return new ReadTexts(new ConcurrentHashMap<>());
    }

    /** The text read last time, when the file is unchanged since. */
    Optional<Kept> unchanged(Path file) {
        if (kept == null) {
            return Optional.empty();
        }
        Kept last = kept.get(file);
        try {
            return last != null && Objects.equals(last.stamp(), Stamp.of(file)) ? Optional.of(last) : Optional.empty();
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /**
     * Notes a text just read; its stamp is taken before reading, so a change while reading is read
     * again. A file changed in the last seconds is not kept: the system stamps times by its clock
     * tick, so a second save of the same length within one tick would keep the same stamp (git's
     * "racily clean" files). It is read again next time, and kept once it has been quiet a while.
     */
    void read(Path file, Stamp stamp, String text, TextForm form) {
        if (kept != null && stamp != null
                && System.currentTimeMillis() - stamp.modifiedNanos() / 1_000_000 > RACY_MILLIS) {
            kept.put(file, new Kept(stamp, text, form));
        }
    }

    /** The stamp to note with a text about to be read; null when nothing is kept. */
    Stamp stamp(Path file) {
        if (kept == null) {
            return null;
        }
        try {
            return Stamp.of(file);
        } catch (IOException gone) {
            return null;
        }
    }
}
