package org.branchpress.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The key of a cached build: a digest of everything its output can depend on. The tool's own
 * code (the jar, or the class folder when run from tests), the options, the machine's locale
 * and time zone, and every file of the folders read, path and bytes. Anything left out would
 * let a changed input replay an old site, so when in doubt a thing goes in: a needless miss
 * only costs a build.
 */
public final class InputDigest {
    private final MessageDigest digest = sha256();

    public InputDigest() {
        text("branchpress-cache-" + BuildCache.FORMAT);
        text(CodeDigest.VALUE);
        text(java.util.Locale.getDefault().toLanguageTag());
        text(java.util.TimeZone.getDefault().getID());
    }

    /** An option or setting, by name and value. */
    public InputDigest option(String name, Object value) {
        text(name);
        text(String.valueOf(value));
        return this;
    }

    /**
     * Every file under a folder, by its path relative to the folder and its bytes, in sorted
     * order; where the folder and each link really lead, too. A folder that is not there counts
     * as such.
     */
    public InputDigest folder(String name, Path folder) {
        text(name);
        if (!Files.isDirectory(folder)) {
            text("(none)");
            return this;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            Path root = folder.toRealPath();
            text(root.toString());
            for (Path p : walk.sorted().toList()) {
                text(folder.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    text("-> " + p.toRealPath());
                }
                if (Files.isRegularFile(p)) {
                    byte[] bytes = Files.readAllBytes(p);
                    text(String.valueOf(bytes.length));
                    digest.update(bytes);
                } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    text("(not a file)");
                }
            }
        } catch (IOException e) {
            // an unreadable file: the build reports it; a key that never matches keeps it from the cache
            text("(unreadable " + System.nanoTime() + ")");
        }
        return this;
    }

    /** The key, as the file names of the cache spell it. */
    public String key() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void text(String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest of the running code, made once per process: a new jar never replays an old build. */
    private static final class CodeDigest {
        static final String VALUE = compute();

        private static String compute() {
            MessageDigest digest = sha256();
            try {
                Path code = Path.of(InputDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                List<Path> files;
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    digest.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(f));
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // no way to know the code: a digest no other process shares, so nothing is reused
                digest.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        private CodeDigest() {
        }
    }
}
