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
    /** Three lines of a landscape card at 4.5% of the screen height (11 a line), three of a portrait one (10). */
    public static final int CITATION = 30;
    /** The units (or a team's members) on a landscape card (10 fit), beside a portrait card's photo (9 a line, two lines). */
    public static final int UNIT = 10;
    /** A name or team name on one line of a landscape card at 6% of the screen height (8 fit). */
    public static final int NAME = 8;
    /**
     * A longer name (a team's: 外场试验党员突击队) takes a second line of the card; its citation
     * then has two lines instead of three (20 characters), and goes on over more slides.
     */
    public static final int NAME_TWO_LINES = 16;
    public static final int CITATION_UNDER_TWO_LINES = 20;
    /** The header of a landscape playlist on an upright panel (19 fit at 4.8vmin). */
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
    /** A landscape playlist's ticker on an upright panel (4vmin: 21 fit). */
    public static final int TICKER_REFLOW = 21;

    /*
     * A portrait playlist on a 1080×1920 panel holds text at the height rules (titles 11vmin, 6%
     * of the height; body 8.2vmin, 4.5%; the rest 6.4vmin, 3.5%): 8 title characters a line, 11
     * body characters, 14 others, on a slide 92 vmin wide and 138 vmin tall.
     */
    /** Three title lines over an activity, a case or a page; two over an honor roll, to leave room for its cards. */
    public static final int TITLE_PORTRAIT = 24;
    public static final int HONOR_TITLE_PORTRAIT = 16;
    /** A name or team name beside a portrait card's photo: two lines of 5. */
    public static final int NAME_PORTRAIT = 10;
    /** The header of a portrait screen (14 fit at 6.4vmin). */
    public static final int SITE_TITLE_PORTRAIT = 14;
    /** The ticker of a portrait screen (14 fit at 6.4vmin); a longer line scrolls. */
    public static final int TICKER_PORTRAIT = 14;
    /**
     * The least an activity's text slide holds: three lines below a three-line title and four
     * lines of facts (date, place, attendance); a shorter title or fewer facts leave room for more.
     */
    public static final int ACTIVITY_SUMMARY_PORTRAIT = 33;
    /** Four lines of a case's text slide; its cover and QR code follow on a slide of their own. */
    public static final int CASE_SUMMARY_PORTRAIT = 44;
    /** An activity's place: two lines of its facts on the text slide (one line above a landscape photo's text holds 40). */
    public static final int LOCATION = 40;
    public static final int LOCATION_PORTRAIT = 28;
    /** Seven lines below a page's title. */
    public static final int PAGE_TEXT_PORTRAIT = 77;

    /**
     * The character budgets of one orientation's layouts (screen.css). A portrait text slide
     * holds what its title and facts leave room for (PortraitLayout), at most its budget here.
     */
    public record Budget(boolean portrait, int title, int honorTitle, int name, int unit, int citation, int location,
                         int activitySummary, int caseSummary, int pageText, int noticeTitle, int noticeText,
                         int siteTitle) {
        public int activitySummary(org.branchpress.content.Activity a) {
            return portrait ? PortraitLayout.activitySummary(a.meta().title(), a.location(), a.rate().isPresent())
                    : activitySummary;
        }

        public int caseSummary(org.branchpress.content.CaseStudy c) {
            return portrait ? PortraitLayout.caseSummary(c.meta().title(), c.origin()) : caseSummary;
        }

        public int pageText(org.branchpress.content.FreePage p) {
            return portrait ? PortraitLayout.pageText(p.meta().title()) : pageText;
        }

        /** Whether the honoree's name takes two lines of a landscape card. */
        public boolean twoLineName(org.branchpress.content.Honoree who) {
            return !portrait && who.name().codePointCount(0, who.name().length()) > NAME;
        }

        /** The citation's budget on the honoree's card: two lines under a name of two. */
        public int citation(org.branchpress.content.Honoree who) {
            return twoLineName(who) ? CITATION_UNDER_TWO_LINES : citation;
        }
    }

    public static final Budget LANDSCAPE_BUDGET = new Budget(false, TITLE, TITLE, NAME_TWO_LINES, UNIT, CITATION, LOCATION, ACTIVITY_SUMMARY,
            CASE_SUMMARY, PAGE_TEXT, NOTICE_TITLE, NOTICE_TEXT, SITE_TITLE);
    public static final Budget PORTRAIT_BUDGET = new Budget(true, TITLE_PORTRAIT, HONOR_TITLE_PORTRAIT, NAME_PORTRAIT, UNIT, CITATION,
            LOCATION_PORTRAIT, ACTIVITY_SUMMARY_PORTRAIT, CASE_SUMMARY_PORTRAIT, PAGE_TEXT_PORTRAIT, NOTICE_TITLE_PORTRAIT,
            NOTICE_TEXT_PORTRAIT, SITE_TITLE_PORTRAIT);

    /** The budgets of a playlist made for a portrait or a landscape panel. */
    public static Budget budget(boolean portrait) {
        return portrait ? PORTRAIT_BUDGET : LANDSCAPE_BUDGET;
    }

    private final Problems problems;
    /** file, line and text already warned about: an item on three screens is one warning. */
    private final Set<String> warned = new HashSet<>();

    ScreenTexts(Problems problems) {
        this.problems = problems;
    }

    /** Slides a summary may take: a first sentence longer than a slide goes on over two more at most. */
    public static final int MOST_PAGES = 3;

    /** A summary as the slides of one item show it, {@code budget} characters each (Summaries.pages). */
    public static java.util.List<String> pages(String text, int budget) {
        return text.isBlank() ? java.util.List.of() : Summaries.pages(text, budget, MOST_PAGES);
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
        warnIfShortened(text, fit(text, budget), budget, what, file, line);
    }

    /** Warns when slides of {@link #pages} still leave some of {@code text} out. */
    void checkPages(String text, int budget, String what, String file, int line) {
        java.util.List<String> pages = pages(text, budget);
        String last = pages.isEmpty() ? "" : pages.get(pages.size() - 1);
        if (!text.strip().endsWith(last)) { // the last slide was shortened: the rest is left out
            warnIfShortened(text, String.join("", pages), budget, what, file, line);
        }
    }

    private void warnIfShortened(String text, String shown, int budget, String what, String file, int line) {
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
