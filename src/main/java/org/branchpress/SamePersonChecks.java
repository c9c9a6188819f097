package org.branchpress;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.branchpress.content.Activity;
import org.branchpress.content.HonorRoll;
import org.branchpress.content.Honoree;
import org.branchpress.content.NearNames;
import org.branchpress.problem.Problems;
import org.branchpress.settings.Branching;
import org.branchpress.settings.Roster;
import org.branchpress.site.Item;
import org.branchpress.yaml.YamlText;

/**
 * Where members.yaml's {@code branches:} may stand, and what it may name. People belong to their
 * branch; only the 党总支 knows that 一室's 张伟 and its own 张伟 (or 二室's, after a transfer)
 * are one person, so only the 总支's members.yaml may say so, and only of branches it has and
 * names their records know: a typo would otherwise join nobody, silently.
 */
final class SamePersonChecks {
    private SamePersonChecks() {
    }

    /** The 总支's (or a single site's) members.yaml, once every branch has been read. */
    static void check(Pipeline.Rendered root, List<Branches.Checked> branches, Problems problems) {
        List<Roster.AlsoIn> declared = root.roster().map(Roster::alsoIn).orElse(List.of());
        Branching branching = root.settings().branching();
        List<String> ids = branching.branches().stream().map(Branching.BranchRef::id).toList();
        for (Roster.AlsoIn person : declared) {
            if (!branching.federated()) {
                problems.error(person.at(), "roster/branches-single", "“" + person.name() + "”写了 branches，"
                        + "但这个网站只有一个支部（site.yaml 里没有 branches）：branches 只能写在党总支的 members.yaml 里，"
                        + "说明同一个人也在哪些支部。请删去这一行。");
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (YamlText id : person.branches()) {
                if (!seen.add(id.value())) {
                    problems.error(id.position(), "roster/branches-twice", "“" + person.name() + "”的 branches 里 "
                            + id.value() + " 写了两次：请删去一个。");
                } else if (!ids.contains(id.value())) {
                    problems.error(id.position(), "roster/branches-unknown", "branches 里的“" + id.value()
                            + "”不是本党总支的支部代号：可以写的有 " + String.join("、", ids) + "。");
                } else {
                    branches.stream().filter(b -> b.ref().id().equals(id.value())).findFirst()
                            .ifPresent(b -> known(person, id, b, problems));
                }
            }
        }
    }

    /** The name is on the listed branch's roster or in its records, or it joins nobody there. */
    private static void known(Roster.AlsoIn person, YamlText id, Branches.Checked branch, Problems problems) {
        Set<String> names = names(branch.rendered());
        if (names.contains(person.name())) {
            return;
        }
        String title = branch.rendered().settings().title();
        problems.error(id.position(), "roster/branches-name", "“" + person.name() + "”写了 branches 里的 " + id.value()
                + "，但" + title + "（" + id.value() + "）的名册、活动记录和光荣榜里都没有“" + person.name() + "”："
                + NearNames.hint(person.name(), names) + "请核对两处的姓名是否一致，或从 branches 里删去 " + id.value() + "。");
    }

    /** Everyone a branch's roster and published records name. */
    private static Set<String> names(Pipeline.Rendered branch) {
        Set<String> names = new HashSet<>(branch.roster().map(Roster::names).orElse(List.of()));
        for (Item<?> item : branch.items()) {
            if (item.document() instanceof HonorRoll roll) {
                for (Honoree e : roll.entries()) {
                    names.addAll(e.team() ? e.members() : List.of(e.name()));
                }
            } else if (item.document() instanceof Activity a) {
                a.host().ifPresent(names::add);
                names.addAll(a.attendees());
                names.addAll(a.absent());
                names.addAll(a.leave());
                names.addAll(a.speakers());
            }
        }
        return names;
    }

    /** A branch's own members.yaml: whether its people are also elsewhere is the 总支's to say. */
    static void rejectInBranch(Pipeline.Rendered branch, String id, Problems problems) {
        for (Roster.AlsoIn person : branch.roster().map(Roster::alsoIn).orElse(List.of())) {
            problems.error(person.at(), "roster/branches-in-branch", "支部 " + id + " 自己的 members.yaml 不能写 branches："
                    + "同一个人也在哪些支部，由党总支的 members.yaml 来写（在那里“" + person.name()
                    + "”的一项下写 branches: [" + id + ", …]）。请删去这一行。");
        }
    }
}
