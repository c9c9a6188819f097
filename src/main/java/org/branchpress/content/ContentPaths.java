package org.branchpress.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Resolves a path written in content (front matter or Markdown) to a path inside content/.
 * Paths are relative to the file that names them, or start with {@code media/} for the
 * shared folder. Nothing may leave content/.
 */
public final class ContentPaths {
    private ContentPaths() {
    }

    /**
     * @param folder the naming file's folder inside content/ ({@code cases/}), "" at the top
     * @return the normalised content-relative path, or empty when it leaves content/
     */
    public static Optional<String> resolve(String folder, String written) {
        String path = decode(written.strip()).replace('\\', '/');
        if (path.startsWith("/")) {
            return Optional.empty();
        }
        String joined = path.startsWith("media/") ? path : folder + path;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    /** Markdown links may be percent-encoded ({@code %E5%9B%BE.jpg}); file names are not. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }
}
