package org.branchpress.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;
import org.branchpress.site.ActivityStats;
import org.branchpress.site.Asset;
import org.branchpress.site.Item;
import org.branchpress.site.SiteModel;
import org.branchpress.site.TargetSheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The print output format: the site model × the {@code print/} templates → HTML for the PDF
 * renderer. The same model the portal is made of, so what review or privacy keeps off the
 * portal is not here either.
 */
public final class Prints {
    /** Paper sizes in millimetres, portrait. */
    public enum Paper {
        A4(210, 297), A3(297, 420);

        final int width;
        final int height;

        Paper(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    /** Rolls with more entries than this print without citations (a grid of names). */
    static final int MOST_WITH_CITATIONS = 12;
    private static final int MARGIN = 12;
    /** The width of a photo in the brochure's honor rolls, millimetres. */
    private static final double ROLL_PHOTO = 22;

    private final Theme theme;
    private final SiteModel model;
    private final Labels labels;
    private final LocalDate today;

    public Prints(Theme theme, SiteModel model, LocalDate today) {
        this.theme = theme;
        this.model = model;
        this.labels = new Labels(model.settings().language());
        this.today = today;
    }

    /**
     * A poster of {@code roll} on {@code paper}, its body's type and pictures at {@code scale}
     * (1 is a guess for a full sheet; the caller looks for the largest scale that keeps one page).
     */
    public String poster(Item<HonorRoll> roll, Paper paper, boolean landscape, double scale) {
        HonorRoll h = roll.document();
        int n = h.entries().size();
        double width = (landscape ? paper.height : paper.width) - 2 * MARGIN;
        String layout = n == 1 ? "single" : n <= MOST_WITH_CITATIONS ? "cards" : "grid";
        int columns = columns(n, layout, landscape);
        double column = width / columns;
        boolean single = layout.equals("single");
        boolean vertical = !layout.equals("cards") || column < 85;
        // Growing with the scale up to what still reads as a poster: a lone honoree's citation
        // at 40 pt would be a banner, not a citation.
        double photo = Math.min(vertical ? column * (single ? 0.5 : 0.8) : column * 0.36, (single ? 60 : 32) * scale);
        double title = Math.min(width / 9.5, 14 + 0.09 * width) * 72 / 25.4 / 2.2;
        PrintViews.Sizes sizes = new PrintViews.Sizes(mm(column), mm(photo), mm(photo * 4 / 3),
                pt(Math.min(15 * scale, single ? 54 : 36)), pt(Math.min(10.5 * scale, single ? 26 : 20)),
                pt(Math.min(9.5 * scale, single ? 20 : 16)), pt(title), pt(title * 0.42), vertical);
        List<PrintViews.Entry> entries = h.entries().stream()
                .map(e -> entry(e, !layout.equals("grid"), photo)).toList();
        List<List<PrintViews.Entry>> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += columns) {
            rows.add(entries.subList(i, Math.min(entries.size(), i + columns)));
        }
        String paperCss = paper.name() + (landscape ? " landscape" : "");
        PrintViews.Poster view = new PrintViews.Poster(lang(), paperCss, model.settings().title(), h.meta().title(),
                h.period().orElse(null), h.issuer().orElse(model.settings().title()),
                h.meta().date().map(labels::date).orElse(labels.date(today)), roll.body().summary(), layout, columns,
                rows, sizes, labels.words());
        return render("print/poster.ftlh", view);
    }

    /** Columns that keep cards about as wide as they are tall on the sheet. */
    static int columns(int n, String layout, boolean landscape) {
        return switch (layout) {
            case "single" -> 1;
            case "cards" -> landscape ? (n <= 2 ? n : n <= 4 ? 2 : n <= 9 ? 3 : 4) : (n <= 3 ? 1 : n <= 8 ? 2 : 3);
            default -> (int) Math.ceil(Math.sqrt(n * (landscape ? 1.41 : 0.71) * 1.3));
        };
    }

    /** @param photo the picture's width in millimetres, which the portrait's letters are sized to */
    private PrintViews.Entry entry(Honoree e, boolean citation, double photo) {
        Views.Portrait portrait = e.team() ? Portraits.ofTeam(e.name()) : Portraits.of(e.name());
        double letters = e.team() ? photo * portrait.fontSize() / 120.0 * 0.9 : photo * 0.33;
        return new PrintViews.Entry(e.name(), e.unit().orElse(null), e.photo().map(this::file).orElse(null),
                portrait, pt(letters * 72 / 25.4), citation ? e.citation().orElse(null) : null,
                e.team() ? String.join("、", e.members()) : null);
    }

    /**
     * The 画册 of {@code year}: cover, contents, the year's cases, honor rolls, activities (those
     * with photos first, as pictures; the rest in a table) and the 三会一课 figures and chart.
     */
    public String brochure(int year) {
        return brochure(year, (c, picture) -> { });
    }

