package org.branchpress.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.nio.file.LinkOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.branchpress.problem.PublishException;

/**
 * Stage 8: writes the new site into a folder beside the output folder and swaps it in only
 * when complete. A build that fails or is killed leaves the previous site exactly as it
 * was; leftovers of a killed build are removed by the next one.
 */
public final class SiteWriter implements AutoCloseable {
    private static final String STAGING = ".new-";
    private static final String RETIRED = ".old-";
    private static final String LOCK = ".lock";
    private static final String KEPT = ".bak-";
    private static final String SCRATCH = ".tmp-";
    private static final DateTimeFormatter KEPT_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Only set by the kill test: the process halts between the two renames of the swap. */
    private static final boolean HALT_IN_SWAP = "swap".equals(System.getenv("BRANCHPRESS_TEST_HALT"));

    private final OutputFolder folder;
    private final Path output;
    private final Path staging;
    private final OutputLock outputLock;
    private final Map<String, byte[]> hashes = new ConcurrentHashMap<>();
    /** Files handed out by {@link #scratchFile}, removed on close. */
    private final List<Path> scratch = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Folders already made: most pages get a folder of their own, lists share one. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** Writes share it; close takes it alone, so no render thread writes into a deleted folder. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;
    private boolean published;
    /** Told each file's digest and bytes as it is written (the build cache keeps them). */
    private volatile BiConsumer<byte[], byte[]> copies = (digest, bytes) -> { };

    private SiteWriter(OutputFolder folder, Path staging, OutputLock outputLock) {
        this.folder = folder;
        this.output = folder.target();
        this.staging = staging;
        this.outputLock = outputLock;
    }

    /**
     * Takes the output's lock (one build at a time per output), puts back a site that an
     * interrupted swap left aside, removes stale staging folders and opens a new one.
     *
     * @param waiting told once when another build holds the lock and this one waits
     */
    public static SiteWriter open(OutputFolder output, Consumer<String> waiting) {
        Path out = output.target();
        Path parent = out.getParent();
        OutputLock lock = null;
        try {
            Files.createDirectories(parent);
            lock = OutputLock.take(parent.resolve("." + out.getFileName() + LOCK), waiting);
            recover(out);
            Path staging = parent.resolve("." + out.getFileName() + STAGING + Long.toHexString(RANDOM.nextLong()));
            // createDirectory, not createTempDirectory: the site must be readable by the web
            // server's user (0755 under the usual umask), not 0700.
            Files.createDirectory(staging);
            Files.writeString(staging.resolve(OutputFolder.MARKER),
                    "This folder was written by branchpress; each build replaces it whole.\n");
            return new SiteWriter(output, staging, lock);
        } catch (IOException e) {
            if (lock != null) {
                lock.close();
            }
            throw new PublishException("无法在“" + parent + "”里写入新网站（" + reason(e)
                    + "）：请检查这个文件夹是否存在、是否有写入权限、磁盘是否已满。原来的网站没有改动。", e);
        }
    }

    /** Writes one file of the site; safe to call from several threads. */
    public void write(String address, byte[] bytes) {
        write(address, bytes, FileDigest.of(bytes));
    }

