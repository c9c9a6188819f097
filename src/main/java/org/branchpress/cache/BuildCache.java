package org.branchpress.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.branchpress.problem.Problem;
import org.branchpress.problem.Severity;

/**
 * The persistent build cache, in {@value #FOLDER} beside the output folder: for each input key
 * ({@link InputDigest}) a manifest of the site it gave (every file's address and digest, the
 * counts and warnings), and the files themselves stored once by digest. The file digest is the
 * one the site writer names files by (given to {@link #beside}), so a replay hands each file to
 * the writer with the digest it would have computed. A build of unchanged
 * content replays the manifest instead of building.
 *
 * <p>It is safe to delete at any time. Nothing read from it is trusted: a manifest carries its
 * own digest, each file is checked against the digest it is stored under, and anything that does
 * not match is a miss, so the build runs as if there were no cache. Every file is written to a
 * temporary name and renamed, so two builds at once never see each other's half-written files.
 */
public final class BuildCache {
    public static final String FOLDER = ".branchpress-cache";
    static final int FORMAT = 2;
    /** Manifests kept: a few recent states of the content (an edit undone hits again). */
    private static final int KEEP = 4;
    /** A stored file younger than this may belong to a build still running: never pruned. */
    private static final long PRUNE_AFTER_MILLIS = 10 * 60 * 1000;
    /** A note unread this long goes: its photo's files are kept by the manifests that publish them. */
    private static final long NOTES_KEPT_MILLIS = 30L * 24 * 60 * 60 * 1000;
    private static final int MAGIC = 0x42504332; // "BPC2": file digests of any length (BPC1: SHA-256)
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final UnaryOperator<byte[]> fileDigest;

    private BuildCache(Path root, UnaryOperator<byte[]> fileDigest) {
        this.root = root;
        this.fileDigest = fileDigest;
    }

    /**
     * The cache of builds into this output folder.
     *
     * @param fileDigest the digest a file of the site is stored under and checked against
     */
    public static BuildCache beside(Path output, UnaryOperator<byte[]> fileDigest) {
        return new BuildCache(output.toAbsolutePath().normalize().resolveSibling(FOLDER), fileDigest);
    }

    public Path folder() {
        return root;
    }

    /**
     * What a finished build made, as a manifest stores it.
     *
     * @param counts   the build's counts, in the pipeline's order
     * @param files    address → digest of every file of the site
     */
    public record Manifest(int[] counts, List<Problem> warnings, String buildId, Map<String, byte[]> files) {
    }

