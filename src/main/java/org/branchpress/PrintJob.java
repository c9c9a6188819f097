package org.branchpress;

import java.util.Optional;

/** What {@code print} makes: a poster, the yearly brochure, or a 公示. */
public sealed interface PrintJob {

    /**
     * One honor roll on one sheet, also as a PNG for the WeChat group.
     *
     * @param file the roll's file, as typed ({@code honors/x.md} or {@code content/honors/x.md})
     * @param kind else the newest roll of this award series ({@code 月度之星})
     * @param a3   A3 instead of A4
     */
    record Poster(Optional<String> file, Optional<String> kind, boolean a3, boolean landscape) implements PrintJob {
    }

    /** The 画册 of a year. */
    record Brochure(int year) implements PrintJob {
    }

    /** The 公示 of a year: the member targets' (one, or the one named), else participation. */
    record Notice(int year, Optional<String> target) implements PrintJob {
    }
}
