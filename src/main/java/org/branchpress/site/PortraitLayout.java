package org.branchpress.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;

/**
 * What a portrait slide holds at the height rules, from the heights of screen.css's portrait
 * layout (measured by ScreenBrowserTest at 1080×1920; change both together). A portrait honor
 * card is a photo with the name and unit beside it and the citation below at full width, so a
 * card is 31 to 92 vmin tall depending on its text: cards go on a slide while they fit the
 * 138 vmin under its heading, the rest on the next slide of the same roll. An activity's,
 * case's or page's text slide holds as many summary lines as its title and facts leave room for.
 */
public final class PortraitLayout {
    /** The slide's height inside its padding, in vmin of a 9:16 panel. */
    static final double SLIDE = 138;
    static final double TITLE_LINE = 16;    // 11vmin × 1.45
    static final double SMALL_LINE = 9.3;   // 6.4vmin × 1.45
    static final double BODY_LINE = 11.9;   // 8.2vmin × 1.45
    static final double HEAD_MARGIN = 2;
    static final double CARD_FRAME = 3.6;   // padding and border
    static final double PHOTO = 27.5;       // 20 × 26.7 vmin and its border
    static final double CITATION_GAP = 1.5;
    static final double CARD_GAP = 2;
    /** Characters a line holds: of a title (8), a kicker (14), a name (5) and a unit (9) beside the photo, a citation (10). */
    static final double TITLE_CHARS = 8;
    static final double KICKER_CHARS = 14;
    static final double NAME_CHARS = 5.5;
    static final double UNIT_CHARS = 9.5;
    static final double CITATION_CHARS = 10;

    static final double BADGE = 11.4;       // 6.4vmin text, its padding and margin
    static final double FACTS_MARGIN = 3;
    static final double SLACK = 2;
    static final double SMALL_CHARS = 14;
    static final double BODY_CHARS = 11;
    /** A date as the facts give it ("2026年10月27日"): four characters and eight digits. */
    static final double DATE_WIDTH = 8.4;

    private PortraitLayout() {
    }

    /**
     * The summary characters an activity's text slide holds under its badge, title and facts
     * (date, place, attendance rate); at least one line.
     */
    public static int activitySummary(String title, Optional<String> location, boolean rate) {
        List<Double> facts = new ArrayList<>();
        facts.add(DATE_WIDTH);
        location.ifPresent(l -> facts.add(width(ScreenTexts.fit(l, ScreenTexts.LOCATION_PORTRAIT))));
        if (rate) {
            facts.add(width("出席率 100.0%"));
        }
        return summaryRoom(BADGE + titleLines(title) * TITLE_LINE + spanLines(facts) * SMALL_LINE + FACTS_MARGIN);
    }

    /** The summary characters a case's text slide holds under its badge, title, date and source. */
    public static int caseSummary(String title, Optional<String> source) {
        List<Double> facts = new ArrayList<>();
        facts.add(DATE_WIDTH);
        source.ifPresent(s -> facts.add(width(s)));
        return summaryRoom(BADGE + titleLines(title) * TITLE_LINE + spanLines(facts) * SMALL_LINE + FACTS_MARGIN);
    }

    /** The text characters a page slide holds under its title. */
    public static int pageText(String title) {
        return summaryRoom(titleLines(title) * TITLE_LINE + HEAD_MARGIN);
    }

    private static int titleLines(String title) {
        return lines(ScreenTexts.fit(title, ScreenTexts.TITLE_PORTRAIT), TITLE_CHARS);
    }

    private static int summaryRoom(double used) {
        int lines = (int) Math.floor((SLIDE - SLACK - used) / BODY_LINE);
        return (int) (Math.max(1, lines) * BODY_CHARS);
    }

    /** Lines the facts take: each an inline block, on the line before it when it fits there. */
    static int spanLines(List<Double> widths) {
        int lines = 0;
        double left = 0;
        for (double w : widths) {
            double needed = left > 0 ? w + 0.5 : w; // the 3vmin margin between two facts
            if (left > 0 && needed <= left) {
                left -= needed;
                continue;
            }
            int own = Math.max(1, (int) Math.ceil(w / SMALL_CHARS - 1e-9));
            lines += own;
            left = own * SMALL_CHARS - w;
        }
        return Math.max(1, lines);
    }

    /** The roll's shown entries, slide by slide: at least one a slide, as many as fit. */
    static List<List<Slide.Entry>> pack(HonorRoll roll, List<Slide.Entry> entries) {
        String kicker = roll.series() + roll.period().map(p -> " · " + p).orElse("") + (entries.size() > 1 ? " · 1 / 2" : "");
        double room = SLIDE - HEAD_MARGIN - lines(ScreenTexts.fit(roll.meta().title(), ScreenTexts.HONOR_TITLE_PORTRAIT),
                TITLE_CHARS) * TITLE_LINE - lines(kicker, KICKER_CHARS) * SMALL_LINE;
        List<List<Slide.Entry>> slides = new ArrayList<>();
        List<Slide.Entry> current = new ArrayList<>();
        double used = 0;
        for (Slide.Entry entry : entries) {
            double height = height(entry.honoree());
            double needed = current.isEmpty() ? height : used + CARD_GAP + height;
            if (!current.isEmpty() && needed > room) {
                slides.add(List.copyOf(current));
                current.clear();
                needed = height;
            }
            current.add(entry);
            used = needed;
        }
        if (!current.isEmpty()) {
            slides.add(List.copyOf(current));
        }
        return slides;
    }

    /** A card's height in vmin as screen.css lays it out. */
    static double height(Honoree who) {
        String unit = who.team() ? String.join("、", who.members()) : who.unit().orElse("");
        double beside = lines(ScreenTexts.fit(who.name(), ScreenTexts.NAME_PORTRAIT), NAME_CHARS) * TITLE_LINE
                + (unit.isEmpty() ? 0 : lines(ScreenTexts.fit(unit, ScreenTexts.UNIT), UNIT_CHARS) * SMALL_LINE);
        double citation = who.citation().map(c -> CITATION_GAP
                + lines(ScreenTexts.fit(c, ScreenTexts.CITATION), CITATION_CHARS) * BODY_LINE).orElse(0.0);
        return CARD_FRAME + Math.max(PHOTO, beside) + citation;
    }

    /** Lines a text takes at {@code perLine} characters a line; Latin letters and digits are about half as wide. */
    static int lines(String text, double perLine) {
        return Math.max(1, (int) Math.ceil(width(text) / perLine - 1e-9));
    }

    /** A text's width in em: Latin letters, digits and spaces are about half a CJK character. */
    static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += c < 0x2000 ? 0.55 : 1;
            i += Character.charCount(c);
        }
        return width;
    }
}
