package org.branchpress.site;

import java.util.HashSet;
import java.util.Set;

import org.branchpress.markdown.Summaries;
import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;

/**
 * How much text each part of a TV slide holds, and how a longer text is shortened: at its last
 * sentence end in reach (。！？；), failing that at a clause end with "……". The budgets fit the
 * slide layouts of screen.css at lobby font sizes (checked in Chromium by ScreenBrowserTest at
 * 1920×1080, 1366×768 and 1080×1920). The planner warns about every text a screen will show
 * shortened, at its file and line, so {@code check} and {@code build} say the same; the renderer
 * shortens with the same rule.
 */
public final class ScreenTexts {
    /** One line over an honor roll (30 fit), two lines beside an activity photo (14 a line). */
    public static final int TITLE = 28;
    /** Three lines of a landscape card at 4.5% of the screen height (11 a line), two of a portrait one (19). */
    public static final int CITATION = 30;
    /** The units (or a team's members) on a landscape card (10 fit). */
    public static final int UNIT = 10;
    /** A name or team name on a landscape card at 6% of the screen height (8 fit). */
    public static final int NAME = 8;
    /** The header of a portrait screen (19 fit). */
    public static final int SITE_TITLE = 18;
    /** Three lines beside the photo at 4.5% of the screen height (19 a line). */
    public static final int ACTIVITY_SUMMARY = 58;
    public static final int CASE_SUMMARY = 130;
    public static final int PAGE_TEXT = 150;
    /**
     * A notice at five-metre sizes (title 6.6vmin landscape, 11vmin portrait; text 4.8vmin and
     * 8.2vmin): two title lines of 25 and four text lines of 35 landscape, three of 8 and four of
     * 11 portrait.
     */
    public static final int NOTICE_TITLE = 44;
    public static final int NOTICE_TITLE_PORTRAIT = 24;
    public static final int NOTICE_TEXT = 130;
    public static final int NOTICE_TEXT_PORTRAIT = 44;
    public static final int TICKER_LANDSCAPE = 38;
    public static final int TICKER_PORTRAIT = 21;

    private final Problems problems;
    /** file, line and text already warned about: an item on three screens is one warning. */
    private final Set<String> warned = new HashSet<>();

    ScreenTexts(Problems problems) {
        this.problems = problems;
    }

    /** The text as a screen shows it within {@code budget} characters. */
    public static String fit(String text, int budget) {
        return Summaries.fit(text, budget);
    }

    /**
     * Warns when a screen will show {@code text} shortened.
     *
     * @param what the part, as the officer names it (标题, 事迹, 摘要)
     */
    void check(String text, int budget, String what, String file, int line) {
        String shown = fit(text, budget);
        if (shown.equals(text.strip()) || !warned.add(file + "\n" + line + "\n" + text)) {
            return;
        }
        int length = text.strip().codePointCount(0, text.strip().length());
        int kept = shown.codePointCount(0, shown.length());
        String seen = kept <= 20 ? "屏幕上只显示“" + shown + "”"
                : "屏幕上只显示到“…" + shown.substring(shown.offsetByCodePoints(0, kept - 12)) + "”";
        problems.warning(new SourcePosition(file, line, 1), "screens/shortened", what + "在电视屏幕上放不下（" + length
                + " 字，最多 " + budget + " 字），" + seen + "：要完整显示，请把它写到 " + budget
                + " 字以内" + (what.equals("摘要") ? "（可以在 front matter 里写一句 summary:）" : "") + "。");
    }
}
