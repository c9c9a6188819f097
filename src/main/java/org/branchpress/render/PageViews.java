package org.branchpress.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.content.Activity;
import org.branchpress.content.CaseStudy;
import org.branchpress.content.Document;
import org.branchpress.content.FreePage;
import org.branchpress.content.Notice;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;
import org.branchpress.search.ScriptTable;
import org.branchpress.site.Asset;
import org.branchpress.site.Group;
import org.branchpress.site.Item;
import org.branchpress.site.Person;
import org.branchpress.site.SiteModel;

/** Builds the view records of each page from the site model: pure, no I/O. */
final class PageViews {
    private final SiteModel model;
    private final Labels labels;
    /**
     * The card of each dated item, made when first asked for and then shared by every list that
     * shows it: a first look at one saved page (serve) asks for a few, a build for all.
     */
    private final Map<Item<?>, Views.Card> cards = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<String, String> personAddress = new java.util.HashMap<>();
    private final Map<String, String> tagAddress = new java.util.HashMap<>();
    private final Map<String, String> seriesAddress = new java.util.HashMap<>();

    private final StatsPages stats;
    /** By the person's address: a branch's person may be the same member with the 总支's honors added. */
    private final Map<String, org.branchpress.site.ActivityStats.Participation> participations = new java.util.HashMap<>();

    /** A 党总支's branches, whose items its lists show; null for a branch or a single site. */
    private final BranchViews branches;

    PageViews(SiteModel model, Labels labels, StatsPages stats) {
        this(model, labels, stats, null);
    }

    PageViews(SiteModel model, Labels labels, StatsPages stats, BranchViews branches) {
        this.branches = branches;
        this.model = model;
        this.labels = labels;
        this.stats = stats;
        model.stats().members().forEach(m -> participations.put(m.person().address(), m));
        model.people().forEach(p -> personAddress.put(p.name(), p.address()));
        model.tags().forEach(t -> tagAddress.put(t.name(), t.address()));
        model.series().forEach(s -> seriesAddress.put(s.name(), s.address()));
    }

    /** An item's card; none for an undated item (a free page is never listed). */
    Views.Card cardOf(Item<?> item) {
        Views.Card branch = branches == null ? null : branches.card(item);
        if (branch != null) {
            return branch; // a branch's item on the 总支's pages: its branch made the card
        }
        return item.document().kind().dated() ? cards.computeIfAbsent(item, this::card) : null;
    }

