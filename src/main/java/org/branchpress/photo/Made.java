package org.branchpress.photo;

import java.util.Map;

/** What became of one picture file: re-encoded, copied as it is, or left out of the site. */
public sealed interface Made {

    /** The file of content/ it was made from. */
    PhotoSource source();

    /**
     * Re-encoded without metadata, upright, at its widths.
     *
     * @param files         every published copy: address → bytes; none when only measured
     *                      ({@link PhotoMaker#measure}, for check)
     * @param located       it carried GPS coordinates (now gone)
     * @param hadMetadata   it carried EXIF, XMP, IPTC or text chunks (now gone)
     * @param originalBytes the size of the file in content/
     */
    record Published(PhotoSource source, Photo photo, Map<String, byte[]> files, boolean located,
                     boolean hadMetadata, long originalBytes) implements Made {
        public Published {
            files = Map.copyOf(files);
        }

        public long publishedBytes() {
            return files.values().stream().mapToLong(b -> b.length).sum();
        }

        /**
         * Without the narrower copies whose address is taken by a file of content/ ({@code a-240w.jpg}
         * written by the officer): that file is published as the officer's, never overwritten.
         */
        public Published without(java.util.Set<String> taken) {
            java.util.List<Photo.Variant> kept = photo.variants().stream()
                    .filter(v -> v.address().equals(photo.address()) || !taken.contains(v.address())).toList();
            if (kept.size() == photo.variants().size()) {
                return this;
            }
            Map<String, byte[]> keptFiles = new java.util.LinkedHashMap<>();
            kept.stream().filter(v -> files.containsKey(v.address())) // measured by check: no files
                    .forEach(v -> keptFiles.put(v.address(), files.get(v.address())));
            return new Published(source, new Photo(photo.address(), kept), keptFiles, located, hadMetadata, originalBytes);
        }
    }

    /** Not a photo (SVG, video, PDF), or a picture format that carries no metadata: published as it is. */
    record Copied(PhotoSource source) implements Made {
    }

    /**
     * Never published: a picture too large, broken, or in a format that cannot be re-encoded
     * and that carries metadata. Publishing it as it is would publish what it hides.
     *
     * @param message the warning, in Chinese, with the fix
     */
    record LeftOut(PhotoSource source, String message, boolean located) implements Made {
    }
}
