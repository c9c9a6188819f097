package org.branchpress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.branchpress.cache.BuildCache;
import org.branchpress.photo.Made;
import org.branchpress.photo.Photo;
import org.branchpress.photo.PhotoMaker;
import org.branchpress.photo.PhotoSource;
import org.branchpress.publish.FileDigest;

/**
 * Where a photo's copies come from when its file has not changed: decoding and encoding a
 * phone photo takes a few hundred milliseconds, and most builds change no photo. {@code serve}
 * keeps them in memory by the file's size and time; {@code build} keeps them in the build cache
 * by the digest of the file's bytes (a note per photo, the copies among the site's files, so the
 * cache's own pruning keeps what the last builds published). Either way the key holds the
 * maker's version and settings, so a new version or {@code keep_original} makes them again.
 */
abstract class PhotoCopies {

    /** Every photo made anew (check). */
    static PhotoCopies none() {
        return new PhotoCopies() {
            @Override
            Made make(String makerKey, Function<PhotoSource, Made> maker, PhotoSource source) {
                return maker.apply(source);
            }
        };
    }

    /**
     * check: every photo measured, none made ({@link PhotoMaker#measure}): the same problems and
     * the same widths for the pages as a build, without decoding and encoding every photo.
     */
    static PhotoCopies measured() {
        return new PhotoCopies() {
            @Override
            Made make(String makerKey, Function<PhotoSource, Made> maker, PhotoSource source) {
                return maker.apply(source);
            }

            @Override
            Made make(PhotoMaker maker, PhotoSource source) {
                return maker.measure(source);
            }
        };
    }

    /** serve: by the file's size and modification time, in memory. */
    static PhotoCopies inMemory() {
        return new PhotoCopies() {
            private final Map<String, Made> kept = new ConcurrentHashMap<>();

            @Override
            Made make(String makerKey, Function<PhotoSource, Made> maker, PhotoSource source) {
                String key;
                try {
                    BasicFileAttributes a = Files.readAttributes(source.file(), BasicFileAttributes.class);
                    key = source.file() + "\n" + a.size() + "\n" + a.lastModifiedTime().toMillis() + "\n"
                            + source.address() + "\n" + makerKey;
                } catch (IOException gone) {
                    return maker.apply(source);
                }
                return kept.computeIfAbsent(key, k -> maker.apply(source));
            }
        };
    }

    /** build: by the file's bytes, in the build cache. */
    static PhotoCopies in(BuildCache cache) {
        return new PhotoCopies() {
            @Override
            Made make(String makerKey, Function<PhotoSource, Made> maker, PhotoSource source) {
                if (!PhotoMaker.isPicture(source.address())) {
                    return maker.apply(source);
                }
                String key;
                try {
                    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                    sha.update((makerKey + "\n" + source.address() + "\n").getBytes(StandardCharsets.UTF_8));
                    key = HexFormat.of().formatHex(sha.digest(Files.readAllBytes(source.file())));
                } catch (IOException | java.security.NoSuchAlgorithmException | OutOfMemoryError unreadable) {
                    return maker.apply(source);
                }
                Optional<Made> known = cache.note(key).flatMap(note -> read(note, source, cache));
                if (known.isPresent()) {
                    return known.get();
                }
                Made made = maker.apply(source);
                if (made instanceof Made.Published p) {
                    p.files().forEach((address, bytes) -> cache.keep(FileDigest.of(bytes), bytes));
                }
                cache.note(key, write(made));
                return made;
            }
        };
    }

    /** What {@code maker} makes of {@code source}, or what it made of the same file before. */
    Made make(PhotoMaker maker, PhotoSource source) {
        return make(maker.key(), maker::make, source);
    }

    /** @param makerKey what the copies depend on besides the file ({@link PhotoMaker#key()}) */
    abstract Made make(String makerKey, Function<PhotoSource, Made> maker, PhotoSource source);

    private static byte[] write(Made made) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (made instanceof Made.Published p) {
                out.writeByte('P');
                out.writeBoolean(p.located());
                out.writeBoolean(p.hadMetadata());
                out.writeLong(p.originalBytes());
                out.writeInt(p.photo().variants().size());
                for (Photo.Variant v : p.photo().variants()) {
                    out.writeInt(v.width());
                    out.writeInt(v.height());
                    out.writeUTF(v.address());
                    out.write(FileDigest.of(p.files().get(v.address())));
                }
            } else if (made instanceof Made.LeftOut l) {
                out.writeByte('L');
                out.writeBoolean(l.located());
                out.writeUTF(l.message());
            } else {
                out.writeByte('C');
            }
        } catch (IOException inMemory) {
            throw new java.io.UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }

    /** The note read back; empty when it is damaged or a copy it names is no longer stored. */
    private static Optional<Made> read(byte[] note, PhotoSource source, BuildCache cache) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(note))) {
            int kind = in.readByte();
            if (kind == 'C') {
                return Optional.of(new Made.Copied(source));
            }
            if (kind == 'L') {
                boolean located = in.readBoolean();
                return Optional.of(new Made.LeftOut(source, in.readUTF(), located));
            }
            boolean located = in.readBoolean();
            boolean hadMetadata = in.readBoolean();
            long originalBytes = in.readLong();
            List<Photo.Variant> variants = new ArrayList<>();
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                Photo.Variant v = new Photo.Variant(in.readInt(), in.readInt(), in.readUTF());
                byte[] digest = new byte[FileDigest.LENGTH];
                in.readFully(digest);
                Optional<byte[]> bytes = cache.file(digest);
                if (bytes.isEmpty()) {
                    return Optional.empty();
                }
                variants.add(v);
                files.put(v.address(), bytes.get());
            }
            return Optional.of(new Made.Published(source, new Photo(source.address(), variants), files, located,
                    hadMetadata, originalBytes));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }
}
