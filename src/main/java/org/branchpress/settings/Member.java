package org.branchpress.settings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One person of {@code members.yaml}.
 *
 * @param group  党小组, when the branch has groups
 * @param joined in this branch since (转入); empty: since before any record
 * @param left   the day the person left the branch (转出): no longer expected from that day on
 * @param screen false keeps the person off the TV screens
 * @param line   where the entry starts in members.yaml
 */
public record Member(String name, Optional<String> group, Status status, Optional<LocalDate> joined,
                     Optional<LocalDate> left, boolean screen, int line) {

    /** 正式党员 and 预备党员 are expected at meetings (应到); 入党积极分子 attend but are not counted. */
    public enum Status {
        FULL("正式党员", "正式黨員", true),
        PROBATIONARY("预备党员", "預備黨員", true),
        ACTIVIST("入党积极分子", "入黨積極分子", false);

        private final String simplified;
        private final String traditional;
        private final boolean counted;

        Status(String simplified, String traditional, boolean counted) {
            this.simplified = simplified;
            this.traditional = traditional;
            this.counted = counted;
        }

        public String label() {
            return simplified;
        }

        public boolean counted() {
            return counted;
        }

        /** A status as written, in either script. */
        public static Optional<Status> of(String written) {
            return Arrays.stream(values()).filter(s -> s.simplified.equals(written) || s.traditional.equals(written))
                    .findFirst();
        }

        public static List<String> labels() {
            return Arrays.stream(values()).map(Status::label).toList();
        }
    }

    /** In the branch and expected (应到) on that day: counted, joined on or before it, not yet left. */
    public boolean expectedOn(LocalDate day) {
        return status.counted() && inBranchOn(day);
    }

    /** In the branch on that day, whatever the status: joined ≤ day &lt; left. */
    public boolean inBranchOn(LocalDate day) {
        return joined.map(j -> !j.isAfter(day)).orElse(true) && left.map(day::isBefore).orElse(true);
    }

    /** In the branch at some time of the year: joined on or before its last day, not left by its first. */
    public boolean inBranchDuring(int year) {
        return joined.map(j -> j.getYear() <= year).orElse(true)
                && left.map(l -> l.isAfter(LocalDate.of(year, 1, 1))).orElse(true);
    }
}
