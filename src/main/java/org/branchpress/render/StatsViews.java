package org.branchpress.render;

import java.util.List;

/** What the statistics page, the home page's glance and the screens' slide see. */
public final class StatsViews {
    private StatsViews() {
    }

    /**
     * @param members     null when privacy.member_stats keeps per-person numbers off the portal
     * @param memberLeave whether the members' table has a 请假 column (some record has leave)
     * @param memberSpoke whether it has a 发言 column (some record has speakers)
     * @param targets     the 公示 pages of the member targets, newest year first; empty without any
     */
    public record StatsPage(String asOf, List<YearView> years, List<ShortfallRow> shortfalls, List<MemberRow> members,
                            boolean memberLeave, boolean memberSpoke, List<Views.Link> targets) {
    }

    /**
     * @param counts     whether the attendance table has 请假 and 缺席 columns (a roster, or some leave)
     * @param engagement whether the averages table has a 参与度 column
     * @param groups     the roster's groups, the rotation table's columns
     */
    public record YearView(int year, int total, String complianceRate, List<RuleRow> rules, Chart chart,
                           List<TypeCounts> table, List<ActivityRow> attendance, List<AverageRow> averages,
                           boolean counts, boolean engagement, List<String> groups, List<RotationRow> rotation) {
    }

    /**
     * A 公示 of a target set for a year, laid out to print on A4.
     *
     * @param goals   each goal's label with its minimum, the table's columns
     * @param summary members counted, how many did every goal, the share
     */
    public record TargetPage(String title, String lead, List<String> goals, List<TargetRow> rows, String summary,
                             String asOf) {
    }

    public record TargetRow(String name, String group, List<TargetCell> cells, boolean done) {
    }

    public record TargetCell(int count, boolean done) {
    }

    /** One type's 轮值承办: a count per group, and the groups that organised none. */
    public record RotationRow(String type, List<Integer> counts, String idle) {
    }

    public record RuleRow(String type, String requirement, String id, List<Cell> cells) {
    }

    /**
     * One period of a rule in the compliance table.
     *
     * @param span   months it covers (1, 3 or 12)
     * @param status held, missed, progress, none or future
     */
    public record Cell(int span, String status, String mark, String title, List<Views.Link> links) {
    }

    /** A stacked bar chart drawn as SVG at build time: no script needed to see it. */
    public record Chart(int width, int height, List<Rect> bars, List<Label> labels, List<Legend> legend,
                        List<Tick> ticks, String description) {
    }

    public record Rect(int x, int y, int width, int height, String color, String title) {
    }

    public record Label(int x, int y, String text) {
    }

    public record Legend(String label, String color) {
    }

    public record Tick(int y, String text) {
    }

    public record TypeCounts(String type, List<Integer> months, int total) {
    }

    public record ActivityRow(String date, Views.Link activity, String type, String rate, boolean belowQuorum,
                              int leave, int absent) {
    }

    /** @param engagement 参与度, null when no activity of the type records speakers */
    public record AverageRow(String type, String rate, int count, String engagement) {
    }

    public record ShortfallRow(String date, Views.Link activity, String type, String rate) {
    }

    public record MemberRow(Views.Link person, int attended, int absent, String rate, int leave, int spoke) {
    }

    /** This year's compliance at a glance, for the home page. */
    public record Glance(int year, String rate, List<GlanceRule> rules) {
    }

    /**
     * One rule on the home page: the squares for graphical browsers, and the same in words for
     * text browsers (lynx, w3m) and screen readers, which see no colour.
     *
     * @param count  shown beside the squares: {@code 5/12 个月已开}, {@code 全年已开}
     * @param detail read, not shown: {@code ，1 个月未开，本月进行中}; empty when there is nothing more
     */
    public record GlanceRule(String type, String count, String detail, List<Cell> cells) {
    }
}
