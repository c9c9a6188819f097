package org.branchpress.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.branchpress.settings.Branching;

/**
 * A site's place in a 党总支 (“1+7+N”): the 总支's model holds each branch's whole model, built
 * by the same stages from {@code branches/<id>/}; a branch's model knows the 总支 above it. A
 * single site has neither.
 *
 * @param parent   for a branch: the 总支's title, its portal two folders up
 * @param branches for the 总支: its branches in the order of {@code branches:}
 * @param same     the people the 总支's members.yaml declares one across its sites, seen from this one
 */
public record Federation(Optional<String> parent, List<BranchSite> branches, SamePeople same) {

    public static final Federation NONE = new Federation(Optional.empty(), List.of());

    public Federation(Optional<String> parent, List<BranchSite> branches) {
        this(parent, branches, SamePeople.NONE);
    }

    /** Where a branch's portal lies in the 总支's output, and so the prefix of its every address. */
    public static String folder(String id) {
        return "branches/" + id + "/";
    }

    /**
     * One branch of the 总支.
     *
     * @param revoked a temporary branch past its {@code until}: shown as 已撤销, its records kept
     */
    public record BranchSite(String id, SiteModel model, boolean revoked) {
        public String title() {
            return model.settings().title();
        }

        public String folder() {
            return Federation.folder(id);
        }

        public Optional<Branching.Temporary> temporary() {
            return model.settings().branching().temporary();
        }

        /** An item of this branch as the 总支's pages link it: its address under the branch's folder. */
        public <D extends org.branchpress.content.Document> Item<D> lifted(Item<D> item) {
            return new Item<>(item.document(), folder() + item.address(), item.body());
        }

        static boolean revoked(SiteModel model, LocalDate today) {
            return model.settings().branching().temporary().map(t -> t.revokedOn(today)).orElse(false);
        }
    }

    public static BranchSite branch(String id, SiteModel model, LocalDate today) {
        return new BranchSite(id, model, BranchSite.revoked(model, today));
    }

    /**
     * A branch's model whose people also list the 总支's honors of them (entries with
     * {@code branch: id}), each roll at its address as seen from the branch's root.
     */
    public static SiteModel withHonorsOf(SiteModel branch, String id, SiteModel zongzhi) {
        java.util.Map<String, List<Person.Honor>> extra = new java.util.HashMap<>();
        for (Item<org.branchpress.content.HonorRoll> roll : zongzhi.honors()) {
            Item<org.branchpress.content.HonorRoll> up = new Item<>(roll.document(), "../../" + roll.address(),
                    roll.body());
            for (org.branchpress.content.Honoree e : roll.document().entries()) {
                if (e.branch().filter(id::equals).isPresent()) {
                    (e.team() ? e.members() : List.of(e.name())).forEach(name -> extra
                            .computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(new Person.Honor(up, e, e.team())));
                }
            }
        }
        if (extra.isEmpty()) {
            return branch;
        }
        List<Person> people = branch.people().stream().map(p -> {
            List<Person.Honor> theirs = extra.get(p.name());
            if (theirs == null) {
                return p;
            }
            List<Person.Honor> all = new java.util.ArrayList<>(p.honors());
            all.addAll(theirs);
            all.sort(java.util.Comparator.comparing(Person.Honor::roll, Item.NEWEST_FIRST));
            return new Person(p.name(), p.address(), List.copyOf(all), p.attended(), p.absent());
        }).toList();
        return branch.withPeople(people);
    }
}
