package org.branchpress.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file of the user's (a case an import replaces, a picture it copies, a Markdown file
 * {@code check --fix} corrects) so that it is either the old file or the whole new one, never half
 * of each: the bytes go to a temporary file beside it, are flushed to disk, and only then renamed
 * over the target. A full disk or a crash leaves the original byte for byte as it was.
 */
public final class AtomicFiles {
    /** Puts the bytes into the open temporary file; a test replaces it to fail half-way, as a full disk does. */
    interface Filler {
        void fill(FileChannel channel, byte[] bytes) throws IOException;
    }

    private static final Filler ALL_AT_ONCE = (channel, bytes) -> {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    };

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} (or creates it) with {@code bytes}. An existing file keeps its
     * permissions; a new one gets the defaults, as {@link Files#write} would give it. A symbolic
     * link is written through, not replaced by a file. On failure the temporary file is removed
     * and the target is untouched.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, ALL_AT_ONCE);
    }

    static void write(Path target, byte[] bytes, Filler filler) throws IOException {
        Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Set<PosixFilePermission> permissions = Files.isRegularFile(real) && posix(real)
                ? Files.getPosixFilePermissions(real) : null;
        Path temp = createTemp(real);
        try {
            fill(temp, bytes, filler);
            if (permissions != null) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            move(temp, real);
        } catch (IOException | RuntimeException | Error e) {
            remove(temp, e);
            throw e;
        }
    }

    /**
     * Creates {@code target} with {@code bytes} and never replaces anything: a file already
     * there, or one that appears while the bytes are written, fails with
     * {@link FileAlreadyExistsException} and stays as it was. The whole file appears at once
     * under its name (a hard link to the finished temporary file, which the file system
     * refuses when the name is taken); where links are not supported (FAT on a USB stick) a
     * rename that does not replace does the same.
     */
    public static void createNew(Path target, byte[] bytes) throws IOException {
        createNew(target, bytes, ALL_AT_ONCE);
    }

    static void createNew(Path target, byte[] bytes, Filler filler) throws IOException {
        Path real = target.toAbsolutePath();
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = createTemp(real);
        try {
            fill(temp, bytes, filler);
            try {
                Files.createLink(real, temp);
                Files.delete(temp);
            } catch (FileAlreadyExistsException taken) {
                throw taken;
            } catch (UnsupportedOperationException | FileSystemException noLinks) {
                Files.move(temp, real);
            }
        } catch (IOException | RuntimeException | Error e) {
            remove(temp, e);
            throw e;
        }
    }

    private static void fill(Path temp, byte[] bytes, Filler filler) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            filler.fill(channel, bytes);
            channel.force(true);
        }
    }

    /** Removes the temporary file after a failure; a failure to remove it rides along with the first. */
    private static void remove(Path temp, Throwable failure) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /**
     * A new empty file beside the target, named so that the build ignores it (a leading dot)
     * should a crash leave it behind. Created as {@link Files#write} creates files, so that a
     * new target gets the usual permissions ({@link Files#createTempFile} would give 0600).
     */
    private static Path createTemp(Path target) throws IOException {
        Path dir = target.getParent();
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(
                    ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException taken) {
                if (attempt >= 100) {
                    throw taken;
                }
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean posix(Path file) {
        return Files.getFileAttributeView(file, PosixFileAttributeView.class) != null;
    }
}
