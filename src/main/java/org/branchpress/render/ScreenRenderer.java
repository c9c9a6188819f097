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
import org.branchpress.site.ScreenTexts;
import org.branchpress.site.SiteModel;
import org.branchpress.site.Slide;

/**
 * The TV screens' output format: for each screen a rotating page
 * ({@code screen/<id>/index.html}) holding a fixed set of slides, and one page per slide
 * chained by {@code <noscript>} refreshes for players whose script does not run. The first screen is also {@code screen/index.html}. The
 * pictures were decided and sized when the model was assembled; here they are scaled and written.
 */
final class ScreenRenderer {
    /** Bars on the statistics slide: more types than this do not fit at a readable size (six on a portrait one). */
    static final int BARS = 10;
    static final int BARS_PORTRAIT = 6;
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
        model.screens().pictures().forEach((address, jpeg) -> jobs.add(Job.file(address, false, jpeg)));
        return jobs;
    }

    /**
     * The rotating page holds every slide; the chain of pages without script holds those shown all
     * day (a player without script has no clock to honour {@code hours}), or every slide when
     * each has hours.
     */
    private void jobs(ScreenPlan plan, String folder, List<Job> jobs) {
        List<Slide> slides = plan.slides();
        List<Slide> chain = chain(slides, plan.buildDay());
        String index = folder + "index.html";
        jobs.add(Job.file(index, false, () -> theme.render("screen.ftlh",
                page(plan, index, slides, chain, -1))));
        for (int n = 1; n < chain.size(); n++) {
            String address = folder + "slide-" + (n + 1) + ".html";
            int only = n;
            jobs.add(Job.file(address, false, () -> theme.render("screen.ftlh",
                    page(plan, address, slides, chain, only))));
        }
    }

    /**
     * The slides of the chain without script. Urgent notices whose window holds the build day
     * take it over alone (a player without script cannot check the day; the build's is the best
     * guess); outside their window they are left out, so the chain never shows an urgent notice
     * early. Otherwise the slides shown all day, or every slide when each has hours.
     */
    static List<Slide> chain(List<Slide> slides, java.time.LocalDate buildDay) {
        List<Slide> urgent = slides.stream().filter(s -> s.urgent() && s.showsOn(buildDay)).toList();
        if (!urgent.isEmpty()) {
            return urgent;
        }
        List<Slide> usual = slides.stream().filter(s -> !s.urgent()).toList();
        List<Slide> allDay = usual.stream().filter(s -> s.hours().isEmpty()).toList();
        return allDay.isEmpty() ? usual : allDay;
    }

    /**
     * The preview wall's still pages, one per slide of each screen ({@code preview-N.html}):
     * the slide as it shows, without script, refresh or redirect.
     */
    List<Job> previewPages() {
        List<Job> jobs = new ArrayList<>();
        for (ScreenPlan plan : model.screens().plans()) {
            List<Slide> slides = plan.slides();
            for (int n = 0; n < slides.size(); n++) {
                String address = "screen/" + plan.screen().id() + "/preview-" + (n + 1) + ".html";
                List<Slide> one = List.of(slides.get(n));
                int number = n + 1;
                jobs.add(Job.file(address, false, () -> theme.render("screen.ftlh",
                        still(plan, address, one.get(0), number))));
            }
        }
        return jobs;
    }

    /**
     * {@code screen/preview.html}'s view: every screen's slides in order with their seconds,
     * when they show, what to look at, and how long a loop takes.
     */
    ScreenViews.Preview preview() {
        List<ScreenViews.PreviewScreen> screens = new ArrayList<>();
        for (ScreenPlan plan : model.screens().plans()) {
            List<ScreenViews.PreviewSlide> slides = new ArrayList<>();
            int loop = 0;
            for (int n = 0; n < plan.slides().size(); n++) {
                Slide s = plan.slides().get(n);
                ScreenViews.SlideView view = slide(s, n + 1, false, true, portrait(plan));
                int longest = s.longestSeconds();
                loop += longest;
                String seconds = view.kind().equals("video") ? String.format(labels.get("previewUpTo"),
                        duration(longest)) : duration(longest);
                slides.add(new ScreenViews.PreviewSlide(n + 1, labels.get("slide-" + view.kind()), seconds, when(s),
                        plan.screen().id() + "/preview-" + (n + 1) + ".html", view.notes()));
            }
            screens.add(new ScreenViews.PreviewScreen(plan.screen().id(), screenTitle(plan.screen()),
                    labels.get(plan.screen().orientation().key()), plan.screen().orientation().key(), duration(loop),
                    slides));
        }
        return new ScreenViews.Preview(screens);
    }

    /** "45 秒", "3 分 20 秒". */
    private String duration(int seconds) {
        String s = labels.get("secondsUnit");
        return seconds < 60 ? seconds + " " + s : seconds / 60 + " " + labels.get("minutesUnit")
                + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " " + s);
    }

    /** The slide's date window and hours in words; null when it always shows. */
    private String when(Slide s) {
        List<String> parts = new ArrayList<>();
        s.from().ifPresent(d -> parts.add(String.format(labels.get("previewFrom"), labels.date(d))));
        s.until().ifPresent(d -> parts.add(String.format(labels.get("previewUntil"), labels.date(d))));
        s.hours().ifPresent(h -> parts.add(String.format(labels.get("previewHours"), h.text())));
        return parts.isEmpty() ? null : String.join("，", parts);
    }

    private ScreenViews.ScreenPage still(ScreenPlan plan, String address, Slide slide, int number) {
        Screen screen = plan.screen();
        return new ScreenViews.ScreenPage(Addresses.root(address), model.settings().language().tag(),
                Summaries.fit(model.settings().title(), ScreenTexts.budget(portrait(plan)).siteTitle()), screenTitle(screen), screen.orientation().key(),
                plan.buildDay().toString(), labels.date(plan.buildDay()) + " " + labels.weekday(plan.buildDay().getDayOfWeek()),
                RELOAD_HOURS, List.of(slide(slide, number, false, true, portrait(plan))), ticker(screen), model.settings().subtitle(),
                true, null, false, labels.words());
    }

    /**
     * @param chain the slides of the pages without script, in order (the rotating page is the first)
     * @param only  -1 for the rotating page, else the index in {@code chain} of the one slide of a chained page
     */
    private ScreenViews.ScreenPage page(ScreenPlan plan, String address, List<Slide> slides, List<Slide> chain,
                                        int only) {
        Screen screen = plan.screen();
        List<ScreenViews.SlideView> views = new ArrayList<>();
        Slide opening = chain.isEmpty() ? null : chain.get(0);
        for (int n = 0; n < slides.size(); n++) {
            Slide s = slides.get(n);
            if (only < 0) {
                views.add(slide(s, n + 1, s != opening, s == opening, portrait(plan)));
            } else if (s == chain.get(only)) {
                views.add(slide(s, n + 1, false, true, portrait(plan)));
            }
        }
        int shown = only < 0 ? 0 : only;
        String next = chain.size() <= 1 ? null : shown + 1 >= chain.size() ? "index.html" : "slide-" + (shown + 2) + ".html";
        int seconds = chain.isEmpty() ? screen.seconds() : chain.get(shown).seconds();
        return new ScreenViews.ScreenPage(Addresses.root(address), model.settings().language().tag(),
                Summaries.fit(model.settings().title(), ScreenTexts.budget(portrait(plan)).siteTitle()), screenTitle(screen), screen.orientation().key(),
                plan.buildDay().toString(), labels.date(plan.buildDay()) + " " + labels.weekday(plan.buildDay().getDayOfWeek()),
                RELOAD_HOURS, views, ticker(screen), model.settings().subtitle(), only >= 0,
                next == null ? null : seconds + "; url=" + next, only >= 0, labels.words());
    }

    private static boolean portrait(ScreenPlan plan) {
        return plan.screen().orientation() == Screen.Orientation.PORTRAIT;
    }

    /** A site without {@code screens:} has only the default screen, named in the site's script. */
    private String screenTitle(Screen screen) {
        return model.settings().screens().isEmpty() ? labels.get("defaultScreen") : screen.title();
    }

    /** Characters a scrolling ticker line moves by each second: read comfortably from across a lobby. */
    static final int TICKER_SPEED = 5;

    /**
     * One line of the ticker shows at a time, whole: a line wider than the screen scrolls past
     * (from the left edge out to the left), and the next line waits until it has.
     */
    private static List<ScreenViews.TickerLine> ticker(Screen screen) {
        boolean portrait = screen.orientation() == Screen.Orientation.PORTRAIT;
        return screen.ticker().stream().map(String::strip).map(t -> {
            int length = t.codePointCount(0, t.length());
            int landscape = scrollSeconds(length, ScreenTexts.TICKER_LANDSCAPE);
            int upright = scrollSeconds(length, portrait ? ScreenTexts.TICKER_PORTRAIT : ScreenTexts.TICKER_REFLOW);
            int own = portrait ? upright : landscape;
            return new ScreenViews.TickerLine(t, landscape, upright, own > 0 ? own : Math.max(landscape, upright));
        }).toList();
    }

    /** Seconds a line of {@code length} characters takes to scroll past a ticker {@code width} wide; 0 when it fits. */
    private static int scrollSeconds(int length, int width) {
        return length <= width ? 0 : (length + width + TICKER_SPEED - 1) / TICKER_SPEED;
    }

    /** A slide's view and the name of its layout ({@code slide-<kind>} in screen.css). */
    private record Shown(String kind, Object content) {
    }

    /**
     * What a slide's officer should look at, collected while its view is made: a text the
     * screen shows shortened, a photo missing. The preview wall lists them beside the slide.
     */
    private final class Notes {
        private final List<String> notes = new ArrayList<>();

        /** The text within its character budget; a note when it had to be shortened. */
        String fit(String text, int budget, String what) {
            String shown = ScreenTexts.fit(text, budget);
            if (!shown.equals(text) && !notes.contains(String.format(labels.get("noteShortened"), labels.get(what)))) {
                notes.add(String.format(labels.get("noteShortened"), labels.get(what)));
            }
            return shown;
        }

        void add(String key, Object... args) {
            notes.add(String.format(labels.get(key), args));
        }

        List<String> all() {
            return List.copyOf(notes);
        }
    }

    private ScreenViews.SlideView slide(Slide slide, int number, boolean lazy, boolean first, boolean portrait) {
        Notes notes = new Notes();
        ScreenTexts.Budget budget = ScreenTexts.budget(portrait);
        Shown shown = slide.content().accept(new Slide.Visitor<>() {
            @Override
            public Shown honors(Slide.Honors h) {
                return new Shown("honors", ScreenRenderer.this.honors(h, budget, notes));
            }

            @Override
            public Shown activity(Slide.ActivityNews a) {
                return new Shown("activity", ScreenRenderer.this.activity(a, budget, notes));
            }

            @Override
            public Shown caseNews(Slide.CaseNews c) {
                return new Shown("case", ScreenRenderer.this.caseNews(c, budget, notes));
            }

            @Override
            public Shown stats(Slide.Stats s) {
                return new Shown("stats", ScreenRenderer.this.stats(s, portrait ? BARS_PORTRAIT : BARS));
            }

            @Override
            public Shown targets(Slide.Targets t) {
                return new Shown("targets", ScreenRenderer.this.targets(t.sheet()));
            }

            @Override
            public Shown branches(Slide.BranchStats b) {
                return new Shown("branches", ScreenRenderer.this.branches(b, notes));
            }

            @Override
            public Shown page(Slide.Page p) {
                return new Shown("page", new ScreenViews.Page(notes.fit(p.page().title(), budget.title(), "noteTitle"),
                        notes.fit(p.page().body().summary(), budget.pageText(p.page().document()), "noteText")));
            }

            @Override
            public Shown image(Slide.Image i) {
                return new Shown("image", new ScreenViews.Image(i.address(), model.settings().title()));
            }

            @Override
            public Shown notice(Slide.NoticeNews n) {
                return new Shown("notice", ScreenRenderer.this.notice(n, budget, notes));
            }

            @Override
            public Shown video(Slide.Video v) {
                if (v.poster().isEmpty()) {
                    notes.add("noteNoPoster");
                }
                return new Shown("video", new ScreenViews.Video(v.address(), v.poster().orElse(null),
                        model.settings().title(), v.limit()));
            }
        });
        return new ScreenViews.SlideView(number, shown.kind(), slide.seconds(),
                slide.from().map(Object::toString).orElse(null), slide.until().map(Object::toString).orElse(null),
                slide.hours().map(Screen.DayPart::text).orElse(null), first, lazy, shown.content(), notes.all(),
                slide.branch().map(b -> notes.fit(b, BRANCH_LABEL, "noteBranch")).orElse(null));
    }

    private ScreenViews.Honors honors(Slide.Honors h, ScreenTexts.Budget budget, Notes notes) {
        HonorRoll roll = h.roll().document();
        List<ScreenViews.Card> cards = new ArrayList<>();
        int portraits = 0;
        for (Slide.Entry entry : h.entries()) {
            Honoree e = entry.honoree();
            // a 总支's roll names people of several branches: without a unit, the branch tells them apart
            String unit = e.team() ? String.join("、", e.members()) : e.unit().or(() -> branchTitle(e.branch()))
                    .orElse(null);
            cards.add(new ScreenViews.Card(notes.fit(e.name(), budget.name(), "noteName"),
                    unit == null ? null : notes.fit(unit, budget.unit(), e.team() ? "noteMembers" : "noteUnit"),
                    e.citation().map(c -> citation(c, budget.citation(e), h.page(), notes)).orElse(null), entry.photo().orElse(null),
                    e.team() ? Portraits.ofTeam(e.name()) : Portraits.of(e.name()), e.team(), budget.twoLineName(e))); // without a photo, the portrait
            portraits += entry.photo().isEmpty() && !e.team() ? 1 : 0;
        }
        if (portraits > 0) {
            notes.add("noteNoPortraitPhoto", portraits);
        }
        String part = (h.parts() > 1 ? h.part() + " / " + h.parts() : "") + (h.page() > 0 ? labels.get("continued") : "");
        return new ScreenViews.Honors(notes.fit(roll.meta().title(), budget.honorTitle(), "noteTitle"), roll.series(),
                roll.period().orElse(null), part.isEmpty() ? null : part, cards);
    }

    /** The title of the 总支's branch {@code id} names. */
    private Optional<String> branchTitle(Optional<String> id) {
        return id.flatMap(i -> model.federation().branches().stream().filter(b -> b.id().equals(i)).findFirst())
                .map(org.branchpress.site.Federation.BranchSite::title);
    }

    /**
     * The page of a citation a slide shows: null once the citation was shown whole on an earlier
     * slide of the same cards; a note when its slides still leave some of it out.
     */
    private String citation(String citation, int budget, int page, Notes notes) {
        List<String> pages = ScreenTexts.pages(citation, budget);
        if (pages.isEmpty() || page >= pages.size()) {
            return null;
        }
        if (page == 0 && !citation.strip().endsWith(pages.get(pages.size() - 1))) {
            notes.add("noteShortened", labels.get("noteCitation"));
        }
        return pages.get(page);
    }

    /**
     * Never names: absentees and per-person numbers stay off screens. A slide with the text
     * that follows the activity's photo slide says so in its badge.
     */
    private ScreenViews.Activity activity(Slide.ActivityNews news, ScreenTexts.Budget budget, Notes notes) {
        Activity a = news.activity().document();
        Slide.Portion portion = news.portion();
        if (news.photo().isEmpty() && portion.page() == 0) {
            notes.add("noteNoPhoto");
        }
        String type = portion.continued() ? a.type() + labels.get("continued") : a.type();
        boolean facts = portion.text(); // the photo's own slide gives only the date
        return new ScreenViews.Activity(notes.fit(a.meta().title(), budget.title(), "noteTitle"), dateOf(a.meta().date()),
                type, facts ? a.location().map(l -> notes.fit(l, budget.location(), "noteLocation")).orElse(null) : null,
                facts ? a.rate().map(r -> r.label()).orElse(null) : null,
                portion.picture() ? news.photo().orElse(null) : null,
                portion.text() ? page(news.activity().body().summary(), budget.activitySummary(a), portion, notes) : null);
    }

    /** The page of a summary a slide shows; a note when the slides of the item leave some of it out. */
    private String page(String summary, int budget, Slide.Portion portion, Notes notes) {
        List<String> pages = ScreenTexts.pages(summary, budget);
        if (pages.isEmpty()) {
            return null;
        }
        if (!summary.strip().endsWith(pages.get(pages.size() - 1))) {
            notes.add("noteShortened", labels.get("noteSummary"));
        }
        return pages.get(Math.min(portion.page(), pages.size() - 1));
    }

    private ScreenViews.Notice notice(Slide.NoticeNews news, ScreenTexts.Budget budget, Notes notes) {
        org.branchpress.content.Notice n = news.notice().document();
        return new ScreenViews.Notice(notes.fit(n.meta().title(), budget.noticeTitle(), "noteTitle"),
                notes.fit(news.notice().body().summary(), budget.noticeText(), "noteText"),
                labels.window(n.from(), n.until()), labels.get(n.urgent() ? "noticeUrgent" : "noticeBand"), n.urgent());
    }

    /** A case's slide; the one with its cover and code after its text slide says so in its badge. */
    private ScreenViews.Case caseNews(Slide.CaseNews news, ScreenTexts.Budget budget, Notes notes) {
        CaseStudy c = news.item().document();
        Slide.Portion portion = news.portion();
        ScreenViews.Qr qr = portion.picture() ? model.settings().baseUrl()
                .map(base -> QrCodes.of(base + news.item().address(), labels.get("scanToRead"))).orElse(null) : null;
        String badge = labels.get("cases") + (portion.continued() ? labels.get("continued") : "");
        boolean text = portion.text(); // the slide of the cover and code has only the title above them
        return new ScreenViews.Case(badge, notes.fit(c.meta().title(), budget.title(), "noteTitle"),
                text ? dateOf(c.meta().date()) : null, text ? c.origin().orElse(null) : null,
                text ? page(news.item().body().summary(), budget.caseSummary(c), portion, notes) : null, qr,
                portion.picture() ? news.photo().orElse(null) : null);
    }

    private ScreenViews.Stats stats(Slide.Stats s, int most) {
        int max = s.byType().values().stream().max(Integer::compare).orElse(1);
        List<ScreenViews.Bar> bars = new ArrayList<>();
        s.byType().entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(most)
                .forEach(e -> bars.add(new ScreenViews.Bar(Summaries.fit(e.getKey(), 7), e.getValue(),
                        Math.max(4, e.getValue() * 100 / max))));
        return new ScreenViews.Stats(s.year() + labels.get("statsYear"), s.activities(), s.honorRolls(),
                s.compliance().map(r -> r.label()).orElse(null), bars);
    }

    /**
     * A target set's slide: the share of members who completed every goal and a bar per goal
     * with how many reached it; shares of the branch only, never a name.
     */
    private ScreenViews.Targets targets(org.branchpress.site.TargetSheet sheet) {
        int members = sheet.rows().size();
        List<ScreenViews.Bar> bars = new ArrayList<>();
        List<org.branchpress.settings.MemberTarget.Goal> goals = sheet.target().goals();
        for (int g = 0; g < goals.size() && g < BARS; g++) {
            int index = g;
            int reached = (int) sheet.rows().stream().filter(r -> r.counts().get(index).done()).count();
            bars.add(new ScreenViews.Bar(Summaries.fit(goals.get(g).label(), TARGET_LABEL), reached,
                    Math.max(4, reached * 100 / Math.max(1, members))));
        }
        return new ScreenViews.Targets(Summaries.fit(String.format(labels.get("targetsTitle"), sheet.year(),
                sheet.target().name()), ScreenTexts.TITLE), sheet.share().label(),
                String.format(labels.get("targetsDone"), sheet.completed(), members), String.format(labels.get(
                "targetsOf"), members), bars);
    }

    /**
     * The branches compared: a bar per branch, as long as its share of 三会一课 periods held,
     * with the share, the periods and the year's activities beside it; figures, never names.
     */
    private ScreenViews.BranchStats branches(Slide.BranchStats b, Notes notes) {
        List<ScreenViews.BranchBar> bars = new ArrayList<>();
        for (Slide.BranchFigure f : b.rows()) {
            org.branchpress.content.AttendanceRate r = f.compliance();
            String figure = (r.expected() == 0 ? "—" : r.label()) + "（" + f.activities() + labels.get("times") + "）";
            bars.add(new ScreenViews.BranchBar(notes.fit(f.title(), BRANCH_LABEL, "noteBranch"), figure,
                    r.expected() == 0 ? 0 : Math.max(2, r.present() * 100 / r.expected())));
        }
        String part = b.parts() > 1 ? " · " + b.part() + " / " + b.parts() : "";
        return new ScreenViews.BranchStats(labels.get("branchesTitle"), b.activities(),
                b.compliance().expected() == 0 ? null : b.compliance().label(),
                String.format(labels.get("branchesOf"), b.year()) + part, bars);
    }

    /** A branch's title on a slide: ten characters at the statistics sizes (二部第三研究室党支部). */
    static final int BRANCH_LABEL = 10;

    /** A goal's label beside its bar: ten characters at the statistics sizes. */
    static final int TARGET_LABEL = 10;

    private String dateOf(Optional<java.time.LocalDate> date) {
        return date.map(labels::date).orElse(null);
    }

}
