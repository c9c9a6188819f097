package org.branchpress.site;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.FreePage;
import org.branchpress.content.HonorRoll;
import org.branchpress.settings.SiteSettings;
import org.branchpress.source.ContentKind;

/**
 * Stage 5's result: everything the templates need, sorted newest first.
 *
 * @param assets  content path → the copy of every file content may refer to
 * @param stats   activity statistics and 三会一课 compliance
 * @param screens the TV screens with their slides, and the scaled pictures they show
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
        Screens screens) {

    /** The items of one kind, in the order of their section (dated kinds newest first). */
    public List<? extends Item<?>> items(ContentKind kind) {
        return switch (kind) {
            case CASE -> cases;
            case HONOR -> honors;
            case ACTIVITY -> activities;
            case PAGE -> pages;
        };
    }

    /** The items of every dated kind together, newest first: feed, archive, tags. */
    public List<Item<?>> dated() {
        return dated(ContentKind.datedKinds().map(this::items));
    }

    static List<Item<?>> dated(Stream<List<? extends Item<?>>> sections) {
        return sections.flatMap(List::stream).<Item<?>>map(i -> i).sorted(Item.NEWEST_FIRST).toList();
    }
}
