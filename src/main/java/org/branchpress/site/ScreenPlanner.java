package org.branchpress.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.Document;
import org.branchpress.content.FreePage;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;
import org.branchpress.content.Notice;
import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.settings.Screen;
import org.branchpress.settings.SiteSettings;

/**
 * Chooses each screen's slides from the site's sections: the newest items of each playlist
 * source, only those allowed on a screen ({@code screen: false} stays off, names of absent
 * members never appear), long honor rolls split over several slides, and what has already
 * expired left out. The pictures of the slides are planned here too, at the size each slide
 * shows them; a slide whose picture cannot be shown is left out, an honoree without one gets
 * the generated portrait.
 */
public final class ScreenPlanner {
    /**
     * The pixels each slide layout of screen.css shows a picture at: an honoree's photo on a
     * card, an activity's photo beside its text (landscape and portrait), and an image slide
     * the whole screen.
     */
    static final int PHOTO_WIDTH = 300;
    static final int PHOTO_HEIGHT = 400;
    static final int ACTIVITY_WIDTH = 880;
    static final int ACTIVITY_HEIGHT = 660;
    static final int ACTIVITY_PORTRAIT_WIDTH = 1000;
    static final int ACTIVITY_PORTRAIT_HEIGHT = 700;
    /** A case's cover above its QR code (landscape) or below its text (portrait): 40 × 30 vmin at most. */
    static final int CASE_COVER_WIDTH = 800;
    static final int CASE_COVER_HEIGHT = 600;

    /**
     * What the screens are chosen from: every input complete (sections sorted, statistics
     * computed) before any screen is planned.
     */
    public record Sources(SiteSettings settings, List<Item<CaseStudy>> cases, List<Item<HonorRoll>> honors,
                          List<Item<Activity>> activities, List<Item<FreePage>> pages,
                          List<Item<Notice>> notices, ActivityStats stats,
                          Map<String, Asset> assets, List<Federation.BranchSite> branches) {

        /** A single site's, or a branch's: nothing to draw from but its own. */
        public Sources(SiteSettings settings, List<Item<CaseStudy>> cases, List<Item<HonorRoll>> honors,
                       List<Item<Activity>> activities, List<Item<FreePage>> pages, List<Item<Notice>> notices,
                       ActivityStats stats, Map<String, Asset> assets) {
            this(settings, cases, honors, activities, pages, notices, stats, assets, List.of());
        }
    }

    /**
     * An item a slide shows and the branch it comes from on a 党总支's screen: its address
     * under the branch's folder, its pictures the branch's own. Empty: the site's own item.
     */
    private record Drawn<D extends Document>(Item<D> item, Optional<Federation.BranchSite> branch) {
    }

    /**
     * Branches compared on one slide of {@code stats: {by: branch}} at the statistics slides'
     * sizes: a row each across a landscape panel, a name above its bar on a portrait one.
     */
    static final int BRANCHES_LANDSCAPE = 5;
    static final int BRANCHES_PORTRAIT = 3;

    /** Honorees per slide across a landscape canvas at lobby-distance sizes (a portrait one packs its cards: PortraitLayout). */
    static final int LANDSCAPE_CARDS = 3;

    /** The screen a site gets when site.yaml has no {@code screens:} (its title is the Labels' defaultScreen). */
    public static Screen defaultScreen() {
        return new Screen("default", "default", Screen.Orientation.LANDSCAPE, 12, List.of(), List.of(
                item(Screen.Source.HONORS, 2), item(Screen.Source.ACTIVITIES, 6), item(Screen.Source.CASES, 3),
                item(Screen.Source.STATS, 1)));
    }

