package org.branchpress.render;

import java.util.List;
import java.util.Map;

/** What screen templates see: texts already shortened to fit, image addresses, no names of absentees. */
public final class ScreenViews {
    private ScreenViews() {
    }

    /**
     * A whole screen page, or one slide of it for the no-script chain.
     *
     * @param root     the way back to the site's root
     * @param buildDay ISO day of the build, for players whose clock is wrong
     */
    public record ScreenPage(String root, String lang, String siteTitle, String screenTitle, String orientation,
                             String buildDay, String buildDayLabel, String reloadHours, List<SlideView> slides, List<TickerLine> ticker,
                             String fallbackSubtitle, boolean single, String next, boolean redirect,
                             Map<String, String> l) {
    }

    /**
     * One line of the ticker, whole.
     *
     * @param landscape seconds it takes to scroll past on a landscape panel, where it is wider than
     *                  the screen; 0 when it fits there
     * @param portrait  the same on a portrait panel
     * @param scroll    the seconds the page's own orientation needs (the other's when it fits there)
     */
    public record TickerLine(String text, int landscape, int portrait, int scroll) {
    }

    /**
     * {@code screen/preview.html}: every screen's slides for the build day, in order, each a
     * thumbnail of its own still page, with what the officer should look at.
     */
    public record Preview(List<PreviewScreen> screens) {
    }

    /**
     * @param orientation 横屏 or 竖屏
     * @param layout      landscape or portrait: the thumbnails' shape
     * @param loop        how long one loop of the rotation takes, as words ("3 分 20 秒")
     */
    public record PreviewScreen(String id, String title, String orientation, String layout, String loop,
                                List<PreviewSlide> slides) {
    }

    /**
     * @param page  the slide's still page, from the preview ({@code lobby/preview-3.html})
     * @param when  its date window and hours as words, null when always
     * @param notes what the officer should look at: text shortened, a photo missing
     */
    public record PreviewSlide(int number, String kind, String seconds, String when, String page,
                               List<String> notes) {
    }

    /**
     * @param kind  honors, activity, case, stats, page, image or video
     * @param hours "08:00-10:00": the part of the day it shows by the player's clock; null: all day
     * @param image true when the slide's pictures load only while it shows (the rotating page)
     * @param branch on a 党总支's screen, the branch (or the 总支) the slide's item comes from; null: the site's own
     */
    public record SlideView(int number, String kind, int seconds, String from, String until, String hours, boolean first,
                            boolean lazy, Object content, List<String> notes, String branch) {
    }

    /** @param twoLines the name takes two lines of a landscape card (its citation two instead of three) */
    public record Card(String name, String unit, String citation, String photo, Views.Portrait portrait,
                       boolean team, boolean twoLines) {
    }

    public record Honors(String title, String series, String period, String part, List<Card> cards) {
    }

    public record Activity(String title, String date, String type, String location, String rate, String photo,
                           String summary) {
    }

    /**
     * @param badge the slide's label: 典型案例, marked as continued on the slide of a case's cover after its text
     * @param photo the cover's address, null without one
     */
    public record Case(String badge, String title, String date, String source, String summary, Qr qr, String photo) {
    }

    /** A QR code as one SVG path over a square of {@code size} modules. */
    public record Qr(String path, int size, String caption) {
    }

    public record Bar(String label, int count, int percent) {
    }

    /** @param compliance 三会一课 按期落实率, null before any period could be judged */
    public record Stats(String title, int activities, int honorRolls, String compliance, List<Bar> bars) {
    }

    /**
     * @param share  the share of members who completed every goal ("62.5%")
     * @param done   how many did, of how many ("16 人中 10 人全部完成")
     * @param of     what each bar's count is out of ("共 16 人")
     * @param bars   per goal, how many members reached it
     */
    public record Targets(String title, String share, String done, String of, List<Bar> bars) {
    }

    /**
     * A 党总支's branches compared ({@code stats: {by: branch}}).
     *
     * @param activities the activities of every branch that year
     * @param compliance every branch's 三会一课 periods held of judged, as a share ("91.7%"), null: none judged
     * @param bars       per branch: its share as the bar, the figures beside it
     */
    public record BranchStats(String title, int activities, String compliance, String of, List<BranchBar> bars) {
    }

    /** @param figure what the bar stands for, in words: "91.7%（11/12）", or — when nothing was judged */
    public record BranchBar(String label, String figure, int percent) {
    }

    public record Page(String title, String text) {
    }

    public record Image(String src, String alt) {
    }

    /**
     * @param band   the words of its band: 紧急通知 or 通知
     * @param window its days in words (6月20日至6月27日)
     */
    public record Notice(String title, String text, String window, String band, boolean urgent) {
    }

    /**
     * @param poster the poster's address, null without one
     * @param limit  seconds the video may play before the next slide
     */
    public record Video(String src, String poster, String alt, int limit) {
    }
}
