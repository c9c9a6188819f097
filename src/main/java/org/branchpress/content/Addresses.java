package org.branchpress.content;

import java.nio.charset.StandardCharsets;

import org.branchpress.source.ContentKind;

/**
 * The site's address scheme, in one place. Every address is a path from the site's root to
 * a file ({@code cases/x/index.html}, never {@code cases/x/}) so pages work from any
 * sub-path and from {@code file://}; pages turn them into relative links with {@link #relative}.
 */
public final class Addresses {
    private Addresses() {
    }

    public static String page(ContentKind kind, String slug) {
        return kind.folder() + "/" + slug + "/index.html";
    }

    public static String section(ContentKind kind, int pageNumber) {
        return kind.folder() + "/" + (pageNumber <= 1 ? "index.html" : "index-" + pageNumber + ".html");
    }

    /** Where an asset of content/ is copied: media/ keeps its path, others go under files/. */
    public static String asset(String contentRelative) {
        return contentRelative.startsWith("media/") ? contentRelative : "files/" + contentRelative;
    }

    /** {@code ../} repeated for each folder of {@code fromFile}: the way back to the root. */
    public static String root(String fromFile) {
        int depth = 0;
        for (int i = 0; i < fromFile.length(); i++) {
            if (fromFile.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** A link from the page at {@code fromFile} to {@code target}, both root paths. */
    public static String relative(String fromFile, String target) {
        return root(fromFile) + encodePath(target);
    }

    /** Percent-encodes a path for href/src, keeping its slashes and unreserved ASCII. */
    public static String encodePath(String path) {
        StringBuilder out = null;
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean keep = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '_' || b == '.' || b == '~' || b == '/';
            if (!keep && out == null) {
                out = new StringBuilder(path.length() + 16);
                out.append(new String(bytes, 0, i, StandardCharsets.UTF_8));
            }
            if (out != null) {
                if (keep) {
                    out.append((char) b);
                } else {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        }
        return out == null ? path : out.toString();
    }
}
