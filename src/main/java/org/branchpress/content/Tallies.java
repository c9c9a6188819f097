package org.branchpress.content;

import java.util.Map;
import java.util.Set;

/**
 * {@code tallies/YEAR.yaml}, read: per year, per column (读书), per member, a count of what is
 * not an activity and so cannot be counted from the records.
 */
public record Tallies(Map<Integer, Map<String, Map<String, Integer>>> byYear) {
    public Tallies {
        byYear = Map.copyOf(byYear);
    }

    public static Tallies none() {
        return new Tallies(Map.of());
    }

    /** The count written for the member, 0 when none is. */
    public int count(int year, String column, String name) {
        return byYear.getOrDefault(year, Map.of()).getOrDefault(column, Map.of()).getOrDefault(name, 0);
    }

    /** Whether the year's file has the column at all. */
    public boolean has(int year, String column) {
        return byYear.getOrDefault(year, Map.of()).containsKey(column);
    }

    public Set<Integer> years() {
        return byYear.keySet();
    }
}
