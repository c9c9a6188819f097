package org.branchpress.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.Document;
import org.branchpress.content.FreePage;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Notice;
import org.branchpress.markdown.RenderedBody;
import org.branchpress.settings.SiteSettings;
import org.branchpress.source.ContentKind;

/**
 * Stage 5's result: everything the templates need, sorted newest first.
 *
 * @param notices the notices published on the portal ({@code portal: true}); the screens were
 *                planned from every notice
 * @param assets  content path → the copy of every file content may refer to
 * @param stats   activity statistics and 三会一课 compliance
 * @param screens the TV screens with their slides, and the scaled pictures they show
 * @param federation the 总支's branches, or a branch's 总支; {@link Federation#NONE} for a single site
 */
public record SiteModel(
        SiteSettings settings,
        List<Item<CaseStudy>> cases,
        List<Item<HonorRoll>> honors,
        List<Item<Activity>> activities,
        List<Item<FreePage>> pages,
        List<Item<Notice>> notices,
        List<Person> people,
        List<Group<Item<?>>> tags,
        List<Group<Item<HonorRoll>>> series,
        List<Group<Item<?>>> years,
        Map<String, Asset> assets,
        ActivityStats stats,
        Screens screens,
        Federation federation) {

    /** The items of one kind, in the order of their section (dated kinds newest first). */
    public List<? extends Item<?>> items(ContentKind kind) {
        return switch (kind) {
            case CASE -> cases;
            case HONOR -> honors;
            case ACTIVITY -> activities;
            case PAGE -> pages;
            case NOTICE -> notices;
        };
    }

    /**
     * The dated kinds that have a section on the portal: every one, but an opt-in kind
     * ({@link ContentKind#optIn()}) only when an item of it is published there.
     */
    public Stream<ContentKind> sectionKinds() {
        return ContentKind.datedKinds().filter(k -> !k.optIn() || !items(k).isEmpty());
    }

    /** The items of every dated kind together, newest first: feed, archive, tags. */
    public List<Item<?>> dated() {
        return dated(ContentKind.datedKinds().map(this::items));
    }

    static List<Item<?>> dated(Stream<List<? extends Item<?>>> sections) {
        return sections.flatMap(List::stream).<Item<?>>map(i -> i).sorted(Item.NEWEST_FIRST).toList();
    }

    /**
     * This model with the item at {@code address} replaced by a newer version of its document:
     * serve's first look at a saved file renders that one page from it, before the whole model is
     * assembled again. Only the item's own section changes; lists, tags and people still hold the
     * old item until the full rebuild. Empty when no item of the document's kind has the address.
     */
    public Optional<SiteModel> withItem(Document document, String address, RenderedBody body) {
        return document.accept(new Document.Visitor<Optional<SiteModel>>() {
            @Override
            public Optional<SiteModel> caseStudy(CaseStudy c) {
                return replaced(cases, new Item<>(c, address, body)).map(list -> new SiteModel(settings, list,
                        honors, activities, pages, notices, people, tags, series, years, assets, stats, screens, federation));
            }

            @Override
            public Optional<SiteModel> honorRoll(HonorRoll h) {
                return replaced(honors, new Item<>(h, address, body)).map(list -> new SiteModel(settings, cases,
                        list, activities, pages, notices, people, tags, series, years, assets, stats, screens, federation));
            }

            @Override
            public Optional<SiteModel> activity(Activity a) {
                return replaced(activities, new Item<>(a, address, body)).map(list -> new SiteModel(settings,
                        cases, honors, list, pages, notices, people, tags, series, years, assets, stats, screens, federation));
            }

            @Override
            public Optional<SiteModel> freePage(FreePage p) {
                return replaced(pages, new Item<>(p, address, body)).map(list -> new SiteModel(settings, cases,
                        honors, activities, list, notices, people, tags, series, years, assets, stats, screens, federation));
            }

            @Override
            public Optional<SiteModel> notice(Notice n) {
                return replaced(notices, new Item<>(n, address, body)).map(list -> new SiteModel(settings, cases,
                        honors, activities, pages, list, people, tags, series, years, assets, stats, screens, federation));
            }
        });
    }

    /** This model with its people replaced (a branch's, with the 总支's honors of them added). */
    public SiteModel withPeople(List<Person> people) {
        return new SiteModel(settings, cases, honors, activities, pages, notices, List.copyOf(people), tags, series,
                years, assets, stats, screens, federation);
    }

    /** This model with its tags and years replaced (a 党总支's, over its branches' items too). */
    public SiteModel withGroups(List<Group<Item<?>>> tags, List<Group<Item<?>>> years) {
        return new SiteModel(settings, cases, honors, activities, pages, notices, people, List.copyOf(tags), series,
                List.copyOf(years), assets, stats, screens, federation);
    }

    /** This model with its screens planned anew (a 党总支's, drawing from its branches). */
    public SiteModel withScreens(Screens screens) {
        return new SiteModel(settings, cases, honors, activities, pages, notices, people, tags, series, years, assets,
                stats, screens, federation);
    }

    /** This model as part of a 党总支: with its branches, or with the 总支 above it. */
    public SiteModel within(Federation federation) {
        return new SiteModel(settings, cases, honors, activities, pages, notices, people, tags, series, years, assets,
                stats, screens, federation);
    }

    private static <D extends Document> Optional<List<Item<D>>> replaced(List<Item<D>> items, Item<D> item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).address().equals(item.address())) {
                List<Item<D>> copy = new ArrayList<>(items);
                copy.set(i, item);
                return Optional.of(List.copyOf(copy));
            }
        }
        return Optional.empty();
    }
}
