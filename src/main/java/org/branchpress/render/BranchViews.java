package org.branchpress.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.content.Activity;
import org.branchpress.content.AttendanceRate;
import org.branchpress.search.SearchIndex;
import org.branchpress.settings.Branching;
import org.branchpress.site.ActivityStats;
import org.branchpress.site.Federation;
import org.branchpress.site.Item;
import org.branchpress.site.Person;
import org.branchpress.site.SamePeople;
import org.branchpress.site.SiteModel;
import org.branchpress.source.ContentKind;

/**
 * What the 党总支's pages show of its branches: their newest items (cards made by each branch's
 * own views, so covers and photos are the branch's, with addresses under {@code branches/<id>/}
 * and the branch named), the list of branches, and the page comparing them. Empty for a single site.
 */
final class BranchViews {
    static final String COMPARE = "stats/branches/index.html";
    /** Newest items of each branch on the 总支's home. */
    static final int HOME_PER_BRANCH = 3;

    private final Federation federation;
    private final Labels labels;
    /** A lifted item's address → its card. */
    private final Map<String, Views.Card> cards = new HashMap<>();
    /** Each branch's people by name, by the branch's id. */
    private final Map<String, Map<String, Person>> people = new HashMap<>();

    BranchViews(SiteModel model, Labels labels) {
        this.federation = model.federation();
        this.labels = labels;
        for (Federation.BranchSite b : federation.branches()) {
            PageViews views = new PageViews(b.model(), labels, new StatsPages(b.model().stats(), labels));
            b.model().dated().forEach(i -> cards.put(b.folder() + i.address(), lift(b, views.cardOf(i))));
            people.put(b.id(), byName(b.model()));
        }
    }

    private Views.Card lift(Federation.BranchSite b, Views.Card c) {
        List<String> facts = new ArrayList<>();
        facts.add(b.title());
        facts.addAll(c.facts());
        return new Views.Card(c.kind(), c.kindLabel(), c.title(), b.folder() + c.href(), c.date(), c.summary(),
                c.cover() == null ? null : b.folder() + c.cover(), List.copyOf(facts));
    }

    boolean any() {
        return !federation.branches().isEmpty();
    }

    /** The card of a branch's item as the 总支 lists it; null when the item is the 总支's own. */
    Views.Card card(Item<?> item) {
        return cards.get(item.address());
    }

    /** Every branch's items of one kind, at their addresses in the 总支's output. */
    List<Item<?>> items(ContentKind kind) {
        List<Item<?>> all = new ArrayList<>();
        federation.branches().forEach(b -> b.model().items(kind).forEach(i -> all.add(b.lifted(i))));
        return all;
    }

    /** The 总支's own items of a kind with every branch's, newest first (the honors list collects them). */
    List<Item<?>> withOwn(List<? extends Item<?>> own, ContentKind kind) {
        List<Item<?>> all = new ArrayList<>(own);
        all.addAll(items(kind));
        all.sort(Item.NEWEST_FIRST);
        return List.copyOf(all);
    }

    /** The home's block: the newest few of every branch, newest first, each naming its branch. */
    List<Views.Card> newest() {
        List<Item<?>> items = new ArrayList<>();
        for (Federation.BranchSite b : federation.branches()) {
            b.model().dated().stream().limit(HOME_PER_BRANCH).forEach(i -> items.add(b.lifted(i)));
        }
        items.sort(Item.NEWEST_FIRST);
        return items.stream().map(this::card).toList();
    }

    /** A person of a branch by name, at their page's address in the 总支's output; empty when the branch has none. */
    Optional<String> person(String branch, String name) {
        return Optional.ofNullable(people.getOrDefault(branch, Map.of()).get(name))
                .map(p -> Federation.folder(branch) + p.address());
    }

