package org.branchpress.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.branchpress.problem.SourcePosition;

/**
 * A TV display of site.yaml's {@code screens:}: what it shows, in which order, how long.
 *
 * @param seconds per slide, unless a playlist item says otherwise
 */
public record Screen(String id, String title, Orientation orientation, int seconds, List<String> ticker,
                     List<PlaylistItem> playlist) {

    public enum Orientation {
        LANDSCAPE("landscape", 1920, 1080), PORTRAIT("portrait", 1080, 1920);

        private final String key;
        private final int width;
        private final int height;

        Orientation(String key, int width, int height) {
            this.key = key;
            this.width = width;
            this.height = height;
        }

        public String key() {
            return key;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }

        public static Optional<Orientation> of(String key) {
            for (Orientation o : values()) {
                if (o.key.equals(key)) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }
    }

    /** Where a playlist item's slides come from. */
    public enum Source {
        HONORS("honors"), ACTIVITIES("activities"), CASES("cases"), STATS("stats"), PAGE("page"), IMAGE("image"),
        VIDEO("video");

        private final String key;

        Source(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Source> of(String key) {
            for (Source s : values()) {
                if (s.key.equals(key)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One entry of a playlist.
     *
     * @param latest how many of the newest items (honors, activities, cases)
     * @param kind   honors only: the award series to show
     * @param src    page: the page's content path; image, video: the file's content path
     * @param poster video: the picture shown before it plays, and instead of it on a player that
     *               cannot play it or runs no script
     * @param seconds how long the slide shows; a video's slide ends earlier when the video does
     * @param at     where the item is written in site.yaml, for problems found later
     * @param reach  a 党总支's screen: the branches whose items it shows besides the 总支's own
     * @param byBranch stats only ({@code by: branch}): a 党总支's branches compared, instead of its own figures
     */
    public record PlaylistItem(Source source, int latest, Optional<String> kind, Optional<String> src,
                               Optional<String> poster, Optional<Integer> seconds, Optional<LocalDate> from, Optional<LocalDate> until,
                               Optional<DayPart> hours, SourcePosition at, Reach reach, boolean byBranch) {

        /** An item of the site's own content. */
        public PlaylistItem(Source source, int latest, Optional<String> kind, Optional<String> src,
                            Optional<String> poster, Optional<Integer> seconds, Optional<LocalDate> from,
                            Optional<LocalDate> until, Optional<DayPart> hours, SourcePosition at) {
            this(source, latest, kind, src, poster, seconds, from, until, hours, at, Reach.OWN, false);
        }
    }

    /**
     * {@code branches: all} or {@code branches: [yishi, ershi]} on a 党总支 screen's honors,
     * activities or cases: the newest items of the 总支's own content and of these branches
     * taken together.
     *
     * @param ids the branches named, in the order written; empty with {@code all}
     * @param at  where {@code branches:} is written, for the check against the 总支's branches
     */
    public record Reach(boolean all, List<String> ids, Optional<SourcePosition> at) {
        public static final Reach OWN = new Reach(false, List.of(), Optional.empty());

        public boolean own() {
            return !all && ids.isEmpty();
        }

        public boolean includes(String id) {
            return all || ids.contains(id);
        }
    }

    /**
     * {@code hours: "08:00-10:00"}: the part of each day a slide shows, by the player's clock;
     * a part that ends before it starts runs past midnight ({@code "22:00-06:00"}).
     *
     * @param from minutes after midnight of the first minute shown
     * @param to   minutes after midnight of the first minute no longer shown
     */
    public record DayPart(int from, int to) {
        /** As the page carries it: {@code 08:00-10:00}. */
        public String text() {
            return String.format("%02d:%02d-%02d:%02d", from / 60, from % 60, to / 60, to % 60);
        }
    }
}
