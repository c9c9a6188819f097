package org.branchpress.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.branchpress.content.CaseStudy;
import org.branchpress.problem.Problems;
import org.branchpress.search.SearchIndex;
import org.branchpress.settings.SiteSettings;
import org.branchpress.site.Group;
import org.branchpress.site.Item;
import org.branchpress.site.SiteModel;

/**
 * Stage 6: site model × theme → files. Each page is a job (address, template, view); jobs
 * render on both cores and are written as soon as they are ready, so memory holds only the
 * pages in flight. Links are made relative while rendering: no second pass over the HTML.
 */
public final class SiteRenderer {
    private final Theme theme;
    private final SiteModel model;
    private final Labels labels;
    private final PageViews views;
    private final Views.SiteInfo site;
    private final Problems problems;

    /** One file to render. */
    private record Job(String address, String template, String title, String section, Supplier<Object> content) {
    }

    /** @param problems where rendering reports warnings (a screen picture too large or unreadable) */
    public SiteRenderer(Theme theme, SiteModel model, Problems problems) {
        this.theme = theme;
        this.problems = problems;
        this.model = model;
        this.labels = new Labels(model.settings().language());
        this.views = new PageViews(model, labels, new StatsPages(model.stats(), labels));
        SiteSettings s = model.settings();
        List<Views.Link> nav = List.of(
                new Views.Link(labels.get("home"), "index.html"),
                new Views.Link(labels.get("cases"), "cases/index.html"),
                new Views.Link(labels.get("honors"), "honors/index.html"),
                new Views.Link(labels.get("activities"), "activities/index.html"),
                new Views.Link(labels.get("people"), "people/index.html"),
                new Views.Link(labels.get("tags"), "tags/index.html"),
                new Views.Link(labels.get("stats"), "stats/index.html"),
                new Views.Link(labels.get("archive"), "archive/index.html"));
        List<Views.Link> pages = model.pages().stream().map(p -> new Views.Link(p.title(), p.address())).toList();
        this.site = new Views.SiteInfo(s.title(), s.subtitle(), s.language().tag(), nav, pages, "feed.xml");
    }

    /** Renders every page and writes it; returns the number of pages per kind. */
    public Map<String, Integer> renderAll(BiConsumer<String, byte[]> out) {
        List<Job> jobs = jobs();
        // The search index merges its postings on one thread: it runs beside the page rendering,
        // which keeps both cores busy, instead of after it with one core idle.
        ExecutorService indexer = Executors.newSingleThreadExecutor(r -> new Thread(r, "search-index"));
        Future<Long> index = indexer.submit(() -> new SearchIndex(SearchDocuments.of(model, labels)).write(out));
        indexer.shutdown();
        try {
            jobs.parallelStream().forEach(job -> out.accept(job.address(), render(job)));
        } catch (RuntimeException e) {
            index.cancel(true);
            throw e;
        }
        int screenPages = new ScreenRenderer(theme, model, labels, out, problems).renderAll(out);
        await(index);
        Feeds feeds = new Feeds(model, views);
        out.accept("feed.xml", bytes(theme.render("feed.ftlx", feeds.feed())));
        feeds.sectionFeeds(labels).forEach((address, feed) -> out.accept(address, bytes(theme.render("feed.ftlx", feed))));
        feeds.sitemap(jobs.stream().map(Job::address).filter(a -> !a.equals("404.html")).toList())
                .ifPresent(map -> out.accept("sitemap.xml", bytes(theme.render("sitemap.ftlx", map))));
        return Map.of("cases", model.cases().size(), "honors", model.honors().size(),
                "activities", model.activities().size(), "people", model.people().size(),
                "pages", jobs.size(), "screens", screenPages);
    }

    private static void await(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the search index", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private byte[] render(Job job) {
        Views.Page page = new Views.Page(org.branchpress.content.Addresses.root(job.address()), job.address(),
                job.title(), model.settings().subtitle(), site, labels.words(), job.section(), job.content().get());
        return bytes(theme.render(job.template(), page));
    }

