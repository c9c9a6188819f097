package org.branchpress.render;

import java.util.ArrayList;
import java.util.List;

import org.branchpress.site.ActivityStats;
import org.branchpress.site.Item;
import org.branchpress.site.TargetSheet;
import org.branchpress.content.Activity;

/** Builds the statistics views from {@link ActivityStats}: tables, the SVG chart, the home glance. */
final class StatsPages {
    /**
     * Dignified colours for up to twelve activity types, readable on white, neighbours far apart
     * in hue and lightness (red, blue, gold, green, purple, teal...; no red next to brown or
     * orange), so stacked segments and the legend's swatches tell apart also for a red-green
     * weak eye; a white line separates stacked segments as well.
     */
    static final String[] PALETTE = {"#b71c1c", "#1f5fa8", "#e0a800", "#2e7d32", "#6a1b9a", "#00838f", "#546e7a",
            "#c2185b", "#827717", "#283593", "#4fa3d1", "#212121"};
    static final int CHART_WIDTH = 760;
    static final int CHART_HEIGHT = 320;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;
    private static final int TOP = 12;

    private final ActivityStats stats;
    private final Labels labels;

    StatsPages(ActivityStats stats, Labels labels) {
        this.stats = stats;
        this.labels = labels;
    }

    StatsViews.StatsPage page(List<Views.Link> targets) {
        List<StatsViews.YearView> years = stats.years().stream().map(this::year).toList();
        List<StatsViews.ShortfallRow> shortfalls = stats.belowQuorum().stream().map(s -> new StatsViews.ShortfallRow(
                date(s.activity()), link(s.activity()), s.activity().document().type(), s.rate().label())).toList();
        List<StatsViews.MemberRow> members = stats.members().isEmpty() ? null : stats.members().stream()
                .map(m -> new StatsViews.MemberRow(new Views.Link(m.person().name(), m.person().address()), m.attended(),
                        m.absent(), m.rate().label(), m.leave(), m.spoke())).toList();
        return new StatsViews.StatsPage(labels.date(stats.today()), years, shortfalls, members,
                stats.members().stream().anyMatch(m -> m.leave() > 0), stats.members().stream().anyMatch(m -> m.spoke() > 0),
                targets);
    }

    /** The 公示 pages, as the statistics page links them. */
    List<Views.Link> targetLinks() {
        return stats.targets().stream().map(t -> new Views.Link(targetTitle(t), t.address())).toList();
    }

    /** 学习提升“1+4+1”2025年度完成情况公示 */
    String targetTitle(TargetSheet sheet) {
        return sheet.target().name() + sheet.year() + labels.get("targetsOfYear");
    }

    /** One 公示: every counted member's count per goal against its minimum, and the share who did all. */
    StatsViews.TargetPage targetPage(TargetSheet sheet) {
        List<String> goals = sheet.target().goals().stream().map(g -> g.label() + "（" + labels.get("atLeast") + " "
                + g.atLeast() + "）").toList();
        List<StatsViews.TargetRow> rows = sheet.rows().stream().map(r -> new StatsViews.TargetRow(r.member().name(),
                r.member().group().orElse(""), r.counts().stream().map(c -> new StatsViews.TargetCell(c.count(),
                c.done())).toList(), r.done())).toList();
        String asOf = labels.date(stats.today());
        return new StatsViews.TargetPage(targetTitle(sheet), String.format(labels.get("targetsLead"), sheet.year(),
                sheet.target().name(), asOf), goals, rows, String.format(labels.get("targetsSummary"), sheet.rows().size(),
                sheet.completed(), sheet.share().label()), asOf);
    }

    /** The current year's compliance, for the home page; null before any activity is recorded. */
    StatsViews.Glance glance() {
        return stats.years().stream().filter(y -> y.year() == stats.today().getYear()).findFirst()
                .map(y -> new StatsViews.Glance(y.year(), y.complianceRate().expected() == 0 ? null
                        : y.complianceRate().label(), glanceRules(y))).orElse(null);
    }

