package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics page with a roster of three groups: 参与度 per type (speakers ÷ present over the
 * activities that record speakers), speaking and leave per member, and the groups' 轮值承办.
 */
class SpeakersAndRotationTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static TestSite.Run build;

    @BeforeAll
    static void build() {
        site = new TestSite(dir).settings("").file("members.yaml", """
                members:
                  - {name: 王伟, group: 第一党小组, status: 正式党员}
                  - {name: 李强, group: 第一党小组, status: 正式党员}
                  - {name: 张敏, group: 第二党小组, status: 正式党员}
                  - {name: 孙丽, group: 第三党小组, status: 预备党员}
                """)
                .file("activities/0115.md", activity("2026-01-15", "主题党日", """
                        organizer: 第一党小组
                        attendees: [王伟, 李强, 张敏, 孙丽]
                        speakers: [王伟, 张敏]
                        """))
                .file("activities/0215.md", activity("2026-02-15", "主题党日", """
                        organizer: 第一党小组
                        attendees: [王伟, 李强, 张敏]
                        leave: [孙丽]
                        speakers: [李强]
                        """))
                .file("activities/0315.md", activity("2026-03-15", "主题党日", """
                        organizer: 第二党小组
                        attendees: [王伟, 李强, 张敏, 孙丽]
                        """))
                .file("activities/0320.md", activity("2026-03-20", "党课", """
                        attendees: [王伟, 李强, 张敏]
                        absent: [孙丽]
                        speakers: [王伟]
                        """));
        build = site.build("--today", "2026-03-31");
    }

    static String activity(String date, String type, String lines) {
        return "---\ntitle: " + date + type + "\ndate: " + date + "\ntype: " + type + "\n" + lines + "---\n纪要。\n";
    }

    @Test
    void builds() {
        assertThat(build.status()).as(build.err()).isZero();
        assertThat(build.err()).doesNotContain("未登记");
    }

    @Test
    void engagementPerTypeStandsBesideAttendance() {
        assertThat(site.read("stats/index.html"))
                .contains("<th scope=\"col\">参与度（发言÷出席）</th>")
                .contains("<tr><td>主题党日</td><td>3</td><td>91.7%</td><td>42.9%</td></tr>")
                .contains("<tr><td>党课</td><td>1</td><td>75.0%</td><td>33.3%</td></tr>");
    }

    @Test
    void eachActivityShowsLeaveAndAbsenceBesideItsRate() {
        assertThat(site.read("stats/index.html"))
                .contains("<td>主题党日</td><td>75.0%</td><td>1</td><td>0</td></tr>")
                .contains("<td>党课</td><td>75.0%</td><td>0</td><td>1</td></tr>");
    }

    @Test
    void membersShowLeaveAndSpeaking() {
        String stats = site.read("stats/index.html");
        assertThat(stats).contains("王伟</a></td><td>4</td><td>0</td><td>0</td><td>100.0%</td><td>2</td></tr>")
                .contains("李强</a></td><td>4</td><td>0</td><td>0</td><td>100.0%</td><td>1</td></tr>")
                .contains("孙丽</a></td><td>2</td><td>1</td><td>1</td><td>50.0%</td><td>0</td></tr>");
    }

    @Test
    void aPersonsPageCountsLeaveAndSpeakingToo() {
        assertThat(site.read("people/sun-li/index.html")).contains("参加 2 次，请假 1 次，缺席 1 次，出席率 50.0%");
        assertThat(site.read("people/wang-wei/index.html")).contains("参加 4 次，缺席 0 次，出席率 100.0%，发言 2 次");
    }

    @Test
    void theRotationTableCountsEachGroupAndFlagsTheIdleOne() {
        assertThat(site.read("stats/index.html"))
                .contains("<thead><tr><th scope=\"col\">类型</th><th scope=\"col\">第一党小组</th><th scope=\"col\">第二党小组</th>"
                        + "<th scope=\"col\">第三党小组</th><th scope=\"col\">本年未承办</th></tr></thead>")
                .contains("<tr><th scope=\"row\">主题党日</th><td>2</td><td>1</td><td class=\"cell-missed\">0</td>"
                        + "<td><strong class=\"idle\">第三党小组</strong></td></tr>");
    }
}