    private List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job("index.html", "index.ftlh", model.settings().title(), "home", views::home));
        sectionJobs(jobs, "cases", model.cases(), List.of());
        sectionJobs(jobs, "honors", model.honors(), views.seriesLinks());
        sectionJobs(jobs, "activities", model.activities(), List.of());
        List<Item<CaseStudy>> cases = model.cases();
        for (int i = 0; i < cases.size(); i++) {
            Item<CaseStudy> c = cases.get(i);
            Item<CaseStudy> newer = i > 0 ? cases.get(i - 1) : null;
            Item<CaseStudy> older = i + 1 < cases.size() ? cases.get(i + 1) : null;
            jobs.add(new Job(c.address(), "case.ftlh", c.title(), "cases", () -> views.casePage(c, newer, older)));
        }
        model.honors().forEach(h -> jobs.add(new Job(h.address(), "honor.ftlh", h.title(), "honors",
                () -> views.honorPage(h))));
        model.series().forEach(s -> jobs.add(new Job(s.address(), "series.ftlh", s.name(), "honors",
                () -> views.seriesPage(s))));
        model.activities().forEach(a -> jobs.add(new Job(a.address(), "activity.ftlh", a.title(), "activities",
                () -> views.activityPage(a))));
        model.pages().forEach(p -> jobs.add(new Job(p.address(), "page.ftlh", p.title(), "pages",
                () -> views.freePage(p))));
        jobs.add(new Job("people/index.html", "index-list.ftlh", labels.get("people"), "people", views::peopleIndex));
        model.people().forEach(p -> jobs.add(new Job(p.address(), "person.ftlh", p.name(), "people",
                () -> views.personPage(p))));
        jobs.add(new Job("tags/index.html", "index-list.ftlh", labels.get("tags"), "tags", views::tagIndex));
        model.tags().forEach(t -> jobs.add(groupJob(t, "tags", labels.get("tags") + "：" + t.name())));
        jobs.add(new Job("archive/index.html", "index-list.ftlh", labels.get("archive"), "archive",
                views::archiveIndex));
        model.years().forEach(y -> jobs.add(groupJob(y, "archive", y.name() + labels.get("year"))));
        StatsPages stats = new StatsPages(model.stats(), labels);
        jobs.add(new Job("stats/index.html", "stats.ftlh", labels.get("statsTitle"), "stats", stats::page));
        jobs.add(new Job("search/index.html", "search.ftlh", labels.get("search"), "search", () -> null));
        jobs.add(new Job("404.html", "404.ftlh", labels.get("notFound"), "404", this::notFound));
        return jobs;
    }

    private Views.NotFound notFound() {
        Map<String, byte[]> assets = theme.assets();
        return new Views.NotFound(new String(assets.get("assets/style.css"), java.nio.charset.StandardCharsets.UTF_8),
                model.settings().baseUrl().orElse(null),
                "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(assets.get("assets/icon.png")));
    }

    private Job groupJob(Group<Item<?>> group, String section, String heading) {
        return new Job(group.address(), "list.ftlh", heading, section,
                () -> new Views.CardList(heading, null, List.of(), views.cards(group.items()), null));
    }

    /** A section's list, paginated by page_size, newest first. */
    private void sectionJobs(List<Job> jobs, String section, List<? extends Item<?>> items, List<Views.Link> groups) {
        int size = model.settings().pageSize();
        int pages = Math.max(1, (items.size() + size - 1) / size);
        String heading = labels.get(section);
        for (int p = 1; p <= pages; p++) {
            int page = p;
            List<? extends Item<?>> slice = items.subList((p - 1) * size, Math.min(items.size(), p * size));
            String address = pageAddress(section, p);
            Views.Pager pager = pages == 1 ? null : new Views.Pager(labels.pageOf(p, pages),
                    p > 1 ? pageAddress(section, p - 1) : null, p < pages ? pageAddress(section, p + 1) : null);
            jobs.add(new Job(address, "list.ftlh", page == 1 ? heading : heading + "（" + labels.pageOf(p, pages) + "）",
                    section, () -> new Views.CardList(heading, null, page == 1 ? groups : List.of(),
                    views.cards(slice), pager)));
        }
    }

    private static String pageAddress(String section, int page) {
        return section + "/" + (page == 1 ? "index.html" : "index-" + page + ".html");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
