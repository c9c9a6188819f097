package org.branchpress.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.content.Document;
import org.branchpress.content.FreePage;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;
import org.branchpress.problem.SourcePosition;
import org.branchpress.settings.Screen;

/**
 * Chooses each screen's slides from the site model: the newest items of each playlist source,
 * only those allowed on a screen ({@code screen: false} stays off, names of absent members never
 * appear), long honor rolls split over several slides, and what has already expired left out.
 */
public final class ScreenPlanner {
    /** Honorees per slide at lobby-distance sizes: three across a 1920×1080 canvas, four down a 1080×1920 one. */
    static int honoreesPerSlide(Screen.Orientation orientation) {
        return orientation == Screen.Orientation.PORTRAIT ? 4 : 3;
    }

    /** The screen a site gets when site.yaml has no {@code screens:}. */
    public static Screen defaultScreen() {
        return new Screen("default", "楼宇电视", Screen.Orientation.LANDSCAPE, 12, List.of(), List.of(
                item(Screen.Source.HONORS, 2), item(Screen.Source.ACTIVITIES, 6), item(Screen.Source.CASES, 3),
                item(Screen.Source.STATS, 1)));
    }

    private static Screen.PlaylistItem item(Screen.Source source, int latest) {
        return new Screen.PlaylistItem(source, latest, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), new SourcePosition("content/site.yaml", 1, 1));
    }

    private final SiteModel model;
    private final LocalDate today;

    public ScreenPlanner(SiteModel model, LocalDate today) {
        this.model = model;
        this.today = today;
    }

    /** The configured screens, or the default one. */
    public List<ScreenPlan> plans() {
        List<Screen> screens = model.settings().screens().isEmpty() ? List.of(defaultScreen())
                : model.settings().screens();
        return screens.stream().map(this::plan).toList();
    }

    ScreenPlan plan(Screen screen) {
        List<Slide> slides = new ArrayList<>();
        for (Screen.PlaylistItem item : screen.playlist()) {
            int seconds = item.seconds().orElse(screen.seconds());
            switch (item.source()) {
                case HONORS -> latest(model.honors()).filter(h -> item.kind().map(k -> k.equals(
                        h.document().series())).orElse(true)).limit(item.latest())
                        .forEach(h -> honorSlides(h, item, seconds, honoreesPerSlide(screen.orientation()), slides));
                case ACTIVITIES -> latest(model.activities()).limit(item.latest())
                        .forEach(a -> slides.add(slide(new Slide.ActivityNews(a), a.document(), item, seconds)));
                case CASES -> latest(model.cases()).limit(item.latest())
                        .forEach(c -> slides.add(slide(new Slide.CaseNews(c), c.document(), item, seconds)));
                case STATS -> slides.add(new Slide(stats(), seconds, item.from(), item.until()));
                case PAGE -> page(item).ifPresent(p -> slides.add(slide(new Slide.Page(p), p.document(), item, seconds)));
                case IMAGE -> item.src().ifPresent(src -> slides.add(new Slide(new Slide.Image(src), seconds,
                        item.from(), item.until())));
            }
        }
        slides.removeIf(s -> s.until().map(u -> u.isBefore(today)).orElse(false));
        return new ScreenPlan(screen, List.copyOf(slides), today);
    }

    /** Newest first, allowed on screens, not yet expired. */
    private <D extends Document> java.util.stream.Stream<Item<D>> latest(List<Item<D>> items) {
        return items.stream().filter(i -> i.document().meta().screen())
                .filter(i -> i.document().meta().showUntil().map(u -> !u.isBefore(today)).orElse(true));
    }

    private void honorSlides(Item<HonorRoll> roll, Screen.PlaylistItem item, int seconds, int perSlide,
                             List<Slide> slides) {
        List<Honoree> shown = roll.document().entries().stream().filter(Honoree::screen).toList();
        int parts = (shown.size() + perSlide - 1) / perSlide;
        for (int p = 0; p < parts; p++) {
            List<Honoree> part = shown.subList(p * perSlide, Math.min(shown.size(), (p + 1) * perSlide));
            slides.add(slide(new Slide.Honors(roll, part, p + 1, parts), roll.document(), item, seconds));
        }
    }

    /** The tighter of the playlist item's window and the document's own show_from/show_until. */
    private static Slide slide(Slide.Content content, Document d, Screen.PlaylistItem item, int seconds) {
        Optional<LocalDate> from = later(item.from(), d.meta().showFrom());
        Optional<LocalDate> until = earlier(item.until(), d.meta().showUntil());
        return new Slide(content, seconds, from, until);
    }

    private Optional<Item<FreePage>> page(Screen.PlaylistItem item) {
        return item.src().flatMap(src -> model.pages().stream()
                .filter(p -> p.document().source().relative().equals(src)
                        || p.document().meta().slug().equals(src))
                .findFirst());
    }

    /** This year's numbers (the newest year with activities, when this year has none yet). */
    private Slide.Stats stats() {
        Optional<ActivityStats.Year> year = model.stats().years().stream()
                .filter(y -> y.year() <= today.getYear() && y.total() > 0).findFirst();
        int y = year.map(ActivityStats.Year::year).orElse(today.getYear());
        Map<String, Integer> byType = new LinkedHashMap<>();
        year.ifPresent(stats -> stats.byTypeAndMonth().forEach((type, months) -> {
            int n = java.util.Arrays.stream(months).sum();
            if (n > 0) {
                byType.put(type, n);
            }
        }));
        int rolls = (int) model.honors().stream().filter(h -> h.date().getYear() == y).count();
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
