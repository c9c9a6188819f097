package org.branchpress.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.content.Activity;
import org.branchpress.content.AttendanceRate;
import org.branchpress.settings.ComplianceRule;
import org.branchpress.settings.Roster;

/**
 * Activity statistics and 三会一课 compliance, computed once from the activity records.
 *
 * @param years   from the newest year to the first recorded one
 * @param members per-person participation, by name; empty when privacy.member_stats is nowhere
 * @param roster  members.yaml, when the site has one: 应到 came from it, groups take turns by it
 * @param targets the 公示 of each target set and year; empty when privacy.member_stats is nowhere
 */
public record ActivityStats(List<ComplianceRule> rules, List<Year> years, List<Participation> members,
                            List<Shortfall> belowQuorum, LocalDate today, Optional<Roster> roster,
                            List<TargetSheet> targets) {

    /** How a rule fared in one month, quarter or year. */
    public enum Status { HELD, MISSED, IN_PROGRESS, NOT_RECORDED, FUTURE }

    /**
     * @param label {@code 2024年2月}, {@code 2024年第1季度} or {@code 2024年}
     * @param held  the activities that count for this period
     */
    public record Period(ComplianceRule rule, String label, LocalDate start, LocalDate end, Status status,
                         List<Item<Activity>> held) {
    }

    public record RuleYear(ComplianceRule rule, List<Period> periods) {
    }

    /**
     * One year of statistics.
     *
     * @param byTypeAndMonth activities per type (in the site's type order) per month (index 0 = January)
     * @param averageByType  attendance of all activities of a type taken together
     * @param engagement     参与度 per type: who spoke ÷ who came, over the activities that record speakers
     * @param rotation       轮值承办: per type organised by roster groups, how often each group organised it
     */
    public record Year(int year, List<RuleYear> compliance, Map<String, int[]> byTypeAndMonth,
                       List<Item<Activity>> activities, Map<String, AttendanceRate> averageByType,
                       Map<String, AttendanceRate> engagement, List<Rotation> rotation) {

        public int total() {
            return activities.size();
        }

        /** Periods held out of periods judged (held or missed); in-progress periods are not judged yet. */
        public AttendanceRate complianceRate() {
            return held(compliance.stream().flatMap(r -> r.periods().stream()));
        }
    }

    /** Of these periods, those held out of those judged (held or missed): in-progress and future ones are not judged. */
    public static AttendanceRate held(java.util.stream.Stream<Period> periods) {
        int[] counts = new int[2];
        periods.forEach(p -> {
            counts[0] += p.status() == Status.HELD ? 1 : 0;
            counts[1] += p.status() == Status.HELD || p.status() == Status.MISSED ? 1 : 0;
        });
        return new AttendanceRate(counts[0], counts[1]);
    }

    /**
     * One member: activities attended (or hosted, or spoken at), on leave (请假) and missed (缺席),
     * over all records with names; how often the member spoke (发言).
     */
    public record Participation(Person person, int attended, int absent, int leave, int spoke) {
        public AttendanceRate rate() {
            return new AttendanceRate(attended, attended + leave + absent);
        }
    }

    /**
     * One type's 轮值承办 in a year.
     *
     * @param byGroup every roster group, in roster order, with how many it organised (0: none)
     */
    public record Rotation(String type, Map<String, Integer> byGroup) {
        public List<String> idle() {
            return byGroup.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
        }
    }

    /** A meeting that needs more than half of its members present and did not have them. */
    public record Shortfall(Item<Activity> activity, AttendanceRate rate) {
    }
}
