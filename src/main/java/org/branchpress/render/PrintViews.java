package org.branchpress.render;

import java.util.List;

/**
 * What the print templates ({@code templates/print/}) see. Sizes are worked out here, from
 * the paper and the number of entries, so a template only places them; image addresses are
 * {@code file:} URIs of the content's files, which the PDF renderer reads.
 */
public final class PrintViews {
    private PrintViews() {
    }

    /**
     * One honor roll on one sheet.
     *
     * @param paper   the CSS page size, {@code A4} or {@code A3 landscape}
     * @param layout  {@code single} (one entry), {@code cards} (up to 12, with citations) or
     *                {@code grid} (more: photo, name and unit only, the citations are on the portal)
     * @param rows    the entries, {@code columns} to a row
     * @param sizes   the body's type and picture sizes at the scale that fills the sheet
     */
    public record Poster(String lang, String paper, String branch, String title, String period, String issuer,
                         String date, String lead, String layout, int columns, List<List<Entry>> rows,
                         Sizes sizes, java.util.Map<String, String> l) {
    }

    /**
     * @param photo   a file: URI, or null when the generated portrait stands in
     * @param members a team's members joined with 、, else null
     * @param letters the portrait's type size: a person's two characters, or a team's lines so the longest fits
     */
    public record Entry(String name, String unit, String photo, Views.Portrait portrait, String letters,
                        String citation, String members) {
    }

    /**
     * Sizes in millimetres (pictures, the column) and points (type).
     *
     * @param vertical the picture above the words (narrow columns), else beside them
     */
    public record Sizes(String column, String photoWidth, String photoHeight, String name, String unit,
                        String citation, String title, String subtitle, boolean vertical) {
    }

    /** The yearly 画册. */
    public record Brochure(String lang, String branch, String subtitle, int year, String title, String date,
                           List<Chapter> chapters, List<Article> cases, List<Roll> honors,
                           List<Happening> activities, List<Happening> others, Stats stats,
                           java.util.Map<String, String> l) {
    }

    /** A line of the contents: its anchor, and the entries under it (the cases, the rolls). */
    public record Chapter(String id, String title, List<Views.Link> entries) {
    }

    /** A case: its rendered body with pictures pointing at the content's files. */
    public record Article(String id, String title, String date, String origin, String html) {
    }

    public record Roll(String id, String title, String period, String issuer, List<Entry> entries) {
    }

    public record Happening(String title, String date, String type, String location, String rate, String summary,
                            List<String> photos) {
    }

    /**
     * The year's 三会一课 table and chart.
     *
     * @param bars the chart's bars, in the chart's own units (its width and height), drawn as boxes
     */
    public record Stats(String lead, StatsViews.YearView year) {
    }

    /** A 公示: a title, a lead, one table, the issuer and the day. */
    public record Notice(String lang, String title, String lead, List<String> columns, List<List<String>> rows,
                         String summary, String issuer, String date, java.util.Map<String, String> l) {
    }
}
