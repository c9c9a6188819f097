package org.branchpress.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.Document;
import org.branchpress.content.FreePage;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;
import org.branchpress.content.Notice;
import org.branchpress.content.Slugs;
import org.branchpress.content.Tallies;
import org.branchpress.problem.Problems;
import org.branchpress.settings.Roster;
import org.branchpress.settings.SiteSettings;
import org.branchpress.source.ContentKind;

/** Stage 5: rendered documents → the site model (sections, people, tags, series, years). */
public final class ModelAssembler {
    private ModelAssembler() {
    }

    /**
     * @param today    the build's day: screens leave out what has expired by then
     * @param problems where a screen picture that cannot be shown is reported (warnings)
     */
    public static SiteModel assemble(SiteSettings settings, Optional<Roster> roster, Tallies tallies,
                                     List<Item<?>> items, Map<String, Asset> assets, LocalDate today,
                                     Problems problems) {
        Sections sections = new Sections(items);
        List<Item<CaseStudy>> cases = List.copyOf(sections.cases);
        List<Item<HonorRoll>> honors = List.copyOf(sections.honors);
        List<Item<Activity>> activities = List.copyOf(sections.activities);
        List<Item<FreePage>> pages = List.copyOf(sections.pages);
        List<Item<Notice>> notices = List.copyOf(sections.notices);
        List<Item<?>> dated = SiteModel.dated(ContentKind.datedKinds().map(sections::of));
        List<Person> people = people(honors, activities);
        ActivityStats stats = StatisticsAssembler.assemble(settings, roster, tallies, activities, people, today,
                problems);
        // a 党总支's screens may draw from its branches: planned once their models exist (screens(…))
        Screens screens = settings.branching().federated() ? new Screens(List.of(), Map.of())
                : new ScreenPlanner(new ScreenPlanner.Sources(settings, cases, honors, activities, pages, notices,
                stats, assets), today, problems).plan();
        // lists of names and tags in the reader's order (pinyin, or strokes in traditional script)
        java.util.Comparator<String> order = settings.language().order();
        List<Person> listed = people.stream().sorted(Comparator.comparing(Person::name, order)).toList();
        return new SiteModel(settings, cases, honors, activities, pages, sections.portalNotices(), listed,
                ordered(tags(dated), order), ordered(series(honors), order), years(dated), assets, stats, screens, Federation.NONE);
    }

    /**
     * A 党总支's screens, planned after its branches' models (its {@link SiteModel#federation()}):
     * playlist items may draw from the branches' sections and compare the branches.
     *
     * @param items every item of the 总支's own content, its notices among them
     */
    public static SiteModel withScreens(SiteModel model, List<Item<?>> items, LocalDate today, Problems problems) {
        Sections sections = new Sections(items);
        Screens screens = new ScreenPlanner(new ScreenPlanner.Sources(model.settings(), model.cases(), model.honors(),
                model.activities(), model.pages(), List.copyOf(sections.notices), model.stats(), model.assets(),
                model.federation().branches()), today, problems).plan();
        return model.withScreens(screens);
    }

    /**
     * A 党总支's tags and years over its own items and every branch's, at their addresses under
     * the branch's folder: its tag and archive pages list them all, as its lists, feed and
     * search do. The same tag in two branches is one tag.
     */
    public static SiteModel withBranchGroups(SiteModel model) {
        List<Item<?>> all = new ArrayList<>(model.dated());
        model.federation().branches().forEach(b -> b.model().dated().forEach(i -> all.add(lifted(b, i))));
        List<Item<?>> dated = all.stream().sorted(Item.NEWEST_FIRST).toList();
        return model.withGroups(ordered(tags(dated), model.settings().language().order()), years(dated));
    }

    private static <D extends Document> Item<D> lifted(Federation.BranchSite branch, Item<D> item) {
        return branch.lifted(item);
    }

    private static <T> List<Group<T>> ordered(List<Group<T>> groups, java.util.Comparator<String> order) {
        return groups.stream().sorted(Comparator.comparing(Group::name, order)).toList();
    }

    /**
     * The items by kind, each typed by its document: no cast, and a new kind does not compile
     * until it is handled here. Dated kinds newest first, free pages by file name.
     */
    private static final class Sections {
        final List<Item<CaseStudy>> cases = new ArrayList<>();
        final List<Item<HonorRoll>> honors = new ArrayList<>();
        final List<Item<Activity>> activities = new ArrayList<>();
        final List<Item<FreePage>> pages = new ArrayList<>();
        /** Every notice: the screens show them all, the portal only those with portal: true. */
        final List<Item<Notice>> notices = new ArrayList<>();

        Sections(List<Item<?>> items) {
            items.forEach(this::add);
            cases.sort(Item.NEWEST_FIRST);
            honors.sort(Item.NEWEST_FIRST);
            activities.sort(Item.NEWEST_FIRST);
            notices.sort(Item.NEWEST_FIRST);
            pages.sort(Comparator.comparing((Item<FreePage> i) -> i.document().source().relative()));
        }

        List<? extends Item<?>> of(ContentKind kind) {
            return switch (kind) {
                case CASE -> cases;
                case HONOR -> honors;
                case ACTIVITY -> activities;
                case PAGE -> pages;
                case NOTICE -> portalNotices();
            };
        }