    /** Each rule of the year with its squares and the same in words. */
    private List<StatsViews.GlanceRule> glanceRules(ActivityStats.Year y) {
        List<StatsViews.RuleRow> rows = rules(y);
        List<StatsViews.GlanceRule> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] words = inWords(y.compliance().get(i).periods());
            out.add(new StatsViews.GlanceRule(rows.get(i).type(), words[0], words[1], rows.get(i).cells()));
        }
        return out;
    }

    /**
     * {@code {"5/12 个月已开", "，1 个月未开，本月进行中"}}: what is shown beside the squares, and
     * what their colours say besides (read by text browsers and screen readers).
     */
    private String[] inWords(List<ActivityStats.Period> periods) {
        int[] count = new int[ActivityStats.Status.values().length];
        periods.forEach(p -> count[p.status().ordinal()]++);
        int held = count[ActivityStats.Status.HELD.ordinal()];
        int missed = count[ActivityStats.Status.MISSED.ordinal()];
        boolean running = count[ActivityStats.Status.IN_PROGRESS.ordinal()] > 0;
        int unrecorded = count[ActivityStats.Status.NOT_RECORDED.ordinal()];
        if (periods.size() == 1) {
            return new String[] {held > 0 ? labels.get("wholeYear") + labels.get("held")
                    : missed > 0 ? labels.get("wholeYear") + labels.get("notHeld")
                    : running ? labels.get("thisYear") + labels.get("inProgress")
                    : unrecorded > 0 ? labels.get("statusNone") : labels.get("statusFuture"), ""};
        }
        String unit = labels.get(periods.size() == 12 ? "unitMonth" : "unitQuarter");
        StringBuilder detail = new StringBuilder();
        if (missed > 0) {
            detail.append("，").append(missed).append(" ").append(unit).append(labels.get("notHeld"));
        }
        if (running) {
            detail.append("，").append(labels.get(periods.size() == 12 ? "thisMonth" : "thisQuarter"))
                    .append(labels.get("inProgress"));
        }
        if (unrecorded > 0) {
            detail.append("，").append(unrecorded).append(" ").append(unit).append(labels.get("statusNone"));
        }
        return new String[] {held + "/" + periods.size() + " " + unit + labels.get("held"), detail.toString()};
    }

    StatsViews.YearView year(ActivityStats.Year y) {
        List<StatsViews.TypeCounts> table = new ArrayList<>();
        y.byTypeAndMonth().forEach((type, months) -> {
            int total = 0;
            List<Integer> list = new ArrayList<>();
            for (int n : months) {
                list.add(n);
                total += n;
            }
            if (total > 0) {
                table.add(new StatsViews.TypeCounts(type, list, total));
            }
        });
        List<StatsViews.ActivityRow> attendance = new ArrayList<>();
        for (Item<Activity> a : y.activities()) {
            a.document().rate().ifPresent(r -> attendance.add(new StatsViews.ActivityRow(date(a), link(a),
                    a.document().type(), r.label(), stats.belowQuorum().stream().anyMatch(s -> s.activity() == a),
                    a.document().leave().size(), a.document().absent().size())));
        }
        List<StatsViews.AverageRow> averages = new ArrayList<>();
        y.averageByType().forEach((type, rate) -> averages.add(new StatsViews.AverageRow(type, rate.label(),
                (int) y.activities().stream().filter(a -> a.document().type().equals(type)
                        && a.document().rate().isPresent()).count(),
                y.engagement().containsKey(type) ? y.engagement().get(type).label() : null)));
        String rate = y.complianceRate().expected() == 0 ? null : y.complianceRate().label();
        boolean counts = stats.roster().isPresent() || y.activities().stream().anyMatch(a -> !a.document().leave().isEmpty());
        List<String> groups = stats.roster().map(r -> r.groups()).orElse(List.of());
        List<StatsViews.RotationRow> rotation = y.rotation().stream().map(r -> new StatsViews.RotationRow(r.type(),
                List.copyOf(r.byGroup().values()), String.join("、", r.idle()))).toList();
        return new StatsViews.YearView(y.year(), y.total(), rate, rules(y), chart(y.year(), table), table, attendance,
                averages, counts, !y.engagement().isEmpty(), groups, rotation);
    }

    private List<StatsViews.RuleRow> rules(ActivityStats.Year y) {
        List<StatsViews.RuleRow> rows = new ArrayList<>();
        for (ActivityStats.RuleYear r : y.compliance()) {
            List<StatsViews.Cell> cells = new ArrayList<>();
            int span = 12 / r.periods().size();
            for (ActivityStats.Period p : r.periods()) {
                List<Views.Link> links = p.held().stream().map(this::link).toList();
                String status = status(p.status());
                cells.add(new StatsViews.Cell(span, status.toLowerCase(java.util.Locale.ROOT), mark(p.status()),
                        p.label() + " " + labels.get("status" + status) + (links.isEmpty() ? "" : "：" + String.join("、",
                        links.stream().map(Views.Link::label).toList())), links));
            }
            rows.add(new StatsViews.RuleRow(r.rule().type(), r.rule().requirement(), r.rule().id(), cells));
        }
        return rows;
    }

    /** Activities per month, stacked by type; the numbers are in the table beside it as well. */
    StatsViews.Chart chart(int year, List<StatsViews.TypeCounts> table) {
        int[] totals = new int[12];
        table.forEach(t -> {
            for (int m = 0; m < 12; m++) {
                totals[m] += t.months().get(m);
            }
        });
        int max = 1;
        for (int t : totals) {
            max = Math.max(max, t);
        }
        int step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : (max + 4) / 5;
        int top = ((max + step - 1) / step) * step;
        double plotHeight = CHART_HEIGHT - BOTTOM - TOP;
        double slot = (CHART_WIDTH - LEFT - 10) / 12.0;
        int barWidth = (int) Math.round(slot * 0.62);
        List<StatsViews.Rect> bars = new ArrayList<>();
        List<StatsViews.Label> labelsOut = new ArrayList<>();
        List<StatsViews.Legend> legend = new ArrayList<>();
        int[] stacked = new int[12];
        for (int i = 0; i < table.size(); i++) {
            StatsViews.TypeCounts t = table.get(i);
            String color = PALETTE[i % PALETTE.length];
            legend.add(new StatsViews.Legend(t.type(), color));
            for (int m = 0; m < 12; m++) {
                int n = t.months().get(m);
                if (n == 0) {
                    continue;
                }
                int y0 = (int) Math.round(CHART_HEIGHT - BOTTOM - stacked[m] * plotHeight / top);
                int y1 = (int) Math.round(CHART_HEIGHT - BOTTOM - (stacked[m] + n) * plotHeight / top);
                int x = (int) Math.round(LEFT + slot * m + (slot - barWidth) / 2);
                bars.add(new StatsViews.Rect(x, y1, barWidth, y0 - y1, color, (m + 1) + labels.get("month") + " "
                        + t.type() + " " + n + " " + labels.get("times")));
                stacked[m] += n;
            }
        }
        for (int m = 0; m < 12; m++) {
            labelsOut.add(new StatsViews.Label((int) Math.round(LEFT + slot * m + slot / 2), CHART_HEIGHT - 10,
                    (m + 1) + labels.get("month")));
        }
        List<StatsViews.Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            ticks.add(new StatsViews.Tick((int) Math.round(CHART_HEIGHT - BOTTOM - v * plotHeight / top),
                    String.valueOf(v)));
        }
        int total = 0;
        for (int t : totals) {
            total += t;
        }
        return new StatsViews.Chart(CHART_WIDTH, CHART_HEIGHT, bars, labelsOut, legend, ticks,
                String.format(labels.get("chartSummary"), year, total));
    }

    private static String status(ActivityStats.Status s) {
        return switch (s) {
            case HELD -> "Held";
            case MISSED -> "Missed";
            case IN_PROGRESS -> "Progress";
            case NOT_RECORDED -> "None";
            case FUTURE -> "Future";
        };
    }

    private static String mark(ActivityStats.Status s) {
        return switch (s) {
            case HELD -> "✓";
            case MISSED -> "✗";
            case IN_PROGRESS -> "…";
            case NOT_RECORDED -> "—";
            case FUTURE -> "";
        };
    }

    private Views.Link link(Item<Activity> a) {
        return new Views.Link(a.title(), a.address());
    }

    private String date(Item<Activity> a) {
        return labels.date(a.date());
    }

}
