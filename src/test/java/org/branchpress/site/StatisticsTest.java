package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two years of activities (2025-01 to 2026-05, built on 2026-05-20) with known gaps:
 * 支委会 missing in 2025-03 and 2025-11, 主题党日 missing in 2025-07, 支部党员大会 missing in
 * 2025 Q2 and below quorum in 2025 Q3, 党课 needing two a quarter (site.yaml) with only one
 * in 2025 Q2, no 民主评议党员 in 2025, 党小组会's rule switched off. May 2026 is in progress.
 */
public class StatisticsTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static TestSite.Run build;
    static TestSite.Run check;

    static final String SETTINGS = """
            rules:
              - type: 党课
                period: quarter
                at_least: 2
              - type: 党小组会
                off: true
            """;

    /** Writes the two-year fixture into {@code site}. */
    public static TestSite twoYears(TestSite site, String settings) {
        site.settings(settings);
        for (LocalDate month = LocalDate.of(2025, 1, 1); month.isBefore(LocalDate.of(2026, 6, 1));
             month = month.plusMonths(1)) {
            boolean may2026 = month.equals(LocalDate.of(2026, 5, 1));
            if (!may2026 && !month.equals(LocalDate.of(2025, 3, 1)) && !month.equals(LocalDate.of(2025, 11, 1))) {
                activity(site, month.withDayOfMonth(5), "支委会", "[王伟, 李强, 张敏]", "[]");
            }
            if (!month.equals(LocalDate.of(2025, 7, 1))) {
                activity(site, month.withDayOfMonth(15), "主题党日", "[王伟, 李强, 张敏, 陈杰]",
                        month.getMonthValue() == 6 ? "[赵磊]" : "[]");
            }
            activity(site, month.withDayOfMonth(20), "党小组会", "[李强, 陈杰]", "[王伟]");
        }
        site.file("activities/2025-02-10-dahui.md", meeting("2025-02-10", "支部党员大会", "{present: 20, expected: 30}"));
        site.file("activities/2025-08-10-dahui.md", meeting("2025-08-10", "支部党员大会", "{present: 14, expected: 30}"));
        site.file("activities/2025-11-10-dahui.md", meeting("2025-11-10", "支部党员大会", "{present: 27, expected: 30}"));
        site.file("activities/2026-02-10-dahui.md", meeting("2026-02-10", "支部党员大会", "{present: 28, expected: 30}"));
        for (String day : List.of("2025-01-20", "2025-03-20", "2025-05-20", "2025-08-21", "2025-09-21", "2025-10-21",
                "2025-12-21", "2026-01-21", "2026-03-21")) {
            site.file("activities/" + day + "-dangke.md", meeting(day, "党课", "{present: 9, expected: 10}"));
        }
        site.file("activities/2025-12-28-shenghuohui.md", meeting("2025-12-28", "组织生活会", "{present: 29, expected: 30}"));
        return site;
    }

    private static void activity(TestSite site, LocalDate day, String type, String attendees, String absent) {
        site.file("activities/" + day + "-" + type.hashCode() + ".md", "---\ntitle: " + day.getMonthValue() + "月" + type
                + "\ndate: " + day + "\ntype: " + type + "\nattendees: " + attendees + "\nabsent: " + absent + "\n---\n");
    }

    private static String meeting(String day, String type, String attendance) {
        return "---\ntitle: " + day + " " + type + "\ndate: " + day + "\ntype: " + type + "\nattendance: " + attendance
                + "\n---\n";
    }

    @BeforeAll
    static void build() {
        site = twoYears(new TestSite(dir), SETTINGS);
        build = site.build("--today", "2026-05-20");
        check = site.check("--today", "2026-05-20");
    }

    @Test
    void checkReportsEachMissedPeriodAndTheQuorumShortfall() {
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(check.status()).isZero();
        assertThat(check.out().lines().filter(l -> l.contains("未召开") || l.contains("半数")).toList()).containsExactly(
                "content/activities/2025-08-10-dahui.md:1:1: warning: 支部党员大会到会 14 人，应到 30 人（46.7%），未超过半数，会议决定可能无效：请核对人数，或按规定重新召开。",
                "content/site.yaml:1:1: warning: 2025年第2季度 未召开支部党员大会（要求每季度至少 1 次，实际 0 次）：如已召开，请补上活动记录。",
                "content/site.yaml:1:1: warning: 2025年3月 未召开支委会（要求每月至少 1 次，实际 0 次）：如已召开，请补上活动记录。",
                "content/site.yaml:1:1: warning: 2025年11月 未召开支委会（要求每月至少 1 次，实际 0 次）：如已召开，请补上活动记录。",
                "content/site.yaml:1:1: warning: 2025年7月 未召开主题党日（要求每月至少 1 次，实际 0 次）：如已召开，请补上活动记录。",
                "content/site.yaml:1:1: warning: 2025年 未召开民主评议党员（要求每年至少 1 次，实际 0 次）：如已召开，请补上活动记录。",
                "content/site.yaml:4:5: warning: 2025年第2季度 未召开党课（要求每季度至少 2 次，实际 1 次）：如已召开，请补上活动记录。");
    }

    private static Element rule(Document page, int year, String type) {
        return page.select("#y" + year + " table.compliance tr").stream()
                .filter(tr -> tr.select("th").text().startsWith(type)).findFirst().orElseThrow();
    }

    /**
     * The home page's overview as text browsers (lynx, w3m) and screen readers get it: Jsoup's
     * text, which like them ignores the stylesheet, so the squares say nothing and the words all.
     */
    @Test
    void homeOverviewSaysEachRuleInWords() {
        Document home = LinkCheck.parse(site.output().resolve("index.html"));
        assertThat(home.select("section.glance .glance-rules li").eachText()).containsExactly(
                "支部党员大会：1/4 个季度已开，本季度进行中",
                "支委会：4/12 个月已开，本月进行中",
                "党课：1/4 个季度已开，本季度进行中",
                "主题党日：5/12 个月已开",
                "组织生活会：本年进行中",
                "民主评议党员：本年进行中");
        assertThat(home.select("section.glance .glance-cells").eachAttr("aria-hidden")).containsOnly("true");

        TestSite december = twoYears(new TestSite(dir.resolve("december")), SETTINGS);
        assertThat(december.build("--today", "2025-12-20").status()).isZero();
        Document late = LinkCheck.parse(december.output().resolve("index.html"));
        assertThat(late.select("section.glance .glance-rules li").eachText()).contains(
                "支委会：10/12 个月已开，2 个月未开",
                "主题党日：11/12 个月已开，1 个月未开",
                "组织生活会：全年已开",
                "民主评议党员：本年进行中");
    }

    @Test
    void complianceTableShowsHeldMissedAndInProgressPeriods() {
        Document page = LinkCheck.parse(site.output().resolve("stats/index.html"));
        assertThat(rule(page, 2025, "支委会").select("td").eachAttr("class")).containsExactly(
                "cell-held", "cell-held", "cell-missed", "cell-held", "cell-held", "cell-held", "cell-held",
                "cell-held", "cell-held", "cell-held", "cell-missed", "cell-held");
        assertThat(rule(page, 2026, "支委会").select("td").eachAttr("class")).containsExactly(
                "cell-held", "cell-held", "cell-held", "cell-held", "cell-progress", "cell-future", "cell-future",
                "cell-future", "cell-future", "cell-future", "cell-future", "cell-future");
        assertThat(rule(page, 2026, "支部党员大会").select("td").eachAttr("class"))
                .containsExactly("cell-held", "cell-progress", "cell-future", "cell-future");
        assertThat(rule(page, 2026, "支部党员大会").select("td").first().attr("colspan")).isEqualTo("3");
        assertThat(rule(page, 2025, "民主评议党员").select("td").eachAttr("class")).containsExactly("cell-missed");
        assertThat(rule(page, 2025, "支委会").select("td").first().select("a").attr("href"))
                .isEqualTo("../activities/2025-01-05-" + "支委会".hashCode() + "/index.html");
        assertThat(page.select("table.compliance th").eachText()).noneMatch(t -> t.startsWith("党小组会"));
        assertThat(page.select("h2.block-title").eachText()).startsWith("2026年活动记录 17 次 · 按期落实率 100.0%",
                "2025年活动记录 44 次 · 按期落实率 82.4%");
    }

    @Test
    void chartAndTableCountActivitiesByTypeAndMonth() {
        Document page = LinkCheck.parse(site.output().resolve("stats/index.html"));
        Element y2025 = page.selectFirst("#y2025");
        assertThat(y2025.select("svg.chart-svg rect[fill]")).hasSizeGreaterThan(30);
        assertThat(y2025.select("svg.chart-svg title").first().text()).contains("2025年各月活动次数");
        Element dahui = y2025.select("table.numbers-table tr").stream()
                .filter(tr -> tr.select("th").text().equals("支部党员大会")).findFirst().orElseThrow();
        assertThat(dahui.select("td").eachText())
                .containsExactly("0", "1", "0", "0", "0", "0", "0", "1", "0", "0", "1", "0", "3");
    }

    @Test
    void attendanceRatesAveragesAndQuorumAreShown() {
        Document page = LinkCheck.parse(site.output().resolve("stats/index.html"));
        Element averages = page.selectFirst("#y2025 table.plain-table");
        assertThat(averages.text()).contains("支部党员大会 3 67.8%").contains("党课 7 90.0%");
        assertThat(page.select(".stats-quorum tr.below").text()).contains("支部党员大会").contains("46.7%");
        assertThat(site.read("activities/2025-08-10-dahui/index.html")).contains("46.7%");
    }

    @Test
    void perPersonParticipationLinksToPersonPages() {
        Document page = LinkCheck.parse(site.output().resolve("stats/index.html"));
        Element wang = page.select(".members-table tr").stream()
                .filter(tr -> tr.text().startsWith("王伟")).findFirst().orElseThrow();
        // 支委会 14 + 主题党日 16 attended; 党小组会 17 absent
        assertThat(wang.select("td").eachText()).containsExactly("王伟", "30", "17", "63.8%");
        assertThat(wang.select("a").attr("href")).isEqualTo("../people/wang-wei/index.html");
        assertThat(site.read("people/wang-wei/index.html")).contains("参加 30 次，缺席 17 次，出席率 63.8%");
        assertThat(site.read("index.html")).contains("今年三会一课").contains("dot-progress").contains("dot-held");
    }

    @Test
    void memberStatsNowhereRemovesEveryPerPersonTable(@TempDir Path other) throws Exception {
        TestSite hidden = twoYears(new TestSite(other), SETTINGS + "privacy:\n  member_stats: nowhere\n");
        assertThat(hidden.build("--today", "2026-05-20").status()).isZero();
        assertThat(hidden.read("stats/index.html")).doesNotContain("党员参加活动情况").doesNotContain("members-table");
        try (Stream<Path> pages = Files.walk(hidden.output())) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p);
                assertThat(html).as(p.toString()).doesNotContain("members-table").doesNotContain("参加活动情况：");
            }
        }
    }
}
