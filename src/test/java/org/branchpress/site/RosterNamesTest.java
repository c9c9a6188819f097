package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a {@code members.yaml}, every name of an activity or honor roll is on it or a guest, and
 * 应到 comes from it: the members in the branch that day (joined ≤ day &lt; left), 正式 and 预备.
 */
class RosterNamesTest {
    @TempDir
    Path dir;

    /** 王伟 and 李强 (第一党小组) since always, 张敏 (第二) joined 2026-04-01, 赵磊 (第二) left 2026-04-01, 孙丽 (第二), 陈杰 an 积极分子. */
    static final String ROSTER = """
            members:
              - name: 王伟
                group: 第一党小组
                status: 正式党员
              - name: 李强
                group: 第一党小组
                status: 预备党员
              - name: 张敏
                group: 第二党小组
                status: 正式党员
                joined: 2026-04-01
              - name: 赵磊
                group: 第二党小组
                status: 正式党员
                left: 2026-04-01
              - name: 孙丽
                group: 第二党小组
                status: 正式党员
              - name: 陈杰
                group: 第二党小组
                status: 入党积极分子
            """;

    private TestSite site() {
        return new TestSite(dir).settings("").file("members.yaml", ROSTER);
    }

    private static String activity(String date, String type, String lines) {
        return "---\ntitle: " + date + type + "\ndate: " + date + "\ntype: " + type + "\n" + lines + "---\n纪要。\n";
    }

    @Test
    void aTypoedNameFailsWithTheSuggestion() {
        TestSite site = site().file("activities/a.md", activity("2026-03-10", "主题党日",
                "attendees: [王伟, 李强, 王玮, 孙丽]\nabsent: [赵磊]\n"));
        assertThat(site.build().firstError()).isEqualTo("content/activities/a.md:5:21: error: attendees 里的“王玮”不在名册"
                + "（content/members.yaml）里：是不是“王伟”？如果是本支部党员，请在 members.yaml 里加上一项“- name: 王玮”；"
                + "如果不是本支部党员，请把这个名字移到 guests（列席人员）里。");
    }

    @Test
    void oneCharacterOffIsSuggestedToo() {
        TestSite site = site().file("activities/a.md", activity("2026-03-10", "主题党日", "host: 孙莉莉\nspeakers: [李刚]\n"));
        String err = site.build().err();
        assertThat(err).contains("content/activities/a.md:6:12: error: speakers 里的“李刚”不在名册（content/members.yaml）里：是不是“李强”？");
        assertThat(err).contains("content/activities/a.md:5:7: error: host 里的“孙莉莉”不在名册（content/members.yaml）里：如果是本支部党员");
    }

    @Test
    void aGuestPasses() {
        TestSite site = site().file("activities/a.md", activity("2026-03-10", "主题党日",
                "attendees: [王伟, 李强, 孙丽, 赵磊, 刘某]\nguests: [刘某, 上级党委组织部 张某]\n"));
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(site.read("activities/a/index.html")).contains("<dt>列席</dt><dd>刘某、上级党委组织部 张某</dd>");
    }

    @Test
    void honorNamesAndTeamMembersAreChecked() {
        TestSite site = site().file("honors/x.md", """
                ---
                title: 党员之星
                date: 2026-01-01
                kind: 党员之星
                entries:
                  - name: 王卫
                  - name: 突击队
                    members: [李强, 张民]
                ---
                """);
        String err = site.build().err();
        assertThat(err).contains("content/honors/x.md:6:11: error: name 里的“王卫”不在名册（content/members.yaml）里：是不是“王伟”？"
                + "如果是本支部党员，请在 members.yaml 里加上一项“- name: 王卫”；如果写错了，请改正姓名。");
        assertThat(err).contains("content/honors/x.md:8:19: error: members 里的“张民”不在名册（content/members.yaml）里：是不是“张敏”？");
    }

    @Test
    void expectedFollowsJoinedAndLeft() {
        TestSite site = site()
                .file("activities/march.md", activity("2026-03-10", "主题党日", "attendees: [王伟, 李强, 孙丽, 赵磊]\n"))
                .file("activities/april.md", activity("2026-04-10", "主题党日", "attendees: [王伟, 李强, 孙丽, 张敏]\n"));
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("未登记");
        assertThat(site.read("activities/march/index.html")).contains("<dd>应到 4 人，实到 4 人，请假 0 人，缺席 0 人</dd>")
                .contains("<dd class=\"rate\">100.0%</dd>");
        assertThat(site.read("activities/april/index.html")).contains("<dd>应到 4 人，实到 4 人，请假 0 人，缺席 0 人</dd>");
    }