    private static Screen.PlaylistItem item(Screen.Source source, int latest) {
        return new Screen.PlaylistItem(source, latest, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), new SourcePosition("content/site.yaml", 1, 1));
    }

    private final Sources sources;
    private final LocalDate today;
    private final ScreenPictures pictures;
    /** Each branch's pictures as the 总支's screens show them, by branch id. */
    private final Map<String, ScreenPictures> branchPictures = new LinkedHashMap<>();
    private final Problems problems;
    private final ScreenTexts texts;

    /** @param problems where a picture kept off the screens, or a text shortened on them, is reported (warnings) */
    public ScreenPlanner(Sources sources, LocalDate today, Problems problems) {
        this.sources = sources;
        this.today = today;
        this.pictures = new ScreenPictures(sources.assets(), problems);
        this.problems = problems;
        this.texts = new ScreenTexts(problems);
    }

    /** The configured screens, or the default one, with the pictures their slides show. */
    public Screens plan() {
        List<Screen> screens = sources.settings().screens().isEmpty() ? List.of(defaultScreen())
                : sources.settings().screens();
        List<ScreenPlan> plans = screens.stream().map(this::plan).toList();
        Map<String, java.util.function.Supplier<byte[]>> scaled = new LinkedHashMap<>(pictures.scaled());
        branchPictures.values().forEach(p -> scaled.putAll(p.scaled()));
        return new Screens(plans, scaled);
    }

    ScreenPlan plan(Screen screen) {
        List<Slide> slides = new ArrayList<>();
        for (Screen.PlaylistItem item : screen.playlist()) {
            if (expired(item.until())) {
                continue; // before its pictures are planned: an expired slide ships none
            }
            int seconds = item.seconds().orElse(screen.seconds());
            switch (item.source()) {
                case HONORS -> drawn(item, sources.honors(), SiteModel::honors).stream()
                        .filter(h -> item.kind().map(k -> k.equals(h.item().document().series())).orElse(true))
                        .limit(item.latest()).forEach(h -> {
                            int first = slides.size();
                            honorSlides(h.item(), item, seconds, screen.orientation(), pictures(h), slides);
                            label(slides, first, h, item);
                        });
                case ACTIVITIES -> drawn(item, sources.activities(), SiteModel::activities).stream()
                        .limit(item.latest()).forEach(d -> {
                    Item<Activity> a = d.item();
                    Optional<String> photo = activityPhoto(a.document(), screen.orientation(), pictures(d));
                    int pages = ScreenTexts.pages(a.body().summary(), budget(screen).activitySummary(a.document())).size();
                    int first = slides.size();
                    for (Slide.Portion portion : portions(screen, photo.isPresent(), pages, true)) {
                        slides.add(slide(new Slide.ActivityNews(a, photo, portion), a.document(), item, seconds));
                    }
                    label(slides, first, d, item);
                });
                case CASES -> drawn(item, sources.cases(), SiteModel::cases).stream().limit(item.latest()).forEach(d -> {
                    Item<CaseStudy> c = d.item();
                    Optional<String> cover = caseCover(c, pictures(d));
                    boolean picture = cover.isPresent() || sources.settings().baseUrl().isPresent(); // the QR code
                    int pages = ScreenTexts.pages(c.body().summary(), budget(screen).caseSummary(c.document())).size();
                    int first = slides.size();
                    for (Slide.Portion portion : portions(screen, picture, pages, false)) {
                        slides.add(slide(new Slide.CaseNews(c, cover, portion), c.document(), item, seconds));
                    }
                    label(slides, first, d, item);
                });
                case STATS -> {
                    if (item.byBranch()) {
                        branchStats(screen.orientation()).forEach(b -> slides.add(new Slide(b, seconds, item.from(), item.until(),
                                item.hours())));
                        break;
                    }
                    Slide.Stats stats = stats();
                    slides.add(new Slide(stats, seconds, item.from(), item.until(), item.hours()));
                    // the year's target sets, as shares of the members: never a person's figures
                    sources.stats().targets().stream().filter(t -> t.year() == stats.year() && !t.rows().isEmpty())
                            .forEach(t -> slides.add(new Slide(new Slide.Targets(t), seconds, item.from(),
                                    item.until(), item.hours())));
                }
                case PAGE -> page(item).ifPresent(p -> slides.add(slide(new Slide.Page(p), p.document(), item, seconds)));
                // an image slide whose picture cannot be shown is left out: a blank poster helps no one
                case IMAGE -> item.src().flatMap(src -> pictures.fit(src, screen.orientation().width(),
                        screen.orientation().height()).map(address -> new Slide.Image(src, address)))
                        .ifPresent(image -> slides.add(new Slide(image, seconds, item.from(), item.until(), item.hours())));
                case VIDEO -> video(item, screen).ifPresent(video -> slides.add(new Slide(video, seconds, item.from(),
                        item.until(), item.hours())));
            }
        }
        notices(screen, slides);
        slides.removeIf(s -> expired(s.until()));
        slides.forEach(s -> checkTexts(s, ScreenTexts.budget(screen.orientation() == Screen.Orientation.PORTRAIT)));
        return new ScreenPlan(screen, List.copyOf(slides), today);
    }

    /** Every text the slide shows that its budget shortens: a warning at its file and line. */
    private void checkTexts(Slide slide, ScreenTexts.Budget budget) {
        slide.content().accept(new Slide.Visitor<Void>() {
            @Override
            public Void honors(Slide.Honors h) {
                HonorRoll roll = h.roll().document();
                texts.check(roll.meta().title(), budget.honorTitle(), "标题", roll.source().display(),
                        roll.meta().lines().title());
                for (Slide.Entry e : h.entries()) {
                    Honoree who = e.honoree();
                    String file = roll.source().display();
                    texts.check(who.name(), budget.name(), who.team() ? "团队名称" : "姓名", file, who.line());
                    String unit = who.team() ? String.join("、", who.members()) : who.unit().orElse("");
                    texts.check(unit, budget.unit(), who.team() ? "成员名单" : "单位", file, who.line());
                    who.citation().ifPresent(c -> texts.checkPages(c, budget.citation(who), "事迹", file, who.line()));
                }
                return null;
            }

            @Override
            public Void activity(Slide.ActivityNews a) {
                Activity activity = a.activity().document();
                title(activity);
                if (a.portion().text() && a.portion().page() == 0) {
                    activity.location().ifPresent(l -> texts.check(l, budget.location(), "地点",
                            activity.source().display(), activity.meta().lines().title()));
                    pagedSummary(a.activity(), budget.activitySummary(activity));
                }
                return null;
            }

            @Override
            public Void caseNews(Slide.CaseNews c) {
                title(c.item().document());
                if (c.portion().text() && c.portion().page() == 0) {
                    pagedSummary(c.item(), budget.caseSummary(c.item().document()));
                }
                return null;
            }

            @Override
            public Void stats(Slide.Stats s) {
                return null;
            }

            @Override
            public Void targets(Slide.Targets t) {
                return null;
            }

            @Override
            public Void branches(Slide.BranchStats b) {
                return null;
            }

            @Override
            public Void page(Slide.Page p) {
                title(p.page().document());
                summary(p.page(), budget.pageText(p.page().document()));
                return null;
            }

            @Override
            public Void image(Slide.Image i) {
                return null;
            }

            @Override
            public Void video(Slide.Video v) {
                return null;
            }

            @Override
            public Void notice(Slide.NoticeNews n) {
                Document d = n.notice().document();
                texts.check(d.meta().title(), budget.noticeTitle(), "标题", d.source().display(), d.meta().lines().title());
                summary(n.notice(), budget.noticeText());
                return null;
            }

            private void title(Document d) {
                texts.check(d.meta().title(), budget.title(), "标题", d.source().display(), d.meta().lines().title());
            }

            /** A summary from the body is warned about at the body's first line, one from front matter at its line. */
            private void summary(Item<?> item, int budget) {
                Document d = item.document();
                texts.check(item.body().summary(), budget, "摘要", d.source().display(), summaryLine(d));
            }

            /** A summary that may go on over several slides: warned about when some of it is still left out. */
            private void pagedSummary(Item<?> item, int budget) {
                Document d = item.document();
                texts.checkPages(item.body().summary(), budget, "摘要", d.source().display(), summaryLine(d));
            }

            private static int summaryLine(Document d) {
                return d.meta().summary().isPresent() ? d.meta().lines().summary() : d.body().firstLine();
            }
        });
    }

    /**
     * The notices that name this screen (or name none), after the playlist's items, oldest window
     * first: each shows in its window only, for the screen's seconds.
     */
    private void notices(Screen screen, List<Slide> slides) {
        latest(sources.notices()).filter(n -> n.document().on(screen.id()))
                .sorted(java.util.Comparator.comparing((Item<Notice> n) -> n.document().from())
                        .thenComparing(n -> n.document().source().relative()))
                .forEach(n -> slides.add(new Slide(new Slide.NoticeNews(n), screen.seconds(),
                        Optional.of(n.document().from()), Optional.of(n.document().until()), Optional.empty())));
    }

    /**
     * The longest a video slide plays when its item gives no {@code seconds} (10 minutes): a
     * video that never reports its end must not stop the rotation.
     */
    static final int VIDEO_LIMIT = 600;

    /** A video slide, when its file is there (ScreenChecks refused the build otherwise). */
    private Optional<Slide.Video> video(Screen.PlaylistItem item, Screen screen) {
        return item.src().flatMap(src -> org.branchpress.content.ContentPaths.resolve("", src))
                .flatMap(src -> Optional.ofNullable(sources.assets().get(src))).map(asset -> new Slide.Video(
                item.src().get(), org.branchpress.content.Addresses.encodePath(asset.address()),
                item.poster().flatMap(p -> pictures.fit(p, screen.orientation().width(), screen.orientation().height())),
                item.seconds().orElse(VIDEO_LIMIT)));
    }

    private boolean expired(Optional<LocalDate> until) {
        return until.map(u -> u.isBefore(today)).orElse(false);
    }

    /** Newest first, allowed on screens, not yet expired. */
    private <D extends Document> java.util.stream.Stream<Item<D>> latest(List<Item<D>> items) {
        return items.stream().filter(i -> i.document().meta().screen())
                .filter(i -> !expired(i.document().meta().showUntil()));
    }

    /**
     * The newest items of the site's own section and, on a 党总支's screen whose item says
     * {@code branches:}, of those branches' sections, newest first across all of them.
     */
    private <D extends Document> List<Drawn<D>> drawn(Screen.PlaylistItem item, List<Item<D>> own,
                                                      java.util.function.Function<SiteModel, List<Item<D>>> section) {
        List<Drawn<D>> all = new ArrayList<>();
        latest(own).forEach(i -> all.add(new Drawn<>(i, Optional.empty())));
        for (Federation.BranchSite b : sources.branches()) {
            if (item.reach().includes(b.id())) {
                latest(section.apply(b.model())).forEach(i -> all.add(new Drawn<>(b.lifted(i), Optional.of(b))));
            }
        }
        all.sort(java.util.Comparator.comparing(Drawn::item, Item.NEWEST_FIRST)); // stable: one site's order kept
        return all;
    }

    /** The pictures an item's slides show: its branch's, on a 党总支's screen. */
    private ScreenPictures pictures(Drawn<?> drawn) {
        return drawn.branch().map(b -> branchPictures.computeIfAbsent(b.id(),
                id -> new ScreenPictures(b.model().assets(), b.folder(), problems))).orElse(pictures);
    }

    /**
     * On a playlist item that draws from branches, the slides from {@code first} on name where
     * their item comes from: its branch, or the 总支 itself.
     */
    private void label(List<Slide> slides, int first, Drawn<?> drawn, Screen.PlaylistItem item) {
        if (item.reach().own()) {
            return;
        }
        String title = drawn.branch().map(Federation.BranchSite::title).orElse(sources.settings().title());
        for (int i = first; i < slides.size(); i++) {
            slides.set(i, slides.get(i).of(Optional.of(title)));
        }
    }

    private void honorSlides(Item<HonorRoll> roll, Screen.PlaylistItem item, int seconds,
                             Screen.Orientation orientation, ScreenPictures pictures, List<Slide> slides) {
        List<Slide.Entry> shown = roll.document().entries().stream().filter(Honoree::screen)
                .map(e -> new Slide.Entry(e, e.photo().flatMap(p -> pictures.fit(p, PHOTO_WIDTH, PHOTO_HEIGHT))))
                .toList();
        List<List<Slide.Entry>> parts = orientation == Screen.Orientation.PORTRAIT
                ? PortraitLayout.pack(roll.document(), shown) : chunks(shown, LANDSCAPE_CARDS);
        for (int p = 0; p < parts.size(); p++) {
            int pages = parts.get(p).stream().mapToInt(e -> ScreenTexts.pages(e.honoree().citation().orElse(""),
                    ScreenTexts.budget(orientation == Screen.Orientation.PORTRAIT).citation(e.honoree())).size())
                    .max().orElse(1);
            for (int page = 0; page < Math.max(1, pages); page++) {
                slides.add(slide(new Slide.Honors(roll, parts.get(p), p + 1, parts.size(), page), roll.document(), item,
                        seconds));
            }
        }
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    private static ScreenTexts.Budget budget(Screen screen) {
        return ScreenTexts.budget(screen.orientation() == Screen.Orientation.PORTRAIT);
    }

    /**
     * The slides an activity or a case takes: one, whole, on a landscape panel; on a portrait
     * panel an item with a picture (its photo, cover or QR code) and a summary takes one for
     * each, an activity's photo first, a case's text first and then its cover and the code to
     * read the rest. A summary of several {@code pages} (a first sentence longer than a slide)
     * adds a text slide for each page after the first.
     */
    private static List<Slide.Portion> portions(Screen screen, boolean picture, int pages, boolean pictureFirst) {
        List<Slide.Portion> portions = new ArrayList<>();
        boolean apart = screen.orientation() == Screen.Orientation.PORTRAIT && picture && pages > 0;
        if (!apart) {
            portions.add(Slide.Portion.WHOLE);
        } else if (pictureFirst) {
            portions.add(Slide.Portion.picture(false));
        }
        for (int page = apart ? 0 : 1; page < pages; page++) {
            portions.add(Slide.Portion.text(page, !portions.isEmpty()));
        }
        if (apart && !pictureFirst) {
            portions.add(Slide.Portion.picture(true));
        }
        return portions;
    }

    /** The case's cover, or the first picture of its write-up when it names no cover. */
    private static Optional<String> caseCover(Item<CaseStudy> c, ScreenPictures pictures) {
        return c.document().meta().cover().or(() -> c.body().firstPicture())
                .flatMap(cover -> pictures.fit(cover, CASE_COVER_WIDTH, CASE_COVER_HEIGHT));
    }

    private static Optional<String> activityPhoto(Activity a, Screen.Orientation orientation, ScreenPictures pictures) {
        boolean portrait = orientation == Screen.Orientation.PORTRAIT;
        return a.photos().isEmpty() ? Optional.empty() : pictures.fit(a.photos().get(0),
                portrait ? ACTIVITY_PORTRAIT_WIDTH : ACTIVITY_WIDTH, portrait ? ACTIVITY_PORTRAIT_HEIGHT : ACTIVITY_HEIGHT);
    }

    /** The tighter of the playlist item's window and the document's own show_from/show_until. */
    private static Slide slide(Slide.Content content, Document d, Screen.PlaylistItem item, int seconds) {
        Optional<LocalDate> from = later(item.from(), d.meta().showFrom());
        Optional<LocalDate> until = earlier(item.until(), d.meta().showUntil());
        return new Slide(content, seconds, from, until, item.hours());
    }

    private Optional<Item<FreePage>> page(Screen.PlaylistItem item) {
        return item.src().flatMap(src -> sources.pages().stream()
                .filter(p -> p.document().source().relative().equals(src)
                        || p.document().meta().slug().equals(src))
                .findFirst());
    }

    /**
     * The 党总支's branches compared over this year (the newest year any branch has activities
     * in, when this year has none yet), a few a slide: each branch whose
     * window reaches into the year, with its activities and its 三会一课 periods held of
     * judged, a temporary branch's inside its window only.
     */
    private List<Slide.BranchStats> branchStats(Screen.Orientation orientation) {
        int year = sources.branches().stream().flatMap(b -> b.model().activities().stream())
                .mapToInt(a -> a.date().getYear()).filter(y -> y <= today.getYear()).max().orElse(today.getYear());
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Slide.BranchFigure> rows = new ArrayList<>();
        for (Federation.BranchSite b : sources.branches()) {
            Optional<org.branchpress.settings.Branching.Temporary> window = b.temporary();
            if (window.isPresent() && !window.get().overlaps(start, end)) {
                continue; // set up after the year, or revoked before it
            }
            int activities = (int) b.model().activities().stream().filter(a -> a.date().getYear() == year)
                    .filter(a -> window.map(w -> w.overlaps(a.date(), a.date())).orElse(true)).count();
            org.branchpress.content.AttendanceRate held = ActivityStats.held(b.model().stats().years().stream()
                    .filter(y -> y.year() == year).flatMap(y -> y.compliance().stream())
                    .flatMap(r -> r.periods().stream())
                    .filter(p -> window.map(w -> w.overlaps(p.start(), p.end())).orElse(true)));
            rows.add(new Slide.BranchFigure(b.title(), activities, held, window.isPresent()));
        }
        int activities = rows.stream().mapToInt(Slide.BranchFigure::activities).sum();
        org.branchpress.content.AttendanceRate pooled = new org.branchpress.content.AttendanceRate(
                rows.stream().mapToInt(r -> r.compliance().present()).sum(),
                rows.stream().mapToInt(r -> r.compliance().expected()).sum());
        List<List<Slide.BranchFigure>> parts = chunks(rows,
                orientation == Screen.Orientation.PORTRAIT ? BRANCHES_PORTRAIT : BRANCHES_LANDSCAPE);
        List<Slide.BranchStats> slides = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            slides.add(new Slide.BranchStats(year, List.copyOf(parts.get(p)), p + 1, parts.size(), activities, pooled));
        }
        return slides;
    }

    /** This year's numbers (the newest year with activities, when this year has none yet). */
    private Slide.Stats stats() {
        Optional<ActivityStats.Year> year = sources.stats().years().stream()
                .filter(y -> y.year() <= today.getYear() && y.total() > 0).findFirst();
        int y = year.map(ActivityStats.Year::year).orElse(today.getYear());
        Map<String, Integer> byType = new LinkedHashMap<>();
        year.ifPresent(stats -> stats.byTypeAndMonth().forEach((type, months) -> {
            int n = java.util.Arrays.stream(months).sum();
            if (n > 0) {
                byType.put(type, n);
            }
        }));
        int rolls = (int) sources.honors().stream().filter(h -> h.date().getYear() == y).count();
        return new Slide.Stats(y, year.map(ActivityStats.Year::total).orElse(0), rolls, byType,
                year.map(ActivityStats.Year::complianceRate).filter(r -> r.expected() > 0));
    }

    private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isBefore(b.get()) ? a : b;
    }
}
