package org.branchpress.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.branchpress.content.Activity;
import org.branchpress.content.Slugs;
import org.branchpress.content.Tallies;
import org.branchpress.problem.Problems;
import org.branchpress.settings.Member;
import org.branchpress.settings.MemberTarget;
import org.branchpress.settings.Roster;
import org.branchpress.settings.SiteSettings;

/**
 * The 公示 sheets: per target set, per year from the first year with a record or a tally to the
 * build's year, every member counted (正式 and 预备) in the branch at some time of the year.
 */
final class TargetSheets {
    private TargetSheets() {
    }

    static List<TargetSheet> of(SiteSettings settings, Optional<Roster> roster, Tallies tallies,
                                List<Item<Activity>> activities, LocalDate today, Problems problems) {
        if (settings.targets().isEmpty() || !settings.privacy().memberStatsOnPortal()) {
            return List.of();
        }
        if (roster.isEmpty()) {
            settings.targets().forEach(t -> problems.warning(t.at(), "settings/target-roster", "目标“" + t.name()
                    + "”要按名册逐人统计，但没有 content/members.yaml：请先建立党员名册，否则不生成公示页。"));
            return List.of();
        }
        for (MemberTarget target : settings.targets()) {
            target.goals().stream().flatMap(g -> g.tally().stream()).distinct()
                    .filter(column -> tallies.years().stream().noneMatch(y -> tallies.has(y, column)))
                    .forEach(column -> problems.warning(target.at(), "settings/target-tally", "目标“" + target.name()
                            + "”按台账的“" + column + "”一栏计数，但 content/tallies/ 里没有这一栏，每人都按 0 计："
                            + "请在 tallies/年份.yaml 里写“" + column + ":”，下面每人一行，或改正栏名。"));
        }
        TreeSet<Integer> years = new TreeSet<>(tallies.years());
        activities.forEach(a -> years.add(a.date().getYear()));
        List<TargetSheet> out = new ArrayList<>();
        for (MemberTarget target : settings.targets()) {
            for (int year : years.descendingSet()) {
                if (year <= today.getYear()) {
                    out.add(sheet(target, year, roster.get(), tallies, activities));
                }
            }
        }
        return List.copyOf(out);
    }

    private static TargetSheet sheet(MemberTarget target, int year, Roster roster, Tallies tallies,
                                     List<Item<Activity>> activities) {
        List<Activity> ofYear = activities.stream().filter(a -> a.date().getYear() == year).map(Item::document).toList();
        List<TargetSheet.Row> rows = new ArrayList<>();
        for (Member m : roster.members()) {
            if (!m.status().counted() || !m.inBranchDuring(year)) {
                continue;
            }
            List<TargetSheet.Count> counts = new ArrayList<>();
            for (MemberTarget.Goal goal : target.goals()) {
                int n = goal.tally().map(column -> tallies.count(year, column, m.name()))
                        .orElseGet(() -> (int) ofYear.stream().filter(a -> a.type().equals(goal.type().orElseThrow()))
                                .filter(a -> plays(a, goal.role().orElseThrow(), m.name())).count());
                counts.add(new TargetSheet.Count(n, goal.atLeast()));
            }
            rows.add(new TargetSheet.Row(m, counts));
        }
        return new TargetSheet(target, year, "stats/targets/" + Slugs.of(target.name()) + "-" + year + "/index.html",
                rows);
    }

    /** A speaker or host was there too, so each also counts as attending. */
    private static boolean plays(Activity a, MemberTarget.Role role, String name) {
        return switch (role) {
            case SPEAKER -> a.speakers().contains(name);
            case HOST -> a.host().filter(name::equals).isPresent();
            case ATTENDEE -> a.attendees().contains(name) || a.speakers().contains(name)
                    || a.host().filter(name::equals).isPresent();
        };
    }
}
