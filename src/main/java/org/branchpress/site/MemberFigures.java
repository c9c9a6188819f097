package org.branchpress.site;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.branchpress.content.Activity;
import org.branchpress.content.AttendanceRate;
import org.branchpress.settings.Roster;

/**
 * The figures the seed case keeps besides attendance: who spoke (“不仅重视参加率，而且关注参与度”)
 * and which 党小组 took its turn organising (轮值承办).
 */
final class MemberFigures {
    private MemberFigures() {
    }

    /** How many activities name each person in one of their lists. */
    static Map<String, Integer> count(List<Item<Activity>> activities, Function<Activity, List<String>> list) {
        Map<String, Integer> out = new HashMap<>();
        for (Item<Activity> a : activities) {
            new LinkedHashSet<>(list.apply(a.document())).forEach(n -> out.merge(n, 1, Integer::sum));
        }
        return out;
    }

    /**
     * 参与度 per type: speakers ÷ those present (attendees, host and speakers), pooled over the
     * activities that record speakers; a type without any has none.
     */
    static Map<String, AttendanceRate> engagement(Collection<String> types, List<Item<Activity>> activities) {
        Map<String, int[]> pooled = new LinkedHashMap<>();
        types.forEach(t -> pooled.put(t, new int[2]));
        for (Item<Activity> item : activities) {
            Activity a = item.document();
            if (a.speakers().isEmpty()) {
                continue;
            }
            Set<String> present = new LinkedHashSet<>(a.attendees());
            a.host().ifPresent(present::add);
            present.addAll(a.speakers());
            int[] sum = pooled.computeIfAbsent(a.type(), t -> new int[2]);
            sum[0] += new LinkedHashSet<>(a.speakers()).size();
            sum[1] += present.size();
        }
        Map<String, AttendanceRate> out = new LinkedHashMap<>();
        pooled.forEach((type, sum) -> {
            if (sum[1] > 0) {
                out.put(type, new AttendanceRate(sum[0], sum[1]));
            }
        });
        return out;
    }

    /** Per type that any roster group organised this year, every group's count, in roster order. */
    static List<ActivityStats.Rotation> rotation(Roster roster, Collection<String> types,
                                                 List<Item<Activity>> activities) {
        List<String> groups = roster.groups();
        Map<String, Map<String, Integer>> byType = new LinkedHashMap<>();
        types.forEach(t -> byType.put(t, null));
        for (Item<Activity> item : activities) {
            Activity a = item.document();
            a.organizer().filter(groups::contains).ifPresent(g -> byType.compute(a.type(), (t, counts) -> {
                Map<String, Integer> c = counts != null ? counts : zeros(groups);
                c.merge(g, 1, Integer::sum);
                return c;
            }));
        }
        return byType.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> new ActivityStats.Rotation(e.getKey(), java.util.Collections.unmodifiableMap(e.getValue())))
                .toList();
    }

    private static Map<String, Integer> zeros(List<String> groups) {
        Map<String, Integer> out = new LinkedHashMap<>();
        groups.forEach(g -> out.put(g, 0));
        return out;
    }
}
