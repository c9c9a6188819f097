package org.branchpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.branchpress.cache.BuildCache;
import org.branchpress.photo.Made;
import org.branchpress.photo.PhotoMaker;
import org.branchpress.photo.PhotoSource;
import org.branchpress.photo.PhoneJpeg;
import org.branchpress.publish.FileDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unchanged photo is decoded and encoded once: the build cache and serve's memory give its copies back. */
class PhotoCopiesTest {
    @TempDir
    Path dir;

    private final AtomicInteger made = new AtomicInteger();
    private final PhotoMaker maker = new PhotoMaker(false);
    private final Function<PhotoSource, Made> counting = source -> {
        made.incrementAndGet();
        return maker.make(source);
    };

    private PhotoSource photo(byte[] bytes) throws Exception {
        Path file = dir.resolve("content/media/a.jpg");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new PhotoSource("media/a.jpg", file, "content/media/a.jpg");
    }

    @Test
    void theBuildCacheGivesBackTheSameCopiesWithoutMakingThemAgain() throws Exception {
        PhotoSource source = photo(PhoneJpeg.of(1200, 900, 6));
        BuildCache cache = BuildCache.beside(dir.resolve("site"), FileDigest::of);
        Made first = PhotoCopies.in(cache).make(maker.key(), counting, source);
        Made again = PhotoCopies.in(cache).make(maker.key(), counting, source);
        assertThat(made).hasValue(1);
        assertThat(again).isInstanceOf(Made.Published.class);
        Made.Published a = (Made.Published) first;
        Made.Published b = (Made.Published) again;
        assertThat(b.photo()).isEqualTo(a.photo());
        assertThat(b.located()).isTrue();
        assertThat(b.files().keySet()).isEqualTo(a.files().keySet());
        a.files().forEach((address, bytes) -> assertThat(b.files().get(address)).as(address).isEqualTo(bytes));

        photo(PhoneJpeg.of(1200, 901, 6)); // other bytes: made anew
        PhotoCopies.in(cache).make(maker.key(), counting, source);
        assertThat(made).hasValue(2);
        PhotoCopies.in(cache).make(new PhotoMaker(true).key(), counting, source); // keep_original: anew
        assertThat(made).hasValue(3);
    }

    @Test
    void serveKeepsCopiesWhileTheFileIsUnchanged() throws Exception {
        PhotoSource source = photo(PhoneJpeg.of(800, 600, 1));
        PhotoCopies memory = PhotoCopies.inMemory();
        memory.make(maker.key(), counting, source);
        memory.make(maker.key(), counting, source);
        assertThat(made).hasValue(1);
        Files.write(source.file(), PhoneJpeg.of(800, 601, 1));
        Files.setLastModifiedTime(source.file(), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        memory.make(maker.key(), counting, source);
        assertThat(made).hasValue(2);
    }
}
