package org.branchpress.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.branchpress.content.Addresses;
import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.FreePage;
import org.branchpress.content.Notice;
import org.branchpress.content.HonorRoll;
import org.branchpress.render.OutputFormat.Job;
import org.branchpress.search.SearchIndex;
import org.branchpress.site.Group;
import org.branchpress.site.Item;
import org.branchpress.site.Person;
import org.branchpress.site.SiteModel;
import org.branchpress.site.TargetSheet;
import org.branchpress.source.ContentKind;

/**
 * Stage 6: site model × theme → files. The output formats are one list, walked in order;
 * each file is a job, jobs render on both cores and are written as soon as they are ready,
 * so memory holds only the pages in flight. Links are made relative while rendering: no
 * second pass over the HTML.
 */
public final class SiteRenderer {
    private final Theme theme;
    private final SiteModel model;
    private final Labels labels;
    private final PageViews views;
    private final StatsPages stats;
    private final Views.SiteInfo site;
    private final List<OutputFormat> formats;
    private final RenderMemo memo;
    /** A 党总支's branches; null for a branch or a single site. */
    private final BranchViews branches;

    public SiteRenderer(Theme theme, SiteModel model) {
        this(theme, model, RenderMemo.none());
    }

    /** @param memo the files of the last rendering with this theme, for serve: only what changed is rendered */
    public SiteRenderer(Theme theme, SiteModel model, RenderMemo memo) {
        this.memo = memo;
        this.theme = theme;
        this.model = model;
        this.labels = new Labels(model.settings().language());
        this.stats = new StatsPages(model.stats(), labels);
        this.branches = model.federation().branches().isEmpty() ? null : new BranchViews(model, labels);
        this.views = new PageViews(model, labels, stats, branches);
        List<Views.Link> nav = new ArrayList<>();
        // a branch of a 党总支: the way back up to the 总支's portal, two folders above this one
        model.federation().parent().ifPresent(title -> nav.add(new Views.Link(labels.get("upToParent") + title,
                "../../index.html")));
        nav.add(new Views.Link(labels.get("home"), "index.html"));
        model.sectionKinds().forEach(k -> nav.add(new Views.Link(labels.get(k.folder()), k.folder() + "/index.html")));
        for (String section : List.of("people", "tags", "stats", "archive")) {
            nav.add(new Views.Link(labels.get(section), section + "/index.html"));
        }
        if (!model.federation().branches().isEmpty()) {
            nav.add(new Views.Link(labels.get("branchCompare"), BranchViews.COMPARE));
        }
        List<Views.Link> pages = model.pages().stream().map(p -> new Views.Link(p.title(), p.address())).toList();
        this.site = new Views.SiteInfo(model.settings().title(), model.settings().subtitle(),
                model.settings().language().tag(), List.copyOf(nav), pages, "feed.xml", srcsets(model));
        Feeds feeds = new Feeds(model, views, labels, branches);
        this.formats = List.of(
                new OutputFormat(Output.PORTAL, before -> portal(), false),
                new OutputFormat(Output.SCREENS, before -> screens(), false),
                new OutputFormat(Output.FEEDS, before -> feeds.all().entrySet().stream().map(e -> Job.file(e.getKey(),
                        false, () -> render(e.getKey(), "feed.ftlx", e.getValue()))).toList(), false),
                new OutputFormat(Output.SITEMAP, before -> feeds.sitemap(before.stream().filter(Job::listed)
                        .map(Job::address).toList()).map(map -> List.of(Job.file("sitemap.xml", false,
                        () -> render("sitemap.xml", "sitemap.ftlx", map)))).orElse(List.of()), false),
                new OutputFormat(Output.SEARCH, before -> List.of(new Job("search/index.js", false,
                        out -> new SearchIndex(SearchDocuments.of(model, labels), model.federation().branches().stream()
                                .map(org.branchpress.site.Federation.BranchSite::folder).toList()).write(out))), true));
    }