    @Test
    void leaveAndAbsenceAreCountedApart() {
        TestSite site = site().file("activities/a.md", activity("2026-03-10", "主题党日",
                "attendees: [王伟, 李强]\nleave: [孙丽]\nabsent: [赵磊]\n"));
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(site.read("activities/a/index.html"))
                .contains("<dt>请假</dt><dd><a class=\"person\" href=\"../../people/sun-li/index.html\">孙丽</a></dd>")
                .contains("<dd>应到 4 人，实到 2 人，请假 1 人，缺席 1 人</dd>")
                .contains("<dd class=\"rate\">50.0%</dd>");
    }

    @Test
    void anUnlistedMemberIsWarned() {
        TestSite site = site().file("activities/a.md", activity("2026-03-10", "主题党日", "attendees: [王伟, 陈杰]\n"));
        TestSite.Run run = site.build();
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("content/activities/a.md:5:12: warning: 未登记：李强、赵磊、孙丽（名册上应到，但参加、请假、缺席里"
                + "都没有写）：请把每个人写进 attendees、leave 或 absent，应到 4 人才能对上。");
        assertThat(site.read("activities/a/index.html")).contains("<dd>应到 4 人，实到 1 人，请假 0 人，缺席 0 人</dd>");
    }

    @Test
    void aGroupMeetingExpectsItsGroupAndACommitteeItsNames() {
        TestSite site = site()
                .file("activities/group.md", activity("2026-03-10", "党小组会", "organizer: 第一党小组\nattendees: [王伟]\nleave: [李强]\n"))
                .file("activities/committee.md", activity("2026-03-11", "支委会", "attendees: [王伟, 李强]\nabsent: [孙丽]\n"));
        TestSite.Run run = site.build();
        assertThat(run.err()).doesNotContain("未登记");
        assertThat(site.read("activities/group/index.html")).contains("<dd>应到 2 人，实到 1 人，请假 1 人，缺席 0 人</dd>");
        assertThat(site.read("activities/committee/index.html")).doesNotContain("应到").contains("<dd class=\"rate\">66.7%</dd>");
    }

    @Test
    void volunteersAndATemporaryGroupCountTheirNames() {
        TestSite site = site()
                .file("activities/volunteers.md", activity("2026-03-10", "志愿服务", "attendees: [王伟, 李强]\n"))
                .file("activities/field.md", activity("2026-03-12", "主题党日",
                        "organizer: 外场临时党小组\nattendees: [王伟]\nleave: [孙丽]\n"));
        TestSite.Run run = site.build();
        assertThat(run.err()).doesNotContain("未登记");
        assertThat(site.read("activities/volunteers/index.html")).doesNotContain("应到").contains("<dd class=\"rate\">100.0%</dd>");
        assertThat(site.read("activities/field/index.html")).doesNotContain("应到").contains("<dd class=\"rate\">50.0%</dd>");
    }

    @Test
    void aMemberTheRosterKeepsOffScreensStaysOffThem() {
        TestSite site = new TestSite(dir).settings("").file("members.yaml", ROSTER.replace("""
                  - name: 孙丽
                    group: 第二党小组
                    status: 正式党员
                """, """
                  - name: 孙丽
                    group: 第二党小组
                    status: 正式党员
                    screen: false
                """)).file("honors/x.md", """
                ---
                title: 党员之星
                date: 2026-11-01
                kind: 党员之星
                entries:
                  - name: 孙丽
                    citation: 甲。
                  - name: 王伟
                    citation: 乙。
                ---
                """);
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(site.read("honors/x/index.html")).contains("孙丽");
        assertThat(site.read("screen/index.html")).contains("王伟").doesNotContain("孙丽");
    }

    @Test
    void aMemberListedAfterLeavingIsWarned() {
        TestSite site = site().file("activities/a.md", activity("2026-05-10", "主题党日",
                "attendees: [王伟, 李强, 孙丽, 张敏, 赵磊]\n"));
        assertThat(site.build().err()).contains("content/activities/a.md:5:29: warning: “赵磊”在 2026-05-10 不在本支部（名册里 left: 2026-04-01）");
    }
}