    /** Writes one file whose {@link FileDigest} the caller has just computed (a file from the build cache). */
    public void write(String address, byte[] bytes, byte[] digest) {
        Path target = staging.resolve(address);
        lock.readLock().lock();
        try {
            if (closed) {
                throw new CancellationException("the build stopped; " + address + " is not written");
            }
            Path folder = target.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            Files.write(target, bytes);
            hashes.put(address, digest);
            // under the lock too: once close returns, no render thread still writes into the cache
            copies.accept(digest, bytes);
        } catch (IOException e) {
            throw failure(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * A path for a file the build needs while it runs (rendered bodies: see the pipeline), beside
     * the staging folder and never published: on the output's disk, removed when this writer
     * closes, and by the next build when a killed one left it. Nothing is made there yet.
     */
    public Path scratchFile(String what) {
        Path file = staging.resolveSibling("." + output.getFileName() + SCRATCH + what + "-"
                + Long.toHexString(RANDOM.nextLong()));
        scratch.add(file);
        return file;
    }

    /** Has every file written from now on also given to {@code copies}, with its {@link FileDigest}. */
    public void keepCopies(BiConsumer<byte[], byte[]> copies) {
        this.copies = copies;
    }

    /** Address → {@link FileDigest} of every file written so far. */
    public Map<String, byte[]> digests() {
        return new TreeMap<>(hashes);
    }

    public void copy(String address, Path source) {
        try {
            write(address, Files.readAllBytes(source));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** A digest of every file written so far, by address: the same content, the same id. */
    public String contentId() {
        return contentId(hashes);
    }

    /**
     * The id of a site with these files (address → {@link FileDigest}), as {@link #contentId()}
     * makes it: SHA-256 of the list of addresses and digests, a few hundred bytes a file.
     */
    public static String contentId(Map<String, byte[]> files) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
            digest.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(e.getValue());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    public int fileCount() {
        return hashes.size();
    }

    /**
     * Swaps the new site in: the old one is moved aside, the new one renamed into place.
     *
     * @return where files we did not write were kept ({@code --force} on a foreign folder)
     */
    public Optional<Path> publish() {
        try {
            Path retired = null;
            if (Files.exists(output)) {
                retired = folder.keepOldAside()
                        ? output.resolveSibling(output.getFileName() + KEPT + KEPT_STAMP.format(LocalDateTime.now()))
                        : output.resolveSibling("." + output.getFileName() + RETIRED + System.currentTimeMillis());
                move(output, retired);
            }
            if (HALT_IN_SWAP) {
                Runtime.getRuntime().halt(137);
            }
            try {
                move(staging, output);
            } catch (IOException e) {
                if (retired != null) {
                    move(retired, output);
                }
                throw e;
            }
            published = true;
            if (retired != null && folder.keepOldAside()) {
                return Optional.of(retired);
            }
            if (retired != null) {
                deleteTree(retired);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
        } finally {
            lock.writeLock().unlock();
        }
        try {
            for (Path file : scratch) {
                Files.deleteIfExists(file);
            }
            if (!published) {
                deleteTree(staging);
            }
        } catch (IOException e) {
            // the next build removes stale staging folders
        } finally {
            outputLock.close();
        }
    }

    /**
     * Runs under the lock, so every staging folder found is a dead build's. A swap cut off
     * between its two renames left the old site aside and no site: put the newest back.
     */
    private static void recover(Path out) throws IOException {
        Path parent = out.getParent();
        String name = out.getFileName().toString();
        List<Path> retired = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + "*")) {
            for (Path p : siblings) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + RETIRED)) {
                    retired.add(p);
                } else if (n.startsWith("." + name + STAGING) || n.startsWith("." + name + SCRATCH)) {
                    deleteTree(p);
                }
            }
        }
        retired.sort(Comparator.comparingLong(SiteWriter::retiredAt));
        if (!retired.isEmpty() && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            move(retired.remove(retired.size() - 1), out);
        }
        for (Path p : retired) {
            deleteTree(p);
        }
    }

    private static long retiredAt(Path p) {
        String n = p.getFileName().toString();
        try {
            return Long.parseLong(n.substring(n.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private PublishException failure(IOException e) {
        return new PublishException("写入网站文件时出错（" + reason(e) + "）：请检查“" + output.getParent()
                + "”的写入权限和磁盘空间。原来的网站没有改动。", e);
    }

    private static String reason(IOException e) {
        String type = e.getClass().getSimpleName();
        if (type.equals("AccessDeniedException")) {
            return "没有写入权限：" + e.getMessage();
        }
        if (type.equals("FileSystemException") && String.valueOf(e.getMessage()).contains("Read-only")) {
            return "文件系统是只读的";
        }
        if (String.valueOf(e.getMessage()).contains("No space")) {
            return "磁盘空间不足";
        }
        if (String.valueOf(e.getMessage()).contains("File name too long")) {
            return "文件名太长：" + e.getMessage();
        }
        return type + ": " + e.getMessage();
    }
}
