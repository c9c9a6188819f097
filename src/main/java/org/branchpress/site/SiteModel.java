package org.branchpress.site;

import java.util.List;
import java.util.Map;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.FreePage;
import org.branchpress.content.HonorRoll;
import org.branchpress.settings.SiteSettings;

/**
 * Stage 5's result: everything the templates need, sorted newest first.
 *
 * @param assets  content path → the copy of every file content may refer to
 * @param stats   activity statistics and 三会一课 compliance
 * @param screens the TV screens with their slides
 */
public record SiteModel(
        SiteSettings settings,
        List<Item<CaseStudy>> cases,
        List<Item<HonorRoll>> honors,
        List<Item<Activity>> activities,
        List<Item<FreePage>> pages,
        List<Person> people,
        List<Group<Item<?>>> tags,
        List<Group<Item<HonorRoll>>> series,
        List<Group<Item<?>>> years,
        Map<String, Asset> assets,
        ActivityStats stats,
        List<ScreenPlan> screens) {

    /** Cases, honors and activities together, newest first: feed, archive, tags. */
    public List<Item<?>> dated() {
        return java.util.stream.Stream.of(cases, honors, activities)
                .flatMap(List::stream)
                .<Item<?>>map(i -> i)
                .sorted(Item.NEWEST_FIRST)
                .toList();
    }
}