    /** The manifest stored for this key; empty when there is none or it is damaged. */
    public Optional<Manifest> manifest(String key) {
        Path file = manifestFile(key);
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException missing) {
            return Optional.empty();
        }
        if (all.length < 32) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(all, all.length - 32);
        if (!MessageDigest.isEqual(InputDigest.sha256().digest(body), Arrays.copyOfRange(all, body.length, all.length))) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(body))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int[] counts = new int[in.readInt()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = in.readInt();
            }
            String buildId = in.readUTF();
            List<Problem> warnings = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                warnings.add(new Problem(in.readUTF(), in.readInt(), in.readInt(), Severity.valueOf(in.readUTF()),
                        in.readUTF(), in.readUTF()));
            }
            Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String address = in.readUTF();
                byte[] digest = new byte[in.readUnsignedByte()];
                in.readFully(digest);
                files.put(address, digest);
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis())); // used: kept longest
            return Optional.of(new Manifest(counts, List.copyOf(warnings), buildId, files));
        } catch (IOException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }

    /** A stored file's bytes, checked against its digest; empty when missing or damaged. */
    public Optional<byte[]> file(byte[] digest) {
        try {
            byte[] bytes = Files.readAllBytes(blob(digest));
            if (MessageDigest.isEqual(fileDigest.apply(bytes), digest)) {
                return Optional.of(bytes);
            }
            Files.deleteIfExists(blob(digest)); // damaged: the next build stores it again
            return Optional.empty();
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    /**
     * Stores one file of a site under its digest, unless it is there already; safe to call from
     * several threads and processes. A cache that cannot be written is no cache, never a failed
     * build: the error is swallowed.
     */
    public void keep(byte[] digest, byte[] bytes) {
        Path target = blob(digest);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                Files.setLastModifiedTime(target, FileTime.fromMillis(System.currentTimeMillis()));
                return;
            }
            Files.createDirectories(target.getParent());
            writeAtomically(target, bytes);
        } catch (IOException | RuntimeException unwritable) {
            // no cache entry: the next build builds
        }
    }

    /** Stores the manifest of a finished build, then drops the oldest manifests and unused files. */
    public void save(String key, Manifest manifest) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeUTF(key);
                out.writeInt(manifest.counts().length);
                for (int c : manifest.counts()) {
                    out.writeInt(c);
                }
                out.writeUTF(manifest.buildId());
                out.writeInt(manifest.warnings().size());
                for (Problem p : manifest.warnings()) {
                    out.writeUTF(p.file());
                    out.writeInt(p.line());
                    out.writeInt(p.column());
                    out.writeUTF(p.severity().name());
                    out.writeUTF(p.rule());
                    out.writeUTF(p.message());
                }
                out.writeInt(manifest.files().size());
                for (Map.Entry<String, byte[]> e : manifest.files().entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeByte(e.getValue().length);
                    out.write(e.getValue());
                }
            }
            byte[] body = bytes.toByteArray();
            byte[] all = Arrays.copyOf(body, body.length + 32);
            System.arraycopy(InputDigest.sha256().digest(body), 0, all, body.length, 32);
            Path file = manifestFile(key);
            Files.createDirectories(file.getParent());
            writeAtomically(file, all);
            prune();
        } catch (IOException | RuntimeException unwritable) {
            // a message over 64 KB, a full disk: this build is simply not cached
        }
    }

    /**
     * A small record stored under {@code key} (what was made of one photo), checked by its
     * SHA-256 like a manifest; empty when missing or damaged. Reading it keeps it young.
     */
    public Optional<byte[]> note(String key) {
        Path file = root.resolve("notes").resolve(key);
        try {
            byte[] all = Files.readAllBytes(file);
            if (all.length < 32) {
                return Optional.empty();
            }
            byte[] body = Arrays.copyOf(all, all.length - 32);
            if (!MessageDigest.isEqual(InputDigest.sha256().digest(body), Arrays.copyOfRange(all, body.length, all.length))) {
                return Optional.empty();
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(body);
        } catch (IOException | RuntimeException missing) {
            return Optional.empty();
        }
    }

    /** Stores a note; like {@link #keep}, a cache that cannot be written is swallowed. */
    public void note(String key, byte[] body) {
        Path file = root.resolve("notes").resolve(key);
        byte[] all = Arrays.copyOf(body, body.length + 32);
        System.arraycopy(InputDigest.sha256().digest(body), 0, all, body.length, 32);
        try {
            Files.createDirectories(file.getParent());
            writeAtomically(file, all);
        } catch (IOException | RuntimeException unwritable) {
            // not noted: the next build makes it again
        }
    }

    /** Keeps the newest {@link #KEEP} manifests and the files they name (and any file still young). */
    private void prune() throws IOException {
        Path manifests = root.resolve("manifests");
        List<Path> all;
        try (Stream<Path> list = Files.list(manifests)) {
            all = new ArrayList<>(list.filter(p -> !p.getFileName().toString().startsWith(".")).toList());
        }
        if (all.size() <= KEEP) {
            return;
        }
        all.sort(Comparator.comparing(BuildCache::modified).reversed());
        for (Path old : all.subList(KEEP, all.size())) {
            Files.deleteIfExists(old);
        }
        Set<String> used = new HashSet<>();
        for (Path kept : all.subList(0, KEEP)) {
            String key = kept.getFileName().toString();
            manifest(key).ifPresent(m -> m.files().values().forEach(d -> used.add(HexFormat.of().formatHex(d))));
        }
        long before = System.currentTimeMillis() - PRUNE_AFTER_MILLIS;
        Path notes = root.resolve("notes");
        if (Files.isDirectory(notes)) {
            try (DirectoryStream<Path> all2 = Files.newDirectoryStream(notes)) {
                for (Path n : all2) {
                    if (modified(n) < System.currentTimeMillis() - NOTES_KEPT_MILLIS) {
                        Files.deleteIfExists(n);
                    }
                }
            }
        }
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(root.resolve("files"))) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path f : files) {
                        if (!used.contains(f.getFileName().toString()) && modified(f) < before) {
                            Files.deleteIfExists(f);
                        }
                    }
                }
            }
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException gone) {
            return 0;
        }
    }

    private Path manifestFile(String key) {
        return root.resolve("manifests").resolve(key);
    }

    private Path blob(byte[] digest) {
        String hex = HexFormat.of().formatHex(digest);
        return root.resolve("files").resolve(hex.substring(0, 2)).resolve(hex);
    }

    /** A temporary name in the same folder, then a rename: readers see the old file or the new one whole. */
    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()));
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
