package org.branchpress.site;

import java.util.List;

import org.branchpress.content.AttendanceRate;
import org.branchpress.settings.Member;
import org.branchpress.settings.MemberTarget;

/**
 * One 公示 of a target set for one year: every counted member of the branch that year, each
 * goal's count against its minimum. Per-person figures: published only where
 * privacy.member_stats allows, never on a screen.
 *
 * @param address {@code stats/targets/<slug>-<year>/index.html}
 */
public record TargetSheet(MemberTarget target, int year, String address, List<Row> rows) {
    public TargetSheet {
        rows = List.copyOf(rows);
    }

    /** One member's line of the 公示. */
    public record Row(Member member, List<Count> counts) {
        public Row {
            counts = List.copyOf(counts);
        }

        public boolean done() {
            return counts.stream().allMatch(Count::done);
        }
    }

    /** A goal's count for one member. */
    public record Count(int count, int atLeast) {
        public boolean done() {
            return count >= atLeast;
        }
    }

    public int completed() {
        return (int) rows.stream().filter(Row::done).count();
    }

    /** Members who completed every goal ÷ members counted. */
    public AttendanceRate share() {
        return new AttendanceRate(completed(), rows.size());
    }
}
