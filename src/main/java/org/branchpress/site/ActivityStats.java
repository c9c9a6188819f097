package org.branchpress.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.branchpress.content.Activity;
import org.branchpress.content.AttendanceRate;
import org.branchpress.settings.ComplianceRule;

/**
 * Activity statistics and 三会一课 compliance, computed once from the activity records.
 *
 * @param years   from the newest year to the first recorded one
 * @param members per-person participation, by name; empty when privacy.member_stats is nowhere
 */
public record ActivityStats(List<ComplianceRule> rules, List<Year> years, List<Participation> members,
                            List<Shortfall> belowQuorum, LocalDate today) {

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
     */
    public record Year(int year, List<RuleYear> compliance, Map<String, int[]> byTypeAndMonth,
                       List<Item<Activity>> activities, Map<String, AttendanceRate> averageByType) {

        public int total() {
            return activities.size();
        }

        /** Periods held out of periods judged (held or missed); in-progress periods are not judged yet. */
        public AttendanceRate complianceRate() {
            int held = 0;
            int judged = 0;
            for (RuleYear r : compliance) {
                for (Period p : r.periods()) {
                    if (p.status() == Status.HELD) {
                        held++;
                        judged++;
                    } else if (p.status() == Status.MISSED) {
                        judged++;
                    }
                }
            }
            return new AttendanceRate(held, judged);
        }
    }

    /** One member: activities attended (or hosted) and missed, over all records with names. */
    public record Participation(Person person, int attended, int absent) {
        public AttendanceRate rate() {
            return new AttendanceRate(attended, attended + absent);
        }
    }

    /** A meeting that needs more than half of its members present and did not have them. */
    public record Shortfall(Item<Activity> activity, AttendanceRate rate) {
    }
}