    /**
     * As {@link #brochure(int)}, telling {@code undrawable} each picture of a case body that the
     * PDF cannot draw (an SVG, a WebP: no image reader takes it), which the brochure leaves out.
     */
    public String brochure(int year, java.util.function.BiConsumer<Item<CaseStudy>, Asset> undrawable) {
        List<PrintViews.Article> cases = new ArrayList<>();
        int i = 0;
        for (Item<CaseStudy> c : ofYear(model.cases(), year)) {
            cases.add(new PrintViews.Article("case-" + (++i), c.title(), labels.date(c.date()),
                    c.document().origin().orElse(null), printable(c.body().html(), c.address(),
                    picture -> undrawable.accept(c, picture))));
        }
        List<PrintViews.Roll> honors = new ArrayList<>();
        i = 0;
        for (Item<HonorRoll> h : ofYear(model.honors(), year)) {
            honors.add(new PrintViews.Roll("honor-" + (++i), h.title(), h.document().period().orElse(null),
                    h.document().issuer().orElse(null), h.document().entries().stream().map(e -> entry(e, true, ROLL_PHOTO)).toList()));
        }
        List<Item<Activity>> activities = ofYear(model.activities(), year);
        List<PrintViews.Happening> pictured = activities.stream().filter(a -> !a.document().photos().isEmpty())
                .map(this::happening).toList();
        List<PrintViews.Happening> others = activities.stream().filter(a -> a.document().photos().isEmpty())
                .map(this::happening).toList();
        PrintViews.Stats stats = model.stats().years().stream().filter(y -> y.year() == year).findFirst()
                .map(this::stats).orElse(null);
        List<PrintViews.Chapter> chapters = new ArrayList<>();
        if (!cases.isEmpty()) {
            chapters.add(new PrintViews.Chapter("cases", labels.get("printCases"),
                    cases.stream().map(c -> new Views.Link(c.title(), "#" + c.id())).toList()));
        }
        if (!honors.isEmpty()) {
            chapters.add(new PrintViews.Chapter("honors", labels.get("printHonors"),
                    honors.stream().map(h -> new Views.Link(h.title(), "#" + h.id())).toList()));
        }
        if (!activities.isEmpty()) {
            chapters.add(new PrintViews.Chapter("activities", labels.get("printActivities"), List.of()));
        }
        if (stats != null) {
            chapters.add(new PrintViews.Chapter("stats", labels.get("printStats"), List.of()));
        }
        PrintViews.Brochure view = new PrintViews.Brochure(lang(), model.settings().title(),
                model.settings().subtitle(), year, year + labels.get("printBrochure"), labels.date(today), chapters,
                cases, honors, pictured, others, stats, labels.words());
        return render("print/brochure.ftlh", view);
    }

    private PrintViews.Happening happening(Item<Activity> a) {
        Activity d = a.document();
        return new PrintViews.Happening(a.title(), labels.date(a.date()), d.type(), d.location().orElse(null),
                d.rate().map(r -> r.label()).orElse(null), a.body().summary(),
                d.photos().stream().limit(2).map(this::file).toList());
    }

    private PrintViews.Stats stats(ActivityStats.Year y) {
        StatsViews.YearView view = new StatsPages(model.stats(), labels).year(y);
        String lead = view.complianceRate() == null
                ? String.format(labels.get("printStatsLeadNoRate"), y.year(), y.total())
                : String.format(labels.get("printStatsLead"), y.year(), y.total(), view.complianceRate());
        return new PrintViews.Stats(lead, view);
    }

    /** The years that have a case, an honor roll or an activity, newest first. */
    public List<Integer> years() {
        return model.dated().stream().filter(i -> !(i.document() instanceof org.branchpress.content.Notice))
                .map(i -> i.date().getYear()).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** A 公示 of one target set for one year. */
    public String notice(TargetSheet sheet) {
        return render("print/notice.ftlh", notices().targets(sheet));
    }

    /** Without targets: each member's participation in the year ({@link PrintNotices#participation}). */
    public String participation(int year, List<String> names) {
        return render("print/notice.ftlh", notices().participation(year, names));
    }

    private PrintNotices notices() {
        return new PrintNotices(model, labels, today);
    }

    /** The items of the year, in the order they happened (a year's record reads forwards). */
    static <D extends org.branchpress.content.Document> List<Item<D>> ofYear(List<Item<D>> items, int year) {
        List<Item<D>> out = new ArrayList<>(items.stream().filter(i -> i.date().getYear() == year).toList());
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * A body as the PDF shows it: pictures point at the content's files (the page's relative
     * addresses lead nowhere outside the site), links are plain text.
     */
    private String printable(String html, String address, java.util.function.Consumer<Asset> undrawable) {
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(html);
        URI page = URI.create("https://site.invalid/" + address);
        for (Element img : doc.select("img[src]")) {
            String src = img.attr("src");
            String site = page.resolve(src.replace(" ", "%20")).getPath().substring(1);
            Optional<Asset> asset = model.assets().values().stream().filter(a -> a.address().equals(
                    java.net.URLDecoder.decode(site, StandardCharsets.UTF_8))).findFirst();
            if (asset.isPresent() && !drawable(asset.get())) {
                undrawable.accept(asset.get());
                img.remove();
            } else if (asset.isPresent()) {
                img.attr("src", asset.get().source().toUri().toString());
            } else {
                img.remove(); // a picture on the web: the print has none
            }
        }
        doc.select("a").forEach(Element::unwrap);
        return doc.body().html();
    }

    /** The PDF draws what an ImageIO reader reads: JPEG, PNG, GIF, BMP; not SVG, WebP, HEIC. */
    private static boolean drawable(Asset asset) {
        String name = asset.address();
        return name.contains(".") && javax.imageio.ImageIO.getImageReadersBySuffix(
                name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT)).hasNext();
    }

    private String file(String contentRelative) {
        Asset a = model.assets().get(contentRelative);
        return a == null ? null : a.source().toUri().toString();
    }

    private String lang() {
        return model.settings().language().tag();
    }

    private String render(String template, Object view) {
        return new String(theme.render(template, view), StandardCharsets.UTF_8);
    }

    private static String mm(double v) {
        return String.format(java.util.Locale.ROOT, "%.1fmm", v);
    }

    private static String pt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1fpt", v);
    }

}
