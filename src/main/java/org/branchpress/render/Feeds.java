package org.branchpress.render;

import java.time.LocalDate;
import java.util.List;

import org.branchpress.site.Item;
import org.branchpress.site.SiteModel;

/**
 * The Atom feed and the sitemap. Both need absolute addresses, which only {@code base_url}
 * gives; without it they carry addresses relative to the site's root. Dates come from the
 * content, never from the clock, so two builds give the same bytes.
 */
final class Feeds {
    private static final int FEED_ENTRIES = 30;

    private final SiteModel model;
    private final PageViews views;
    private final String base;

    Feeds(SiteModel model, PageViews views) {
        this.model = model;
        this.views = views;
        this.base = model.settings().baseUrl().orElse("");
    }

    Views.Feed feed() {
        List<Item<?>> dated = model.dated();
        List<Views.FeedEntry> entries = PageViews.first(dated, FEED_ENTRIES).stream().map(i -> {
            Views.Card card = views.cardOf(i);
            return new Views.FeedEntry(i.title(), base + i.address(), id(i.address()), timestamp(i.date()),
                    card.summary(), card.kindLabel());
        }).toList();
        String updated = dated.isEmpty() ? timestamp(LocalDate.of(2000, 1, 1)) : timestamp(dated.get(0).date());
        return new Views.Feed(model.settings().title(), model.settings().subtitle(), base + "feed.xml",
                base + "index.html", id("index.html"), updated, entries);
    }

    Views.Sitemap sitemap(List<String> addresses) {
        return new Views.Sitemap(addresses.stream().sorted()
                .map(a -> new Views.SitemapEntry(base + a, null)).toList());
    }

    private String id(String address) {
        return base.isEmpty() ? "urn:branchpress:" + address : base + address;
    }

    /** Content dates are days; Beijing time is the branch's day. */
    private static String timestamp(LocalDate date) {
        return date + "T00:00:00+08:00";
    }
}
