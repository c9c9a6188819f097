package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed case's 学习提升“1+4+1” for 2025: at least 1 technical talk given, 4 attended, 1 book read
 * (a tally). 王伟 does all three; 李强 reads nothing; 张敏 gives no talk. 陈杰 (积极分子) and 赵磊
 * (left before 2025) are not counted.
 */
class MemberTargetsTest {
    @TempDir
    Path dir;

    static final String SETTINGS = """
            types: [技术交流]
            targets:
              - name: 学习提升“1+4+1”
                period: year
                items:
                  - {label: 开展专业技术交流, type: 技术交流, role: speaker, at_least: 1}
                  - {label: 参加专业技术交流, type: 技术交流, role: attendee, at_least: 4}
                  - {label: 阅读专业技术书籍, tally: 读书, at_least: 1}
            """;

    static final String ROSTER = """
            members:
              - {name: 王伟, group: 第一党小组, status: 正式党员}
              - {name: 李强, group: 第一党小组, status: 正式党员}
              - {name: 张敏, group: 第二党小组, status: 预备党员}
              - {name: 陈杰, group: 第二党小组, status: 入党积极分子}
              - {name: 赵磊, group: 第二党小组, status: 正式党员, left: 2024-12-31}
            """;

    private TestSite site(String settings, String tallies) {
        TestSite site = new TestSite(dir).settings(settings).file("members.yaml", ROSTER)
                .file("tallies/2025.yaml", tallies);
        String[][] talks = {
                {"0301", "attendees: [王伟, 李强, 张敏, 陈杰]\nspeakers: [王伟]\n"},
                {"0401", "attendees: [王伟, 李强, 张敏]\nspeakers: [李强]\n"},
                {"0501", "attendees: [王伟, 李强]\nleave: [张敏]\n"},
                {"0601", "attendees: [王伟, 李强, 张敏]\n"},
                {"0701", "attendees: [王伟, 张敏]\nabsent: [李强]\n"}};
        for (String[] t : talks) {
            String day = "2025-" + t[0].substring(0, 2) + "-" + t[0].substring(2);
            site.file("activities/" + t[0] + ".md", SpeakersAndRotationTest.activity(day, "技术交流", t[1]));
        }
        return site;
    }

    private TestSite site() {
        return site(SETTINGS, "读书:\n  王伟: 2\n  张敏: 1\n");
    }

    /** The screens show the year's share and how many reached each goal: never a name or a person's count. */
    @Test
    void theStatisticsSlideIsFollowedByTheSharesOfTheTargets() {
        TestSite site = site(SETTINGS + """
                screens:
                  - id: lobby
                    title: 大厅
                    playlist:
                      - stats: {}
                """, "读书:\n  王伟: 2\n  张敏: 1\n");
        TestSite.Run run = site.build("--today", "2026-01-10");
        assertThat(run.status()).as(run.err()).isZero();
        org.jsoup.select.Elements slides = LinkCheck.parse(site.output().resolve("screen/lobby/index.html"))
                .select("section.slide[data-seconds]");
        assertThat(slides.eachAttr("class")).containsExactly("slide slide-stats on", "slide slide-targets");
        org.jsoup.nodes.Element targets = slides.get(1);
        assertThat(targets.select(".slide-title").text()).isEqualTo("2025年学习提升“1+4+1”完成情况");
        assertThat(targets.select(".number").text()).isEqualTo("33.3%");
        assertThat(targets.select(".number-label").text()).isEqualTo("3 名党员中 1 名全部完成");
        assertThat(targets.select(".bar-label").eachText()).containsExactly("开展专业技术交流", "参加专业技术交流", "阅读专业技术书籍");
        assertThat(targets.select(".bar-count").eachText()).containsExactly("2", "3", "2");
        for (String name : new String[] {"王伟", "李强", "张敏"}) {
            assertThat(site.read("screen/lobby/index.html")).doesNotContain(name);
        }
    }