    private static Map<String, Person> byName(SiteModel model) {
        Map<String, Person> byName = new HashMap<>();
        model.people().forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    /** One line of the 总支's people index, and where it sorts: by name, then the 总支 before its branches in order. */
    private record Listed(String name, int site, Views.Counted counted) {
    }

    /**
     * The 总支's people index: its own people and every branch's, each named by its site. The same
     * name in two branches is two people, listed twice; a person the 总支's members.yaml declares
     * one is listed once, naming all their sites, linking the 总支's own page or else the first
     * listed branch's.
     */
    List<Views.Counted> people(SiteModel own) {
        SamePeople same = own.federation().same();
        List<Listed> listed = new ArrayList<>();
        for (Person p : own.people()) {
            if (same.of(p.name()).isEmpty()) {
                listed.add(new Listed(p.name(), 0, counted(p, p.address(), labels.get("ownContent"))));
            }
        }
        List<Federation.BranchSite> branches = federation.branches();
        for (int i = 0; i < branches.size(); i++) {
            Federation.BranchSite b = branches.get(i);
            for (Person p : b.model().people()) {
                if (same.of(p.name()).stream().noneMatch(page -> page.branch().filter(b.id()::equals).isPresent())) {
                    listed.add(new Listed(p.name(), i + 1, counted(p, b.folder() + p.address(), b.title())));
                }
            }
        }
        Map<String, Person> ownPeople = byName(own);
        same.pages().forEach((name, pages) -> declared(name, pages, ownPeople, branches).ifPresent(listed::add));
        java.util.Comparator<String> order = own.settings().language().order();
        listed.sort(java.util.Comparator.comparing(Listed::name, order).thenComparingInt(Listed::site));
        return listed.stream().map(Listed::counted).toList();
    }

    /** A declared person's one line: every site named, their figures added up; none when no site has a page. */
    private Optional<Listed> declared(String name, List<SamePeople.Page> pages, Map<String, Person> ownPeople,
                                      List<Federation.BranchSite> branches) {
        Optional<SamePeople.Page> first = pages.stream().filter(p -> p.address() != null).findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int count = 0;
        List<String> sites = new ArrayList<>();
        for (SamePeople.Page page : pages) {
            sites.add(page.branch().isEmpty() ? labels.get("ownContent") : page.title());
            Person p = page.branch().map(id -> people.getOrDefault(id, Map.of()).get(name))
                    .orElseGet(() -> ownPeople.get(name));
            count += p == null ? 0 : count(p);
        }
        int site = first.get().branch().map(id -> 1 + branches.stream().map(Federation.BranchSite::id).toList()
                .indexOf(id)).orElse(0);
        return Optional.of(new Listed(name, site, new Views.Counted(name, first.get().address(), count,
                String.join("、", sites))));
    }

    private static Views.Counted counted(Person p, String address, String site) {
        return new Views.Counted(p.name(), address, count(p), site);
    }

    /** What the people index counts of a person: honors and activities attended, as a single site's does. */
    private static int count(Person p) {
        return p.honors().size() + p.attended().size();
    }

    /**
     * The search page's filter by branch: each branch's folder (its pages' addresses start with
     * it), and the 总支's own pages as {@code -}.
     */
    List<Views.BranchLink> searchFilter() {
        List<Views.BranchLink> filter = new ArrayList<>();
        filter.add(new Views.BranchLink(labels.get("ownContent"), String.valueOf(SearchIndex.group(-1)), null, null));
        for (int i = 0; i < federation.branches().size(); i++) {
            filter.add(new Views.BranchLink(federation.branches().get(i).title(), String.valueOf(SearchIndex.group(i)),
                    null, null));
        }
        return List.copyOf(filter);
    }

    /** The branches as the home lists them: each portal, a temporary one with its window, 已撤销 after it. */
    List<Views.BranchLink> links() {
        return federation.branches().stream().map(b -> new Views.BranchLink(b.title(), b.folder() + "index.html",
                b.temporary().map(t -> labels.get("temporaryBranch") + " " + window(t))
                        .orElse(null), b.revoked() ? labels.get("revoked") : null)).toList();
    }

    /**
     * The comparison: per branch, each rule's periods held of periods judged over every recorded
     * year (a temporary branch only over the periods that overlap its window), the pooled
     * attendance, and the activities of each month of the newest year of any branch.
     */
    Views.BranchCompare compare() {
        List<String> types = new ArrayList<>();
        federation.branches().forEach(b -> b.model().stats().rules().forEach(r -> {
            if (!types.contains(r.type())) {
                types.add(r.type());
            }
        }));
        int year = federation.branches().stream().flatMap(b -> b.model().activities().stream())
                .mapToInt(a -> a.date().getYear()).max().orElse(0);
        List<Views.BranchRow> rows = new ArrayList<>();
        for (Federation.BranchSite b : federation.branches()) {
            Optional<Branching.Temporary> window = b.temporary();
            List<String> cells = types.stream().map(t -> compliance(b.model().stats(), t, window)).toList();
            int[] months = new int[12];
            int present = 0;
            int expected = 0;
            for (Item<Activity> a : b.model().activities()) {
                if (window.isPresent() && !window.get().overlaps(a.date(), a.date())) {
                    continue;
                }
                if (a.date().getYear() == year) {
                    months[a.date().getMonthValue() - 1]++;
                }
                Optional<AttendanceRate> r = a.document().rate();
                if (r.isPresent()) {
                    present += r.get().present();
                    expected += r.get().expected();
                }
            }
            List<Integer> perMonth = new ArrayList<>();
            for (int m : months) {
                perMonth.add(m);
            }
            rows.add(new Views.BranchRow(b.title(), b.folder() + "stats/index.html",
                    window.map(t -> window(t)).orElse(null),
                    b.revoked() ? labels.get("revoked") : null, cells,
                    expected == 0 ? "—" : new AttendanceRate(present, expected).label(), perMonth));
        }
        return new Views.BranchCompare(labels.get("branchCompareIntro"), List.copyOf(types), year, List.copyOf(rows));
    }

    /** {@code 11/12}: periods held of periods judged (held or missed) for one rule's type; — without that rule. */
    static String compliance(ActivityStats stats, String type, Optional<Branching.Temporary> window) {
        List<ActivityStats.RuleYear> ruled = stats.years().stream().flatMap(y -> y.compliance().stream())
                .filter(r -> r.rule().type().equals(type)).toList();
        // a temporary branch: not before it was set up, nor after it was revoked
        AttendanceRate held = ActivityStats.held(ruled.stream().flatMap(r -> r.periods().stream())
                .filter(p -> window.map(w -> w.overlaps(p.start(), p.end())).orElse(true)));
        return ruled.isEmpty() ? "—" : held.present() + "/" + held.expected();
    }

    /** A temporary branch's window with its years: it may lie years back. */
    private String window(Branching.Temporary t) {
        return labels.date(t.from()) + "至" + labels.date(t.until());
    }
}