    List<Views.Card> cards(List<? extends Item<?>> items) {
        List<Views.Card> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(cardOf(i)));
        return out;
    }

    Views.Home home() {
        return new Views.Home(cards(first(model.cases(), 6)), cards(first(model.honors(), 4)),
                cards(first(model.activities(), 6)),
                new Views.Link(labels.get("more"), "cases/index.html"),
                new Views.Link(labels.get("more"), "honors/index.html"),
                new Views.Link(labels.get("more"), "activities/index.html"), stats.glance(),
                branches == null ? List.of() : branches.links(), branches == null ? List.of() : branches.newest());
    }

    Views.CasePage casePage(Item<CaseStudy> item, Item<CaseStudy> newer, Item<CaseStudy> older) {
        CaseStudy c = item.document();
        List<Views.TocEntry> toc = item.body().headings().stream()
                .filter(h -> h.level() >= 2 && h.level() <= 3)
                .map(h -> new Views.TocEntry(h.level(), h.text(), h.id())).toList();
        return new Views.CasePage(c.meta().title(), dateOf(c), c.origin().orElse(null), c.author().orElse(null),
                c.branch().orElse(null), tagLinks(c), toc, item.body().readingMinutes(), item.body().html(),
                c.meta().cover().flatMap(this::published).orElse(null),
                older == null ? null : new Views.Link(older.title(), older.address()),
                newer == null ? null : new Views.Link(newer.title(), newer.address()),
                otherScript(c.meta().title() + item.body().text()));
    }

    /** A case written wholly in the other script gets that script's language tag, else null. */
    private String otherScript(String text) {
        boolean traditionalSite = model.settings().language().traditional();
        return ScriptTable.whollyIn(text).map(script -> script == ScriptTable.Script.TRADITIONAL
                ? (traditionalSite ? null : "zh-TW") : (traditionalSite ? "zh-CN" : null)).orElse(null);
    }

    Views.HonorRollPage honorPage(Item<HonorRoll> item) {
        HonorRoll h = item.document();
        List<Views.HonoreeView> entries = h.entries().stream().map(this::honoree).toList();
        return new Views.HonorRollPage(h.meta().title(), dateOf(h),
                new Views.Link(h.series(), seriesAddress.get(h.series())), h.period().orElse(null),
                h.issuer().orElse(null), blankToNull(item.body().html()), entries, tagLinks(h));
    }

    private Views.HonoreeView honoree(Honoree e) {
        List<Views.Link> members = e.members().stream().map(m -> personLink(e, m)).toList();
        return new Views.HonoreeView(e.name(), e.team() ? null : personLink(e, e.name()).href(), e.unit().orElse(null),
                e.photo().flatMap(this::published).orElse(null), e.team() ? Portraits.ofTeam(e.name()) : Portraits.of(e.name()),
                e.citation().orElse(null),
                e.team(), members);
    }

    Views.SeriesPage seriesPage(Group<Item<HonorRoll>> series) {
        List<Views.SeriesRoll> rolls = series.items().stream().map(r -> new Views.SeriesRoll(r.title(), r.address(),
                dateOf(r.document()), r.document().period().orElse(null),
                r.document().entries().stream().map(e -> e.team()
                        ? new Views.Link(e.name(), r.address())
                        : personLink(e, e.name())).toList())).toList();
        return new Views.SeriesPage(series.name(), rolls);
    }

    Views.ActivityPage activityPage(Item<Activity> item) {
        Activity a = item.document();
        boolean showAbsent = model.settings().privacy().absenteesOnPortal();
        String attendance = a.attendance().map(n -> labels.get("present") + " " + n.present() + " "
                + labels.get("persons") + "，" + labels.get("expected") + " " + n.expected() + " "
                + labels.get("persons")).orElseGet(() -> a.counted().map(n -> counted(a, n)).orElse(null));
        return new Views.ActivityPage(a.meta().title(), dateOf(a), a.type(), a.location().orElse(null),
                a.organizer().orElse(null), a.host().map(this::personLink).orElse(null),
                a.attendees().stream().map(this::personLink).toList(),
                showAbsent ? a.absent().stream().map(this::personLink).toList() : List.of(),
                a.absent().size(), showAbsent ? a.leave().stream().map(this::personLink).toList() : List.of(),
                a.leave().size(), a.speakers().stream().map(this::personLink).toList(), a.guests(), attendance,
                a.rate().map(r -> r.label()).orElse(null),
                a.photos().stream().flatMap(p -> published(p).stream()).toList(), blankToNull(item.body().html()), tagLinks(a));
    }

    /** 应到 16 人，实到 14 人，请假 1 人，缺席 1 人: the roster's count, as a branch record writes it. */
    private String counted(Activity a, org.branchpress.content.Attendance n) {
        String persons = " " + labels.get("persons");
        return labels.get("expected") + " " + n.expected() + persons + "，" + labels.get("present") + " " + n.present()
                + persons + "，" + labels.get("leave") + " " + a.leave().size() + persons + "，" + labels.get("absent")
                + " " + a.absent().size() + persons;
    }

    /** Pages of a person's page: its activities (and absences, when shown) by {@code size} a page. */
    int personPages(Person p, int size) {
        int longest = Math.max(p.attended().size(), shownAbsent(p).size());
        return Math.max(1, (longest + size - 1) / size);
    }

    /**
     * Page {@code page} of a person's page: honors on the first, then the slice of the
     * activities attended (and missed) that falls on it; the headings count them all.
     */
    Views.PersonPage personPage(Person p, int page, int size, Views.Pager pager) {
        List<Views.PersonHonor> honors = page > 1 ? List.of() : p.honors().stream()
                .map(h -> new Views.PersonHonor(h.roll().title(), h.roll().address(), dateOf(h.roll().document()),
                        h.roll().document().series(), h.entry().citation().orElse(null),
                        h.asMember() ? h.entry().name() : null)).toList();
        // the photo of their own newest entry that has one (a team's photo is not theirs)
        String photo = p.honors().stream().filter(h -> !h.asMember())
                .sorted(java.util.Comparator.comparing((org.branchpress.site.Person.Honor h) -> h.roll().date()).reversed())
                .flatMap(h -> h.entry().photo().stream()).findFirst().flatMap(this::published).orElse(null);
        List<Item<Activity>> absent = shownAbsent(p);
        String participation = Optional.ofNullable(participations.get(p.address()))
                .map(m -> labels.get("attended") + " " + m.attended() + " " + labels.get("times") + "，"
                        + (m.leave() > 0 ? labels.get("leave") + " " + m.leave() + " " + labels.get("times") + "，" : "")
                        + labels.get("absent") + " " + m.absent() + " " + labels.get("times") + "，"
                        + labels.get("attendanceRate") + " " + m.rate().label()
                        + (m.spoke() > 0 ? "，" + labels.get("spoke") + " " + m.spoke() + " " + labels.get("times") : ""))
                .orElse(null);
        return new Views.PersonPage(p.name(), Portraits.of(p.name()), photo, honors, cards(slice(p.attended(), page, size)),
                p.attended().size(), cards(slice(absent, page, size)), absent.size(), participation, pager,
                elsewhere(p));
    }

    /** The same person's pages in the 党总支's other sites, each named by its branch. */
    private List<Views.Link> elsewhere(Person p) {
        return model.federation().same().elsewhere(p.name()).stream().map(page -> new Views.Link(
                page.branch().isEmpty() ? labels.get("ownContent") : page.title(), page.address())).toList();
    }

    private List<Item<Activity>> shownAbsent(Person p) {
        return model.settings().privacy().absenteesOnPortal() ? p.absent() : List.of();
    }

    private static <T> List<T> slice(List<T> list, int page, int size) {
        int from = Math.min(list.size(), (page - 1) * size);
        return list.subList(from, Math.min(list.size(), from + size));
    }

    Views.Index peopleIndex() {
        if (branches != null) {
            return new Views.Index(labels.get("people"), branches.people(model)); // a 党总支: every branch's too
        }
        return new Views.Index(labels.get("people"), model.people().stream()
                .map(p -> new Views.Counted(p.name(), p.address(), p.honors().size() + p.attended().size())).toList());
    }

    Views.Index tagIndex() {
        return new Views.Index(labels.get("tags"), model.tags().stream()
                .map(t -> new Views.Counted(t.name(), t.address(), t.items().size())).toList());
    }

    Views.Index archiveIndex() {
        return new Views.Index(labels.get("archive"), model.years().stream()
                .map(y -> new Views.Counted(y.name() + labels.get("year"), y.address(), y.items().size())).toList());
    }

    Views.FreePageView freePage(Item<FreePage> item) {
        return new Views.FreePageView(item.title(), item.body().html());
    }

    Views.NoticeView noticePage(Item<Notice> item) {
        Notice n = item.document();
        return new Views.NoticeView(item.title(), dateOf(n), labels.window(n.from(), n.until()), n.urgent(),
                item.body().html());
    }

    List<Views.Link> seriesLinks() {
        return model.series().stream().map(s -> new Views.Link(s.name(), s.address())).toList();
    }

    /** What a kind adds to its card: facts, and a cover and a summary for an item that has none. */
    private record Extras(List<String> facts, String cover, String summary) {
    }

    private Views.Card card(Item<?> item) {
        Document d = item.document();
        Extras extras = d.accept(new Document.Visitor<>() {
            @Override
            public Extras caseStudy(CaseStudy c) {
                return new Extras(c.origin().stream().toList(), null, null);
            }

            @Override
            public Extras honorRoll(HonorRoll h) {
                List<String> facts = new ArrayList<>(List.of(h.series()));
                h.period().ifPresent(facts::add);
                return new Extras(facts, null, honoreeNames(h));
            }

            @Override
            public Extras activity(Activity a) {
                List<String> facts = new ArrayList<>(List.of(a.type()));
                a.location().ifPresent(facts::add);
                return new Extras(facts, a.photos().stream().flatMap(p -> published(p).stream()).findFirst().orElse(null), null);
            }

            @Override
            public Extras freePage(FreePage p) {
                return new Extras(List.of(), null, null);
            }

            @Override
            public Extras notice(Notice n) {
                List<String> facts = new ArrayList<>();
                if (n.urgent()) {
                    facts.add(labels.get("noticeUrgent"));
                }
                facts.add(labels.get("noticeShown") + " " + labels.window(n.from(), n.until()));
                return new Extras(List.copyOf(facts), null, null);
            }
        });
        String cover = d.meta().cover().flatMap(this::published).orElse(extras.cover());
        String summary = item.body().summary().isEmpty() && extras.summary() != null ? extras.summary()
                : item.body().summary();
        return new Views.Card(d.kind().template(), labels.get(d.kind().labelKey()), item.title(), item.address(),
                dateOf(d), summary, cover, List.copyOf(extras.facts()));
    }

    private String honoreeNames(HonorRoll h) {
        List<String> names = h.entries().stream().map(Honoree::name).toList();
        String joined = String.join("、", names.subList(0, Math.min(6, names.size())));
        String unit = labels.get(h.entries().stream().anyMatch(Honoree::team) ? "entries" : "persons");
        return names.size() > 6 ? joined + " " + labels.get("andOthers") + " " + names.size() + " " + unit : joined;
    }

    private List<Views.Link> tagLinks(Document d) {
        return d.meta().tags().stream().distinct().map(t -> new Views.Link(t, tagAddress.get(t))).toList();
    }

    /** A person of an honor entry: on a 党总支's roll, an entry with {@code branch:} links the branch's page. */
    private Views.Link personLink(Honoree entry, String name) {
        if (entry.branch().isPresent() && branches != null) {
            return new Views.Link(name, branches.person(entry.branch().get(), name).orElse(null));
        }
        return personLink(name);
    }

    private Views.Link personLink(String name) {
        return new Views.Link(name, personAddress.get(name));
    }

    /**
     * The href of a picture of content/, empty when it was left out of the site (too large,
     * broken, or metadata that cannot be removed; warned about): its page shows none rather
     * than a broken image, and an honoree gets the generated portrait.
     */
    private Optional<String> published(String contentPath) {
        Asset asset = model.assets().get(contentPath);
        return asset.made() instanceof org.branchpress.photo.Made.LeftOut ? Optional.empty()
                : Optional.of(org.branchpress.content.Addresses.encodePath(asset.address()));
    }

    Views.Day dateOf(Document d) {
        return d.meta().date().map(day -> new Views.Day(day.toString(), labels.date(day))).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static <T> List<T> first(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    static <T> Optional<T> at(List<T> list, int i) {
        return i >= 0 && i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
    }
}
