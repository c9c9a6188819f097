package org.branchpress.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.site.Item;
import org.branchpress.site.SiteModel;
import org.branchpress.source.ContentKind;

/**
 * The Atom feeds and the sitemap. The main feed holds the newest entries of each kind, so the
 * cases — the branch's main publicity — are never crowded out by a month of activity records;
 * each section has a feed of its own. The sitemap needs absolute addresses, which only
 * {@code base_url} gives: without it there is no sitemap (the build says so). Dates come from
 * the content, never from the clock, so two builds give the same bytes.
 */
final class Feeds {
    /** Entries per kind in the main feed, and in a section's feed. */
    static final int PER_KIND = 10;
    static final int PER_SECTION = 30;
    private static final LocalDate NO_CONTENT = LocalDate.of(2000, 1, 1);

    private final SiteModel model;
    private final PageViews views;
    private final Labels labels;
    private final String base;

    /** A 党总支's branches, whose items its feed and sitemap cover too; null for a branch or a single site. */
    private final BranchViews branches;

    Feeds(SiteModel model, PageViews views, Labels labels, BranchViews branches) {
        this.branches = branches;
        this.model = model;
        this.views = views;
        this.labels = labels;
        this.base = model.settings().baseUrl().orElse("");
    }

    /** Every feed by address: {@code feed.xml}, then each dated kind's ({@code cases/feed.xml} …). */
    Map<String, Views.Feed> all() {
        Map<String, Views.Feed> feeds = new LinkedHashMap<>();
        feeds.put("feed.xml", feed());
        model.sectionKinds().forEach(k -> feeds.put(k.folder() + "/feed.xml", section(labels.get(k.folder()), k.folder(),
                model.items(k))));
        return feeds;
    }

    /** {@code feed.xml}: the newest {@link #PER_KIND} of each dated kind, newest first. */
    Views.Feed feed() {
        List<Item<?>> items = new ArrayList<>();
        ContentKind.datedKinds().forEach(k -> items.addAll(PageViews.first(model.items(k), PER_KIND)));
        if (branches != null) {
            ContentKind.datedKinds().forEach(k -> {
                List<Item<?>> theirs = new ArrayList<>(branches.items(k));
                theirs.sort(Item.NEWEST_FIRST);
                items.addAll(PageViews.first(theirs, PER_KIND));
            });
        }
        items.sort(Item.NEWEST_FIRST);
        return feed(model.settings().title(), "feed.xml", "index.html", items);
    }

    private Views.Feed section(String label, String section, List<? extends Item<?>> items) {
        return feed(model.settings().title() + " - " + label, section + "/feed.xml", section + "/index.html",
                PageViews.first(items, PER_SECTION));
    }

    private Views.Feed feed(String title, String self, String alternate, List<? extends Item<?>> items) {
        List<Views.FeedEntry> entries = items.stream().map(i -> {
            Views.Card card = views.cardOf(i);
            return new Views.FeedEntry(i.title(), base + i.address(), id(i.address()), timestamp(i.date()),
                    card.summary(), card.kindLabel());
        }).toList();
        String updated = timestamp(items.stream().map(Item::date).max(Comparator.naturalOrder()).orElse(NO_CONTENT));
        return new Views.Feed(title, model.settings().subtitle(), base + self, base + alternate, id(self), updated,
                entries);
    }

    /**
     * Every page with its last change: an item's own date; any other page (lists, tags, stats,
     * search) the newest date of the content it shows, taken here as the newest of the site.
     * Empty without {@code base_url}: the sitemap protocol allows only absolute addresses.
     */
    Optional<Views.Sitemap> sitemap(List<String> addresses) {
        if (base.isEmpty()) {
            return Optional.empty();
        }
        List<Item<?>> dated = new ArrayList<>(model.dated()); // sorted newest first: one sort for both uses
        List<String> all = new ArrayList<>(addresses);
        if (branches != null) { // every branch's items and portal
            ContentKind.datedKinds().forEach(k -> branches.items(k).forEach(i -> {
                dated.add(i);
                all.add(i.address());
            }));
            dated.sort(Item.NEWEST_FIRST);
            model.federation().branches().forEach(b -> all.add(b.folder() + "index.html"));
        }
        java.util.HashMap<String, LocalDate> changed = new java.util.HashMap<>();
        dated.forEach(i -> changed.put(i.address(), i.date()));
        LocalDate newest = dated.isEmpty() ? NO_CONTENT : dated.get(0).date();
        return Optional.of(new Views.Sitemap(all.stream().sorted()
                .map(a -> new Views.SitemapEntry(base + a, changed.getOrDefault(a, newest).toString())).toList()));
    }

    private String id(String address) {
        return base.isEmpty() ? "urn:branchpress:" + address : base + address;
    }

    /** Content dates are days; Beijing time is the branch's day. */
    private static String timestamp(LocalDate date) {
        return date + "T00:00:00+08:00";
    }
}
