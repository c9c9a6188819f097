package org.branchpress.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.branchpress.content.Activity;
import org.branchpress.content.AttendanceRate;
import org.branchpress.content.Tallies;
import org.branchpress.problem.Problems;
import org.branchpress.settings.ActivityTypes;
import org.branchpress.settings.ComplianceRule;
import org.branchpress.settings.Roster;
import org.branchpress.settings.SiteSettings;

/**
 * Computes {@link ActivityStats}. Compliance is judged per calendar period from the first
 * period with any activity record to the one holding the build day; that last one is "in
 * progress" until it is held, never "missed" before it has ended.
 */
final class StatisticsAssembler {

    private StatisticsAssembler() {
    }

    static ActivityStats assemble(SiteSettings settings, Optional<Roster> roster, Tallies tallies,
                                  List<Item<Activity>> activities, List<Person> people, LocalDate today,
                                  Problems problems) {
        List<ActivityStats.Year> years = new ArrayList<>();
        LocalDate first = activities.stream().map(Item::date).min(LocalDate::compareTo).orElse(today);
        int newest = Math.max(today.getYear(), activities.stream().map(a -> a.date().getYear()).max(Integer::compare)
                .orElse(today.getYear()));
        if (!activities.isEmpty()) {
            for (int y = newest; y >= first.getYear(); y--) {
                years.add(year(y, settings, roster, activities, first, today));
            }
        }
        List<ActivityStats.Participation> members = settings.privacy().memberStatsOnPortal()
                ? participation(people, activities) : List.of();
        return new ActivityStats(settings.rules(), List.copyOf(years), members, belowQuorum(activities), today, roster,
                TargetSheets.of(settings, roster, tallies, activities, today, problems));
    }

    private static ActivityStats.Year year(int year, SiteSettings settings, Optional<Roster> roster,
                                           List<Item<Activity>> all, LocalDate first, LocalDate today) {
        List<Item<Activity>> activities = all.stream().filter(a -> a.date().getYear() == year).toList();
        List<ActivityStats.RuleYear> compliance = new ArrayList<>();
        for (ComplianceRule rule : settings.rules()) {
            List<ActivityStats.Period> periods = new ArrayList<>();
            for (LocalDate[] range : periods(year, rule.period())) {
                periods.add(period(rule, range[0], range[1], activities, first, today,
                        settings.branching().temporary()));
            }
            compliance.add(new ActivityStats.RuleYear(rule, List.copyOf(periods)));
        }
        Map<String, int[]> byTypeAndMonth = new LinkedHashMap<>();
        settings.activityTypes().forEach(t -> byTypeAndMonth.put(t, new int[12]));
        Map<String, int[]> pooled = new LinkedHashMap<>();
        for (Item<Activity> a : activities) {
            byTypeAndMonth.computeIfAbsent(a.document().type(), t -> new int[12])[a.date().getMonthValue() - 1]++;
            a.document().rate().ifPresent(r -> {
                int[] sum = pooled.computeIfAbsent(a.document().type(), t -> new int[2]);
                sum[0] += r.present();
                sum[1] += r.expected();
            });
        }
        Map<String, AttendanceRate> averages = new LinkedHashMap<>();
        byTypeAndMonth.keySet().stream().filter(pooled::containsKey).forEach(type ->
                averages.put(type, new AttendanceRate(pooled.get(type)[0], pooled.get(type)[1])));
        return new ActivityStats.Year(year, List.copyOf(compliance), byTypeAndMonth, activities, averages,
                MemberFigures.engagement(byTypeAndMonth.keySet(), activities),
                roster.map(r -> MemberFigures.rotation(r, byTypeAndMonth.keySet(), activities)).orElse(List.of()));
    }

    private static ActivityStats.Period period(ComplianceRule rule, LocalDate start, LocalDate end,
                                               List<Item<Activity>> activities, LocalDate first, LocalDate today,
                                               Optional<org.branchpress.settings.Branching.Temporary> window) {
        List<Item<Activity>> held = activities.stream()
                .filter(a -> a.document().type().equals(rule.type()))
                .filter(a -> !a.date().isBefore(start) && !a.date().isAfter(end))
                .sorted(java.util.Comparator.comparing(Item::date))
                .toList();
        ActivityStats.Status status;
        if (end.isBefore(first) || window.filter(w -> end.isBefore(w.from()) || start.isAfter(w.until())).isPresent()) {
            // before the first record; or, for a temporary branch, before it was set up or after it was revoked
            status = ActivityStats.Status.NOT_RECORDED;
        } else if (start.isAfter(today)) {
            status = ActivityStats.Status.FUTURE;
        } else if (held.size() >= rule.atLeast()) {
            status = ActivityStats.Status.HELD;
        } else if (!end.isBefore(today)) {
            status = ActivityStats.Status.IN_PROGRESS;
        } else {
            status = ActivityStats.Status.MISSED;
        }
        return new ActivityStats.Period(rule, label(start, rule.period()), start, end, status, held);
    }

    /** The calendar periods of a year for a rule: 12 months, 4 quarters or the year. */
    static List<LocalDate[]> periods(int year, ComplianceRule.Period period) {
        List<LocalDate[]> out = new ArrayList<>();
        int months = switch (period) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case YEAR -> 12;
        };
        for (int m = 1; m <= 12; m += months) {
            LocalDate start = LocalDate.of(year, m, 1);
            LocalDate end = YearMonth.of(year, m + months - 1).atEndOfMonth();
            out.add(new LocalDate[] {start, end});
        }
        return out;
    }

    static String label(LocalDate start, ComplianceRule.Period period) {
        return switch (period) {
            case MONTH -> start.getYear() + "年" + start.getMonthValue() + "月";
            case QUARTER -> start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度";
            case YEAR -> start.getYear() + "年";
        };
    }

    private static List<ActivityStats.Participation> participation(List<Person> people, List<Item<Activity>> activities) {
        Map<String, Integer> leave = MemberFigures.count(activities, Activity::leave);
        Map<String, Integer> spoke = MemberFigures.count(activities, Activity::speakers);
        List<ActivityStats.Participation> out = new ArrayList<>();
        for (Person p : people) {
            int onLeave = leave.getOrDefault(p.name(), 0);
            if (!p.attended().isEmpty() || !p.absent().isEmpty() || onLeave > 0) {
                out.add(new ActivityStats.Participation(p, p.attended().size(), p.absent().size(), onLeave,
                        spoke.getOrDefault(p.name(), 0)));
            }
        }
        return List.copyOf(out);
    }

    private static List<ActivityStats.Shortfall> belowQuorum(List<Item<Activity>> activities) {
        List<ActivityStats.Shortfall> out = new ArrayList<>();
        for (Item<Activity> a : activities) {
            if (ActivityTypes.needsQuorum(a.document().type())) {
                a.document().rate().filter(r -> r.present() * 2 <= r.expected())
                        .ifPresent(r -> out.add(new ActivityStats.Shortfall(a, r)));
            }
        }
        return List.copyOf(out);
    }
}
