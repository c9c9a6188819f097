package org.branchpress.photo;

import java.util.List;

/**
 * A photo as the site publishes it: re-encoded without metadata, turned upright, at the widths
 * the pages ask for. The file at the photo's own address is the widest published copy, so every
 * link to it (a page, a feed, a download link in a body) keeps working.
 *
 * @param address  the photo's own address in the site ({@code media/2024/a.jpg})
 * @param variants every published copy, narrowest first; the last is at {@code address}
 */
public record Photo(String address, List<Variant> variants) {

    /** One published copy. */
    public record Variant(int width, int height, String address) {
    }

    public Photo {
        variants = List.copyOf(variants);
    }

    /** The widest copy: the one at the photo's own address. */
    public Variant widest() {
        return variants.get(variants.size() - 1);
    }
}