    @Test
    void theNoticeShowsEachMembersCountsAgainstTheTargets() {
        TestSite site = site();
        TestSite.Run run = site.build("--today", "2026-01-10");
        assertThat(run.status()).as(run.err()).isZero();
        String stats = site.read("stats/index.html");
        assertThat(stats).contains("<a href=\"../stats/targets/xue-xi-ti-sheng-1-4-1-2025/index.html\">"
                + "学习提升“1+4+1”2025年度完成情况公示</a>");
        String notice = site.read("stats/targets/xue-xi-ti-sheng-1-4-1-2025/index.html");
        assertThat(notice)
                .contains("<th scope=\"col\">开展专业技术交流（至少 1）</th><th scope=\"col\">参加专业技术交流（至少 4）</th>"
                        + "<th scope=\"col\">阅读专业技术书籍（至少 1）</th>")
                .contains("<tr><td>王伟</td><td>第一党小组</td><td>1 ✓</td><td>5 ✓</td><td>2 ✓</td><td>已完成</td></tr>")
                .contains("<tr class=\"below\"><td>李强</td><td>第一党小组</td><td>1 ✓</td><td>4 ✓</td><td>0 ✗</td><td>未完成</td></tr>")
                .contains("<tr class=\"below\"><td>张敏</td><td>第二党小组</td><td>0 ✗</td><td>4 ✓</td><td>1 ✓</td><td>未完成</td></tr>")
                .contains("参加统计党员 3 人，全部完成 1 人，完成率 33.3%。")
                .contains("@page { size: A4 portrait;")
                .doesNotContain("陈杰").doesNotContain("赵磊");
    }

    @Test
    void memberStatsNowhereLeavesNoPerPersonFigureAnywhere() {
        TestSite site = site(SETTINGS + "privacy:\n  member_stats: nowhere\n", "读书:\n  王伟: 2\n  张敏: 1\n");
        TestSite.Run run = site.build("--today", "2026-01-10");
        assertThat(run.status()).as(run.err()).isZero();
        site.snapshot().forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(path).doesNotContain("targets");
            assertThat(text).as(path).doesNotContain("完成情况公示").doesNotContain("members-table")
                    .doesNotContain("参加统计党员");
        });
        assertThat(site.read("people/wang-wei/index.html")).doesNotContain("出席率");
    }

    @Test
    void aTargetWithAnUnknownTypeIsAnErrorWithTheSuggestion() {
        TestSite site = site(SETTINGS.replace("type: 技术交流, role: speaker", "type: 技术交浏, role: speaker"), "{}\n");
        assertThat(site.build().firstError()).isEqualTo("content/site.yaml:8:33: error: 指标的 type“技术交浏”不是活动类型："
                + "是不是想写“技术交流”？可用的类型有：支部党员大会、支委会、党小组会、党课、主题党日、组织生活会、民主评议党员、志愿服务、专题学习、其他、技术交流；"
                + "新的类型请先写进 site.yaml 的 types。");
    }

    @Test
    void aTargetWithAnUnknownRoleIsAnError() {
        TestSite site = site(SETTINGS.replace("role: attendee", "role: listener"), "{}\n");
        assertThat(site.build().firstError()).isEqualTo("content/site.yaml:9:45: error: role 只能是 speaker（发言）、"
                + "attendee（参加）或 host（主持），这里写的是“listener”。");
    }

    @Test
    void aTallyForANameNotOnTheRosterIsAnError() {
        TestSite site = site(SETTINGS, "读书:\n  王伟: 2\n  张民: 1\n");
        assertThat(site.build().firstError()).isEqualTo("content/tallies/2025.yaml:3:3: error: 读书 里的“张民”不在名册"
                + "（content/members.yaml）里：是不是“张敏”？请改正姓名，或在 members.yaml 里加上这位党员。");
    }

    @Test
    void aTallyThatIsNoNumberIsAnError() {
        TestSite site = site(SETTINGS, "读书:\n  王伟: 两本\n");
        assertThat(site.build().firstError()).isEqualTo("content/tallies/2025.yaml:2:7: error: 王伟 应当是一个整数，这里写的是“两本”。");
    }

    @Test
    void aTallyFileNamedOtherThanAYearIsAnError() {
        TestSite site = site().file("tallies/读书.yaml", "读书: {}\n");
        assertThat(site.build().firstError()).startsWith("content/tallies/读书.yaml:1:1: error: 台账文件要以年份命名");
    }

    @Test
    void aTallyColumnNoFileHasIsAWarning() {
        TestSite.Run run = site(SETTINGS, "阅读:\n  王伟: 2\n").build("--today", "2026-01-10");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("content/site.yaml:5:5: warning: 目标“学习提升“1+4+1””按台账的“读书”一栏计数，"
                + "但 content/tallies/ 里没有这一栏，每人都按 0 计");
    }

    @Test
    void targetsWithoutARosterAreAWarningAndNoNotice() {
        TestSite site = new TestSite(dir).settings(SETTINGS);
        TestSite.Run run = site.build("--today", "2026-01-10");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("content/site.yaml:5:5: warning: 目标“学习提升“1+4+1””要按名册逐人统计");
    }
}