    /** Renders every format and writes each file; returns the number of files per format. */
    public Map<Output, Integer> renderAll(BiConsumer<String, byte[]> out) {
        return render(out, format -> true);
    }

    /**
     * Renders the formats named and writes each of their files (serve shows the pages before the
     * search index is done); returns the number of files per format rendered.
     */
    public Map<Output, Integer> render(BiConsumer<String, byte[]> out, java.util.function.Predicate<Output> which) {
        Map<Output, AtomicInteger> written = new EnumMap<>(Output.class);
        List<Job> before = new ArrayList<>();
        List<Runnable> together = new ArrayList<>();
        List<Runnable> alone = new ArrayList<>();
        for (OutputFormat format : formats) {
            AtomicInteger count = written.computeIfAbsent(format.name(), n -> new AtomicInteger());
            BiConsumer<String, byte[]> counted = (address, bytes) -> {
                count.incrementAndGet();
                out.accept(address, bytes);
            };
            List<Job> jobs = format.jobs().apply(Collections.unmodifiableList(before));
            before.addAll(jobs);
            if (!which.test(format.name())) {
                continue;
            }
            jobs.forEach(job -> (format.ownThread() ? alone : together).add(() -> job.write().accept(counted)));
        }
        ForkJoinPool thread = aside();
        List<Future<?>> aside = alone.stream().<Future<?>>map(thread::submit).toList();
        thread.shutdown();
        try {
            together.parallelStream().forEach(Runnable::run);
        } catch (RuntimeException e) {
            aside.forEach(f -> f.cancel(true));
            throw e;
        }
        aside.forEach(SiteRenderer::await);
        Map<Output, Integer> counts = new EnumMap<>(Output.class);
        written.forEach((name, n) -> counts.put(name, n.get()));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The page of the item at one address, rendered alone: serve's first look at a saved file
     * shows its page before the rest is rendered. Empty when no item has that address.
     */
    public Optional<byte[]> itemPage(String address) {
        for (ContentKind kind : ContentKind.values()) {
            List<? extends Item<?>> items = model.items(kind);
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).address().equals(address)) {
                    byte[][] bytes = new byte[1][];
                    itemJob(kind, i).write().accept((at, made) -> bytes[0] = made);
                    return Optional.of(bytes[0]);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the formats of their own thread run: a fork-join pool of their own, as wide as the
     * machine, so the parallel streams inside them (the search index's parts) fork into it. From
     * a plain thread they forked into the common pool, busy with pages, and the plain thread spun
     * in {@code helpComplete} waiting for them: a tenth of a 10,000-file build's CPU. With a pool
     * of their own they use both cores once the pages are done.
     */
    private static ForkJoinPool aside() {
        ForkJoinPool.ForkJoinWorkerThreadFactory named = pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("output-alone-" + t.getPoolIndex());
            return t;
        };
        return new ForkJoinPool(Runtime.getRuntime().availableProcessors(), named, null, false);
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

    /** Every photo published with narrower copies, by the href the views give it. */
    private static Map<String, List<Views.Width>> srcsets(SiteModel model) {
        Map<String, List<Views.Width>> srcsets = new java.util.HashMap<>();
        model.assets().values().forEach(a -> a.photo().filter(p -> p.variants().size() > 1).ifPresent(p ->
                srcsets.put(Addresses.encodePath(p.address()), p.variants().stream()
                        .map(v -> new Views.Width(Addresses.encodePath(v.address()), v.width())).toList())));
        return Map.copyOf(srcsets);
    }

    /** A portal page: the layout around a view, listed in the sitemap. */
    private Job page(String address, String template, String title, String section, Supplier<Object> content) {
        return Job.file(address, true, () -> render(address, template, new Views.Page(Addresses.root(address),
                address, title, model.settings().subtitle(), site, labels.words(), section, content.get())));
    }

    private byte[] render(String address, String template, Object view) {
        return memo.render(address, template, view, () -> theme.render(template, view));
    }

    /**
     * The TV screens, their still pages and the officer's preview wall ({@code screen/preview.html},
     * a portal page that no list or sitemap names).
     */
    private List<Job> screens() {
        ScreenRenderer screens = new ScreenRenderer(theme, model, labels);
        List<Job> jobs = new ArrayList<>(screens.jobs());
        jobs.addAll(screens.previewPages());
        Job preview = page("screen/preview.html", "screen-preview.ftlh", labels.get("previewTitle"), "screens",
                screens::preview);
        jobs.add(new Job(preview.address(), false, preview.write()));
        return jobs;
    }

    private List<Job> portal() {
        List<Job> jobs = new ArrayList<>();
        jobs.add(page("index.html", "index.ftlh", model.settings().title(), "home", views::home));
        model.sectionKinds().forEach(k -> sectionJobs(jobs, k.folder(), listed(k), sectionGroups(k)));
        for (ContentKind kind : ContentKind.values()) {
            itemJobs(jobs, kind);
        }
        jobs.add(page("people/index.html", "index-list.ftlh", labels.get("people"), "people", views::peopleIndex));
        model.people().forEach(p -> personJobs(jobs, p));
        jobs.add(page("tags/index.html", "index-list.ftlh", labels.get("tags"), "tags", views::tagIndex));
        model.tags().forEach(t -> groupJobs(jobs, t, "tags", labels.get("tags") + "：" + t.name()));
        jobs.add(page("archive/index.html", "index-list.ftlh", labels.get("archive"), "archive",
                views::archiveIndex));
        model.years().forEach(y -> groupJobs(jobs, y, "archive", y.name() + labels.get("year")));
        jobs.add(page("stats/index.html", "stats.ftlh", labels.get("statsTitle"), "stats",
                () -> stats.page(stats.targetLinks())));
        for (TargetSheet sheet : model.stats().targets()) { // per-person figures: out of the sitemap
            Job notice = page(sheet.address(), "targets.ftlh", stats.targetTitle(sheet), "stats",
                    () -> stats.targetPage(sheet));
            jobs.add(new Job(notice.address(), false, notice.write()));
        }
        if (branches != null) {
            jobs.add(page(BranchViews.COMPARE, "branches.ftlh", labels.get("branchCompare"), "stats",
                    branches::compare));
        }
        jobs.add(page("search/index.html", "search.ftlh", labels.get("search"), "search",
                () -> new Views.SearchPage(SearchDocuments.kinds(labels),
                        branches == null ? List.of() : branches.searchFilter())));
        Job notFound = page("404.html", "404.ftlh", labels.get("notFound"), "404", this::notFound);
        jobs.add(new Job(notFound.address(), false, notFound.write())); // at every address: not one to list
        return jobs;
    }

    /** A section's list: a 党总支's honors list collects every branch's honor rolls with its own. */
    private List<? extends Item<?>> listed(ContentKind kind) {
        return branches != null && kind == ContentKind.HONOR ? branches.withOwn(model.items(kind), kind)
                : model.items(kind);
    }

    /** The links atop a section's first page: the award series of the honor rolls. */
    private List<Views.Link> sectionGroups(ContentKind kind) {
        return switch (kind) {
            case HONOR -> views.seriesLinks();
            case CASE, ACTIVITY, PAGE, NOTICE -> List.of();
        };
    }

    /**
     * Each item's own page, in its kind's template; the section a page belongs to is its folder.
     * The honor rolls' award series follow them.
     */
    private void itemJobs(List<Job> jobs, ContentKind kind) {
        for (int i = 0; i < model.items(kind).size(); i++) {
            jobs.add(itemJob(kind, i));
        }
        if (kind == ContentKind.HONOR) {
            model.series().forEach(s -> jobs.add(page(s.address(), "series.ftlh", s.name(), kind.folder(),
                    () -> views.seriesPage(s))));
        }
    }

    /** The page of the item at {@code index} of its kind's section (cases link their neighbours). */
    private Job itemJob(ContentKind kind, int index) {
        String template = kind.template() + ".ftlh";
        String section = kind.folder();
        return switch (kind) {
            case CASE -> {
                List<Item<CaseStudy>> cases = model.cases();
                Item<CaseStudy> c = cases.get(index);
                Item<CaseStudy> newer = index > 0 ? cases.get(index - 1) : null;
                Item<CaseStudy> older = index + 1 < cases.size() ? cases.get(index + 1) : null;
                yield page(c.address(), template, c.title(), section, () -> views.casePage(c, newer, older));
            }
            case HONOR -> {
                Item<HonorRoll> h = model.honors().get(index);
                yield page(h.address(), template, h.title(), section, () -> views.honorPage(h));
            }
            case ACTIVITY -> {
                Item<Activity> a = model.activities().get(index);
                yield page(a.address(), template, a.title(), section, () -> views.activityPage(a));
            }
            case PAGE -> {
                Item<FreePage> p = model.pages().get(index);
                yield page(p.address(), template, p.title(), section, () -> views.freePage(p));
            }
            case NOTICE -> {
                Item<Notice> n = model.notices().get(index);
                yield page(n.address(), template, n.title(), section, () -> views.noticePage(n));
            }
        };
    }

    private Views.NotFound notFound() {
        Map<String, byte[]> assets = theme.assets();
        return new Views.NotFound(new String(assets.get("assets/style.css"), StandardCharsets.UTF_8),
                model.settings().baseUrl().orElse(null),
                "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(assets.get("assets/icon.png")));
    }

    /** A tag's or a year's list, paginated like a section's: a tag of a large site lists thousands. */
    private void groupJobs(List<Job> jobs, Group<Item<?>> group, String section, String heading) {
        listJobs(jobs, folderOf(group.address()), section, heading, group.items(), List.of());
    }

    /** A section's list, paginated by page_size, newest first. */
    private void sectionJobs(List<Job> jobs, String section, List<? extends Item<?>> items, List<Views.Link> groups) {
        listJobs(jobs, section, section, labels.get(section), items, groups);
    }

    /** A list of cards in {@code folder}, page_size a page, the groups' links atop the first. */
    private void listJobs(List<Job> jobs, String folder, String section, String heading,
                          List<? extends Item<?>> items, List<Views.Link> groups) {
        int size = model.settings().pageSize();
        int pages = Math.max(1, (items.size() + size - 1) / size);
        for (int p = 1; p <= pages; p++) {
            int page = p;
            List<? extends Item<?>> slice = items.subList((p - 1) * size, Math.min(items.size(), p * size));
            Views.Pager pager = pager(folder, p, pages);
            jobs.add(page(pageAddress(folder, p), "list.ftlh", pageHeading(heading, p, pages), section,
                    () -> new Views.CardList(heading, null, page == 1 ? groups : List.of(), views.cards(slice), pager)));
        }
    }

    private static String folderOf(String address) {
        return address.substring(0, address.lastIndexOf('/'));
    }

    /**
     * A person's page, paginated by page_size like a section's list: a member of many years
     * attends hundreds of activities, and one page of them all was tens of thousands of pixels.
     */
    private void personJobs(List<Job> jobs, Person person) {
        int size = model.settings().pageSize();
        int pages = views.personPages(person, size);
        String folder = folderOf(person.address());
        for (int p = 1; p <= pages; p++) {
            int page = p;
            Views.Pager pager = pager(folder, p, pages);
            jobs.add(page(pageAddress(folder, p), "person.ftlh", pageHeading(person.name(), p, pages), "people",
                    () -> views.personPage(person, page, size, pager)));
        }
    }

    private Views.Pager pager(String folder, int page, int pages) {
        return pages == 1 ? null : new Views.Pager(labels.pageOf(page, pages),
                page > 1 ? pageAddress(folder, page - 1) : null, page < pages ? pageAddress(folder, page + 1) : null);
    }

    private String pageHeading(String heading, int page, int pages) {
        return page == 1 ? heading : heading + "（" + labels.pageOf(page, pages) + "）";
    }

    private static String pageAddress(String section, int page) {
        return section + "/" + (page == 1 ? "index.html" : "index-" + page + ".html");
    }
}
