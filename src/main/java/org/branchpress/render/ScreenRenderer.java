package org.branchpress.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.branchpress.content.Activity;
import org.branchpress.content.Addresses;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;
import org.branchpress.markdown.Summaries;
import org.branchpress.render.OutputFormat.Job;
import org.branchpress.settings.Screen;
import org.branchpress.site.ScreenPlan;
import org.branchpress.site.SiteModel;
import org.branchpress.site.Slide;

/**
 * The TV screens' output format: for each screen a rotating page
 * ({@code screen/<id>/index.html}) holding a fixed set of slides, and one page per slide
 * chained by {@code <noscript>} refreshes for players whose script does not run. The first screen is also {@code screen/index.html}. The
 * pictures were decided and scaled when the model was assembled; here they are only written.
 */
final class ScreenRenderer {
    /**
     * Character budgets that fit the slide layouts of screen.css at lobby font sizes (checked in
     * Chromium by ScreenBrowserTest at 1920×1080, 1366×768 and 1080×1920). TITLE: one line over
     * an honor roll (30 fit), two lines beside an activity photo (14 a line). CITATION: three
     * lines of a landscape card (13 a line), two of a portrait one (19). UNIT: the names and
     * units on a landscape card (10 fit at the name's size). SITE_TITLE: the header of a
     * portrait screen (19 fit). ACTIVITY_SUMMARY: four lines beside the photo (20 a line).
     */
    static final int TITLE = 28;
    static final int CITATION = 36;
    static final int UNIT = 10;
    static final int SITE_TITLE = 18;
    static final int ACTIVITY_SUMMARY = 72;
    /** Bars on the statistics slide: more types than this do not fit at a readable size. */
    static final int BARS = 10;
    static final int CASE_SUMMARY = 130;
    static final int PAGE_TEXT = 150;
    static final int TICKER_LANDSCAPE = 38;
    static final int TICKER_PORTRAIT = 21;
    /** Reload the whole page at a loop boundary after this long: a fresh start for a tired player. */
    static final String RELOAD_HOURS = "4";

    private final Theme theme;
    private final SiteModel model;
    private final Labels labels;

    ScreenRenderer(Theme theme, SiteModel model, Labels labels) {
        this.theme = theme;
        this.model = model;
        this.labels = labels;
    }

