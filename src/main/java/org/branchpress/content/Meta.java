package org.branchpress.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The fields every content file may have (CONTENT-FORMAT.md, "Fields every content file may have").
 *
 * @param slug  the last part of the page's address, ASCII
 * @param cover content-relative path of the cover image
 */
public record Meta(
        String title,
        Optional<LocalDate> date,
        String slug,
        List<String> tags,
        Optional<String> summary,
        Optional<String> cover,
        boolean draft,
        Optional<ReviewStatus> status,
        Optional<String> reviewer,
        Optional<String> approver,
        boolean screen,
        Optional<LocalDate> showFrom,
        Optional<LocalDate> showUntil,
        Lines lines) {

    /**
     * Where the title and the summary are written in the file, for problems found after the
     * file's text is gone (a title too long for the screens); 1 when not written there.
     */
    public record Lines(int title, int summary) {
    }
}
