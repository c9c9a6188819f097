package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code members.yaml}: read when it is there, every mistake at its line, never published. */
class RosterFileTest {
    @TempDir
    Path dir;

    private TestSite site(String members) {
        return new TestSite(dir).settings("").file("members.yaml", members);
    }

    @Test
    void aGoodRosterBuildsAndIsNotPublished() {
        TestSite site = site("""
                members:
                  - name: 王伟
                    group: 第一党小组
                    status: 正式党员
                    joined: 2015-07-01
                  - name: 李强
                    group: 第二党小组
                    status: 预备党员
                    left: 2026-03-31
                    screen: false
                  - name: 孙丽
                    status: 入党积极分子
                """);
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(site.exists("members.yaml")).isFalse();
        assertThat(site.snapshot().keySet()).noneMatch(p -> p.contains("members"));
    }

    @Test
    void anUnknownStatusIsAnErrorAtItsLine() {
        assertThat(site("""
                members:
                  - name: 王伟
                    status: 党员
                """).build().firstError()).isEqualTo("content/members.yaml:3:13: error: status 只能是 "
                + "正式党员、预备党员、入党积极分子（入党积极分子不计入应到人数），这里写的是“党员”。");
    }

    /** A roster with a mistake is not used: its own lines are the errors, not every name it lost. */
    @Test
    void aBrokenRosterReportsOnlyItsOwnMistakes() {
        TestSite.Run run = site("""
                members:
                  - name: 王伟
                    status: 党员
                  - name: 李强
                    status: 正式党员
                """).file("activities/a.md", "---\ntitle: 支委会\ndate: 2026-01-05\ntype: 支委会\n"
                + "attendees: [王伟, 李强, 张敏]\n---\n").build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.contains(": error: ")))
                .containsExactly("content/members.yaml:3:13: error: status 只能是 正式党员、预备党员、入党积极分子"
                        + "（入党积极分子不计入应到人数），这里写的是“党员”。");
    }

    @Test
    void aDateThatIsNoDateIsAnErrorAtItsLine() {
        assertThat(site("""
                members:
                  - name: 王伟
                    status: 正式党员
                    joined: 2015-13-01
                """).build().firstError()).isEqualTo("content/members.yaml:4:13: error: joined 的值“2015-13-01”"
                + "不是一个真实的日期：请写成 年-月-日，例如 2024-03-15（月和日用两位数）。");
    }

    @Test
    void aNameWrittenTwiceIsAnErrorAtTheSecond() {
        assertThat(site("""
                members:
                  - name: 王伟
                    status: 正式党员
                  - name: 王伟
                    status: 预备党员
                """).build().firstError()).startsWith("content/members.yaml:4:11: error: 名册里“王伟”写了两次（第一次在第 2 行）");
    }

    @Test
    void anUnknownKeySuggestsTheKnownOne() {
        assertThat(site("""
                members:
                  - name: 王伟
                    staus: 正式党员
                """).build().err()).contains("content/members.yaml:3:5: error: 名册的一项里没有“staus”这个键：是不是想写“status”？");
    }

    @Test
    void severalNamesInOneEntryAreAnError() {
        assertThat(site("""
                members:
                  - name: 王伟、李强
                    status: 正式党员
                  - name: 张 敏
                    status: 正式党员
                  - name: Mary Smith
                    status: 正式党员
                """).build().err()).contains("content/members.yaml:2:11: error: 名册的每一项只写一个人，“王伟、李强”像是几个人")
                .contains("content/members.yaml:4:11: error: 名册的每一项只写一个人，“张 敏”像是几个人")
                .doesNotContain("Mary Smith”像是");
    }

    @Test
    void leavingBeforeJoiningIsAnError() {
        assertThat(site("""
                members:
                  - name: 王伟
                    status: 正式党员
                    joined: 2020-01-01
                    left: 2019-12-31
                """).build().firstError()).startsWith("content/members.yaml:5:11: error: left（转出日期 2019-12-31）应当晚于 joined");
    }
}