    /** Every screen's pages, and the scaled pictures the plan made for them. */
    List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        List<ScreenPlan> plans = model.screens().plans();
        for (int i = 0; i < plans.size(); i++) {
            ScreenPlan plan = plans.get(i);
            jobs(plan, "screen/" + plan.screen().id() + "/", jobs);
            if (i == 0) {
                jobs(plan, "screen/", jobs);
            }
        }
        model.screens().pictures().forEach((address, jpeg) -> jobs.add(Job.file(address, false, () -> jpeg)));
        return jobs;
    }

    private void jobs(ScreenPlan plan, String folder, List<Job> jobs) {
        List<Slide> slides = plan.slides();
        String index = folder + "index.html";
        jobs.add(Job.file(index, false, () -> theme.render("screen.ftlh",
                page(plan, index, slides, -1))));
        for (int n = 1; n < slides.size(); n++) {
            String address = folder + "slide-" + (n + 1) + ".html";
            int only = n;
            jobs.add(Job.file(address, false, () -> theme.render("screen.ftlh",
                    page(plan, address, slides, only))));
        }
    }

    /** @param only -1 for the rotating page, else the index of the one slide of a chained page */
    private ScreenViews.ScreenPage page(ScreenPlan plan, String address, List<Slide> slides, int only) {
        Screen screen = plan.screen();
        List<ScreenViews.SlideView> views = new ArrayList<>();
        for (int n = 0; n < slides.size(); n++) {
            if (only < 0 || only == n) {
                views.add(slide(slides.get(n), n + 1, only < 0 && n > 0, only < 0 ? n == 0 : true));
            }
        }
        int shown = only < 0 ? 0 : only;
        String next = slides.size() <= 1 ? null : shown + 1 >= slides.size() ? "index.html" : "slide-" + (shown + 2) + ".html";
        int seconds = slides.isEmpty() ? screen.seconds() : slides.get(shown).seconds();
        return new ScreenViews.ScreenPage(Addresses.root(address), model.settings().language().tag(),
                Summaries.fit(model.settings().title(), SITE_TITLE), screenTitle(screen), screen.orientation().key(),
                plan.buildDay().toString(), labels.date(plan.buildDay()) + " " + labels.weekday(plan.buildDay().getDayOfWeek()),
                RELOAD_HOURS, views, ticker(screen), model.settings().subtitle(), only >= 0,
                next == null ? null : seconds + "; url=" + next, labels.words());
    }

    /** A site without {@code screens:} has only the default screen, named in the site's script. */
    private String screenTitle(Screen screen) {
        return model.settings().screens().isEmpty() ? labels.get("defaultScreen") : screen.title();
    }

    /** One line of the ticker shows at a time, shortened to the width of the screen. */
    private static List<String> ticker(Screen screen) {
        int width = screen.orientation() == Screen.Orientation.PORTRAIT ? TICKER_PORTRAIT : TICKER_LANDSCAPE;
        return screen.ticker().stream().map(t -> Summaries.fit(t, width)).toList();
    }

    /** A slide's view and the name of its layout ({@code slide-<kind>} in screen.css). */
    private record Shown(String kind, Object content) {
    }

    private ScreenViews.SlideView slide(Slide slide, int number, boolean lazy, boolean first) {
        Shown shown = slide.content().accept(new Slide.Visitor<>() {
            @Override
            public Shown honors(Slide.Honors h) {
                return new Shown("honors", ScreenRenderer.this.honors(h));
            }

            @Override
            public Shown activity(Slide.ActivityNews a) {
                return new Shown("activity", ScreenRenderer.this.activity(a));
            }

            @Override
            public Shown caseNews(Slide.CaseNews c) {
                return new Shown("case", ScreenRenderer.this.caseNews(c.item().document(), c.item().body().summary(),
                        c.item().address()));
            }

            @Override
            public Shown stats(Slide.Stats s) {
                return new Shown("stats", ScreenRenderer.this.stats(s));
            }

            @Override
            public Shown page(Slide.Page p) {
                return new Shown("page", new ScreenViews.Page(title(p.page().title()),
                        Summaries.fit(p.page().body().summary(), PAGE_TEXT)));
            }

            @Override
            public Shown image(Slide.Image i) {
                return new Shown("image", new ScreenViews.Image(i.address(), model.settings().title()));
            }
        });
        return new ScreenViews.SlideView(number, shown.kind(), slide.seconds(),
                slide.from().map(Object::toString).orElse(null), slide.until().map(Object::toString).orElse(null),
                first, lazy, shown.content());
    }

    private ScreenViews.Honors honors(Slide.Honors h) {
        HonorRoll roll = h.roll().document();
        List<ScreenViews.Card> cards = new ArrayList<>();
        for (Slide.Entry entry : h.entries()) {
            Honoree e = entry.honoree();
            String unit = e.team() ? String.join("、", e.members()) : e.unit().orElse(null);
            cards.add(new ScreenViews.Card(Summaries.fit(e.name(), UNIT), unit == null ? null : Summaries.fit(unit, UNIT),
                    e.citation().map(c -> Summaries.fit(c, CITATION)).orElse(null), entry.photo().orElse(null),
                    Portraits.of(e.name()), e.team())); // without a photo, the portrait
        }
        String part = h.parts() > 1 ? h.part() + " / " + h.parts() : null;
        return new ScreenViews.Honors(title(roll.meta().title()), roll.series(), roll.period().orElse(null), part, cards);
    }

    /** Never names: absentees and per-person numbers stay off screens. */
    private ScreenViews.Activity activity(Slide.ActivityNews news) {
        Activity a = news.activity().document();
        return new ScreenViews.Activity(title(a.meta().title()), dateOf(a.meta().date()), a.type(),
                a.location().orElse(null), a.rate().map(r -> r.label()).orElse(null), news.photo().orElse(null),
                Summaries.fit(news.activity().body().summary(), ACTIVITY_SUMMARY));
    }

    private ScreenViews.Case caseNews(CaseStudy c, String summary, String address) {
        ScreenViews.Qr qr = model.settings().baseUrl()
                .map(base -> QrCodes.of(base + address, labels.get("scanToRead"))).orElse(null);
        return new ScreenViews.Case(title(c.meta().title()), dateOf(c.meta().date()), c.origin().orElse(null),
                Summaries.fit(summary, CASE_SUMMARY), qr);
    }

    private ScreenViews.Stats stats(Slide.Stats s) {
        int max = s.byType().values().stream().max(Integer::compare).orElse(1);
        List<ScreenViews.Bar> bars = new ArrayList<>();
        s.byType().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(BARS)
                .forEach(e -> bars.add(new ScreenViews.Bar(Summaries.fit(e.getKey(), 7), e.getValue(),
                        Math.max(4, e.getValue() * 100 / max))));
        return new ScreenViews.Stats(s.year() + labels.get("statsYear"), s.activities(), s.honorRolls(),
                s.compliance().map(r -> r.label()).orElse(null), bars);
    }

    private static String title(String title) {
        return Summaries.fit(title, TITLE);
    }

    private String dateOf(Optional<java.time.LocalDate> date) {
        return date.map(labels::date).orElse(null);
    }

}
