package org.branchpress.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.FreePage;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;

/**
 * One slide of a TV screen: what it shows, how long, and the days it may show. The portal
 * page and the slide of an honor roll are two renderings of the same model object.
 *
 * @param from  first day the slide may show (the client checks again: screens run for weeks)
 * @param until last day the slide may show
 * @param hours the part of each day it shows, by the player's clock; empty: all day
 * @param branch on a 党总支's screen, the title of the branch whose item the slide shows; empty: the site's own
 */
public record Slide(Content content, int seconds, Optional<LocalDate> from, Optional<LocalDate> until,
                    Optional<org.branchpress.settings.Screen.DayPart> hours, Optional<String> branch) {

    public Slide(Content content, int seconds, Optional<LocalDate> from, Optional<LocalDate> until,
                 Optional<org.branchpress.settings.Screen.DayPart> hours) {
        this(content, seconds, from, until, hours, Optional.empty());
    }

    /** The same slide, of an item of the branch titled {@code title}. */
    public Slide of(Optional<String> title) {
        return new Slide(content, seconds, from, until, hours, title);
    }

    /** The longest the slide shows: a video's limit, else its seconds. */
    public int longestSeconds() {
        return content instanceof Video v ? v.limit() : seconds;
    }

    /** What a slide shows; code that renders it dispatches with {@link #accept}. */
    public sealed interface Content permits Honors, ActivityNews, CaseNews, Stats, Targets, BranchStats, Page, Image, Video,
            NoticeNews {
        <R> R accept(Visitor<R> visitor);
    }

    /**
     * Part {@code part} of {@code parts} of an honor roll: only entries that may be shown in the
     * lobby. A citation whose first sentence is longer than a card goes on over the next slides of
     * the same cards: {@code page} is the page of each citation this slide shows (0 first).
     */
    public record Honors(Item<HonorRoll> roll, List<Entry> entries, int part, int parts, int page) implements Content {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.honors(this);
        }
    }

    /** @param photo the address of the honoree's photo as the screen shows it; empty: the portrait */
    public record Entry(Honoree honoree, Optional<String> photo) {
    }

    /**
     * What part of an item a slide shows. A portrait slide is too narrow for a picture and a
     * summary at lobby sizes, so there an item with both shows its picture (with the title) and
     * its text on slides of their own. A summary whose first sentence is longer than a slide
     * goes on over the next slides of the same item (ScreenTexts.pages), marked as continued.
     *
     * @param picture   the slide shows the item's photo, or a case's cover and QR code
     * @param text      the slide shows the summary's page {@code page} (and all the facts)
     * @param continued the slide follows another slide of the same item
     */
    public record Portion(boolean picture, boolean text, int page, boolean continued) {
        public static final Portion WHOLE = new Portion(true, true, 0, false);

        public static Portion picture(boolean continued) {
            return new Portion(true, false, 0, continued);
        }

        public static Portion text(int page, boolean continued) {
            return new Portion(false, true, page, continued);
        }
    }

    /**
     * @param photo   the address of its first photo as the screen shows it, if one can be shown
     * @param portion what this slide shows of the activity
     */
    public record ActivityNews(Item<Activity> activity, Optional<String> photo, Portion portion) implements Content {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.activity(this);
        }
    }

    /**
     * @param photo   the address of the case's cover as the screen shows it, if it has one that can be shown
     * @param portion what this slide shows of the case: its text, or its cover and QR code
     */
    public record CaseNews(Item<CaseStudy> item, Optional<String> photo, Portion portion) implements Content {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.caseNews(this);
        }
    }

    /**
     * The year's activity numbers, never names.
     *
     * @param byType     activities held this year per type, in the order of the site's types
     * @param compliance 三会一课 periods held out of periods judged this year
     */
    public record Stats(int year, int activities, int honorRolls, Map<String, Integer> byType,
                        Optional<org.branchpress.content.AttendanceRate> compliance) implements Content {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stats(this);
        }
    }

    /**
     * How far the branch's members are with a target set this year (学习提升“1+4+1”): the share
     * who completed every goal and, per goal, how many reached it. Never a name or a person's count.
     */
    public record Targets(TargetSheet sheet) implements Content {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.targets(this);
        }
    }

    /**
     * A 党总支's branches compared over a year ({@code stats: {by: branch}}): figures, never names.
     * More branches than a slide holds go on over several slides.
     *
     * @param rows       the branches of this slide, in the order of {@code branches:}
     * @param activities the activities of every branch that year
     * @param compliance every branch's 三会一课 periods held of periods judged that year
     */
    public record BranchStats(int year, List<BranchFigure> rows, int part, int parts, int activities,
                              org.branchpress.content.AttendanceRate compliance) implements Content {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.branches(this);
        }
    }

    /**
     * One branch's year: a temporary branch's counted inside its window only.
     *
     * @param compliance 三会一课 periods held of periods judged (none judged: no figure)
     */
    public record BranchFigure(String title, int activities, org.branchpress.content.AttendanceRate compliance,
                               boolean temporary) {
    }

    public record Page(Item<FreePage> page) implements Content {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.page(this);
        }
    }

    /**
     * @param asset   content path of the image
     * @param address the picture as the screen shows it (a scaled copy, or an SVG as it is)
     */
    public record Image(String asset, String address) implements Content {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }
    }

    /**
     * A video, played muted (old players autoplay only muted) until it ends or {@code limit}
     * seconds have passed; the slide's own seconds are how long its poster shows instead, on a
     * player that cannot play it and in the chain of pages without script.
     *
     * @param asset   content path of the video
     * @param address the video in the site
     * @param poster  the poster as the screen shows it (a scaled copy); empty: the site's name
     */
    public record Video(String asset, String address, Optional<String> poster, int limit) implements Content {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.video(this);
        }
    }

    /**
     * A notice (通知): its title, text and window. An urgent one takes over its screen while the
     * player's day is inside the window (screen.js), and the chain without script when the
     * build day is.
     */
    public record NoticeNews(Item<org.branchpress.content.Notice> notice) implements Content {
        public boolean urgent() {
            return notice.document().urgent();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.notice(this);
        }
    }

    /** Whether this slide is an urgent notice, which takes over its screen for its window. */
    public boolean urgent() {
        return content instanceof NoticeNews n && n.urgent();
    }

    /** Whether {@code day} lies inside the slide's days. */
    public boolean showsOn(LocalDate day) {
        return from.map(f -> !f.isAfter(day)).orElse(true) && until.map(u -> !u.isBefore(day)).orElse(true);
    }

    /** One method per kind of slide: an exhaustive dispatch over the sealed Content. */
    public interface Visitor<R> {
        R honors(Honors h);

        R activity(ActivityNews a);

        R caseNews(CaseNews c);

        R stats(Stats s);

        R targets(Targets t);

        R branches(BranchStats b);

        R page(Page p);

        R image(Image i);

        R video(Video v);

        R notice(NoticeNews n);
    }

}
