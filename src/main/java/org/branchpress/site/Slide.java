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
 */
public record Slide(Content content, int seconds, Optional<LocalDate> from, Optional<LocalDate> until) {

    /** What a slide shows. */
    public sealed interface Content permits Honors, ActivityNews, CaseNews, Stats, Page, Image {
    }

    /** Part {@code part} of {@code parts} of an honor roll: only entries that may be shown in the lobby. */
    public record Honors(Item<HonorRoll> roll, List<Honoree> entries, int part, int parts) implements Content {
    }

    public record ActivityNews(Item<Activity> activity) implements Content {
    }

    public record CaseNews(Item<CaseStudy> item) implements Content {
    }

    /**
     * The year's activity numbers, never names.
     *
     * @param byType     activities held this year per type, in the order of the site's types
     * @param compliance 三会一课 periods held out of periods judged this year
     */
    public record Stats(int year, int activities, int honorRolls, Map<String, Integer> byType,
                        Optional<org.branchpress.content.AttendanceRate> compliance) implements Content {
    }

    public record Page(Item<FreePage> page) implements Content {
    }

    /** @param asset content path of the image */
    public record Image(String asset) implements Content {
    }
}