        List<Item<Notice>> portalNotices() {
            return notices.stream().filter(n -> n.document().portal()).toList();
        }

        private void add(Item<?> item) {
            item.document().accept(new Document.Visitor<Boolean>() {
                @Override
                public Boolean caseStudy(CaseStudy c) {
                    return cases.add(new Item<>(c, item.address(), item.body()));
                }

                @Override
                public Boolean honorRoll(HonorRoll h) {
                    return honors.add(new Item<>(h, item.address(), item.body()));
                }

                @Override
                public Boolean activity(Activity a) {
                    return activities.add(new Item<>(a, item.address(), item.body()));
                }

                @Override
                public Boolean freePage(FreePage p) {
                    return pages.add(new Item<>(p, item.address(), item.body()));
                }

                @Override
                public Boolean notice(Notice n) {
                    return notices.add(new Item<>(n, item.address(), item.body()));
                }
            });
        }
    }


    private static List<Person> people(List<Item<HonorRoll>> honors, List<Item<Activity>> activities) {
        Map<String, List<Person.Honor>> honorsByName = new TreeMap<>();
        Map<String, List<Item<Activity>>> attended = new TreeMap<>();
        Map<String, List<Item<Activity>>> absent = new TreeMap<>();
        for (Item<HonorRoll> roll : honors) {
            for (Honoree entry : roll.document().entries()) {
                if (entry.branch().isPresent()) {
                    continue; // a person of one of the 党总支's branches: their page is the branch's
                }
                if (entry.team()) {
                    entry.members().forEach(m -> add(honorsByName, m, new Person.Honor(roll, entry, true)));
                } else {
                    add(honorsByName, entry.name(), new Person.Honor(roll, entry, false));
                }
            }
        }
        for (Item<Activity> a : activities) {
            Set<String> present = new HashSet<>(a.document().attendees());
            a.document().host().ifPresent(present::add);
            present.addAll(a.document().speakers()); // who spoke was there
            present.forEach(n -> add(attended, n, a));
            a.document().absent().forEach(n -> add(absent, n, a));
        }
        Set<String> names = new java.util.TreeSet<>(honorsByName.keySet());
        names.addAll(attended.keySet());
        names.addAll(absent.keySet());
        activities.forEach(a -> names.addAll(a.document().leave()));
        Map<String, String> slugs = uniqueSlugs(names);
        List<Person> people = new ArrayList<>();
        for (String name : names) {
            people.add(new Person(name, "people/" + slugs.get(name) + "/index.html",
                    List.copyOf(honorsByName.getOrDefault(name, List.of())),
                    sorted(attended.getOrDefault(name, List.of())),
                    sorted(absent.getOrDefault(name, List.of()))));
        }
        return List.copyOf(people);
    }

    private static List<Group<Item<?>>> tags(List<Item<?>> dated) {
        Map<String, List<Item<?>>> byTag = new TreeMap<>();
        for (Item<?> item : dated) {
            for (String tag : new java.util.LinkedHashSet<>(item.document().meta().tags())) {
                add(byTag, tag, item);
            }
        }
        return groups(byTag, "tags/");
    }

    private static List<Group<Item<HonorRoll>>> series(List<Item<HonorRoll>> honors) {
        Map<String, List<Item<HonorRoll>>> bySeries = new TreeMap<>();
        honors.forEach(h -> add(bySeries, h.document().series(), h));
        return groups(bySeries, "honors/series/");
    }

    private static List<Group<Item<?>>> years(List<Item<?>> dated) {
        Map<String, List<Item<?>>> byYear = new TreeMap<>(Comparator.reverseOrder());
        dated.forEach(i -> add(byYear, String.valueOf(i.date().getYear()), i));
        List<Group<Item<?>>> out = new ArrayList<>();
        byYear.forEach((year, list) -> out.add(new Group<>(year, "archive/" + year + "/index.html", List.copyOf(list))));
        return List.copyOf(out);
    }

    private static <T> List<Group<T>> groups(Map<String, List<T>> byName, String folder) {
        Map<String, String> slugs = uniqueSlugs(byName.keySet());
        List<Group<T>> out = new ArrayList<>();
        byName.forEach((name, list) -> out.add(new Group<>(name, folder + slugs.get(name) + "/index.html",
                List.copyOf(list))));
        return List.copyOf(out);
    }

    /** Pinyin slugs; names that read the same (王伟, 王炜) get -2, -3 in sorted order. */
    static Map<String, String> uniqueSlugs(Iterable<String> sortedNames) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(Set.of("index", "series", "page"));
        for (String name : sortedNames) {
            String base = Slugs.of(name);
            String slug = base;
            for (int n = 2; !used.add(slug); n++) {
                slug = base + "-" + n;
            }
            out.put(name, slug);
        }
        return out;
    }

    private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private static List<Item<Activity>> sorted(List<Item<Activity>> list) {
        List<Item<Activity>> copy = new ArrayList<>(list);
        copy.sort(Item.NEWEST_FIRST);
        return List.copyOf(copy);
    }
}
