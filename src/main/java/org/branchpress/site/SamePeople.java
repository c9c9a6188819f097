package org.branchpress.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.settings.Roster;

/**
 * The people a 党总支's members.yaml declares one across its sites ({@code branches:} on an
 * entry), with each of their pages. People otherwise belong to their branch: the same name in
 * two branches is two people, each with a page under their own branch, and nothing here joins them.
 *
 * @param pages by name: the person's pages in the 总支, its own first, then the listed branches in
 *              the order written; addresses from the root of the site this value belongs to; null
 *              for a listed branch whose roster names the person but whose records do not (no page)
 */
public record SamePeople(Map<String, List<Page>> pages) {
    public static final SamePeople NONE = new SamePeople(Map.of());

    public SamePeople {
        pages = Map.copyOf(pages);
    }

    /**
     * One page of a declared person.
     *
     * @param branch  the branch's id; empty for the 总支's own page
     * @param address null when that branch has no page of them
     * @param here    the page of the site this value belongs to
     */
    public record Page(Optional<String> branch, String title, String address, boolean here) {
    }

    /** A declared person's pages; empty for anyone else. */
    public List<Page> of(String name) {
        return pages.getOrDefault(name, List.of());
    }

    /** The other pages of the same person, for their page here to link: none for one not declared. */
    public List<Page> elsewhere(String name) {
        return of(name).stream().filter(p -> !p.here() && p.address() != null).toList();
    }

    /**
     * The 总支's federation with its declarations linked: the 总支's model and each branch's get
     * the pages of the people they share, each seen from its own root.
     */
    public static Federation linked(SiteModel zongzhi, List<Federation.BranchSite> branches) {
        List<Roster.AlsoIn> declared = zongzhi.stats().roster().map(Roster::alsoIn).orElse(List.of());
        if (declared.isEmpty()) {
            return new Federation(Optional.empty(), branches);
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        declared.forEach(d -> names.add(d.name()));
        Map<String, Map<String, String>> addresses = new java.util.HashMap<>(); // site ("" the 总支) → name → page
        addresses.put("", addresses(zongzhi, names));
        branches.forEach(b -> addresses.put(b.id(), addresses(b.model(), names)));
        List<Federation.BranchSite> linked = new ArrayList<>();
        for (Federation.BranchSite b : branches) {
            SamePeople seen = seenFrom(Optional.of(b.id()), zongzhi, branches, declared, addresses);
            Federation within = new Federation(b.model().federation().parent(), List.of(), seen);
            linked.add(new Federation.BranchSite(b.id(), b.model().within(within), b.revoked()));
        }
        return new Federation(Optional.empty(), List.copyOf(linked),
                seenFrom(Optional.empty(), zongzhi, branches, declared, addresses));
    }

    /** The declared people's pages as the site {@code site} (empty: the 总支) links them. */
    private static SamePeople seenFrom(Optional<String> site, SiteModel zongzhi, List<Federation.BranchSite> branches,
                                       List<Roster.AlsoIn> declared, Map<String, Map<String, String>> addresses) {
        String up = site.isPresent() ? "../../" : "";
        Map<String, List<Page>> pages = new LinkedHashMap<>();
        for (Roster.AlsoIn person : declared) {
            List<Page> theirs = new ArrayList<>();
            Optional.ofNullable(addresses.get("").get(person.name())).ifPresent(a -> theirs.add(new Page(
                    Optional.empty(), zongzhi.settings().title(), up + a, site.isEmpty())));
            for (String id : person.ids()) {
                boolean here = site.filter(id::equals).isPresent();
                branches.stream().filter(b -> b.id().equals(id)).findFirst().ifPresent(b -> theirs.add(new Page(
                        Optional.of(id), b.title(), Optional.ofNullable(addresses.get(id).get(person.name()))
                        .map(a -> here ? a : up + b.folder() + a).orElse(null), here)));
            }
            pages.put(person.name(), List.copyOf(theirs));
        }
        return new SamePeople(pages);
    }

    private static Map<String, String> addresses(SiteModel model, java.util.Set<String> names) {
        Map<String, String> out = new java.util.HashMap<>();
        model.people().stream().filter(p -> names.contains(p.name())).forEach(p -> out.put(p.name(), p.address()));
        return out;
    }
}
