package org.branchpress.branches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People belong to their branch: a 党总支 whose two branches each have a 张伟 has two of them,
 * each with a page under their branch, until the 总支's members.yaml says they are one
 * ({@code branches: [yishi, ershi]}); then the 总支's people index lists them once and their pages
 * link each other.
 */
class ZongzhiPeopleTest {
    @TempDir
    Path dir;

    /** A 总支 whose 总支委员会 赵磊 attended, with 一室 (王伟, 张伟) and 二室 (李强, 张伟). */
    private TestSite zongzhi() {
        return new TestSite(dir).file("site.yaml", """
                        title: 测试党总支
                        branches: [yishi, ershi]
                        """)
                .file("activities/2026-04-15-weiyuanhui.md", activity("总支委员会", "2026-04-15", "[赵磊]"))
                .file("branches/yishi/site.yaml", "title: 一室党支部\n")
                .file("branches/yishi/activities/2026-04-09.md", activity("一室4月支委会", "2026-04-09", "[王伟, 张伟]"))
                .file("branches/ershi/site.yaml", "title: 二室党支部\n")
                .file("branches/ershi/activities/2026-04-10.md", activity("二室4月支委会", "2026-04-10", "[李强, 张伟]"));
    }

    private static String activity(String title, String date, String attendees) {
        return """
                ---
                title: %s
                date: %s
                type: 支委会
                attendees: %s
                ---
                """.formatted(title, date, attendees);
    }

    private static final String DECLARED = """
            members:
              - {name: 赵磊, status: 正式党员}
              - name: 张伟
                status: 正式党员
                branches: [yishi, ershi]
            """;

    private TestSite.Run built(TestSite site) {
        TestSite.Run run = site.build("--today", "2026-05-01");
        assertThat(run.status()).as(run.err()).isZero();
        return run;
    }

    private Document page(TestSite site, String address) {
        return Jsoup.parse(site.read(address));
    }

    /** Each entry of the 总支's people index as "text → the file its link names", checking that file exists. */
    private List<String> peopleIndex(TestSite site) {
        return page(site, "people/index.html").select("ul.index-list li a").stream().map(a -> {
            String target = Path.of("people").resolve(a.attr("href")).normalize().toString();
            assertThat(site.exists(target)).as(a.text() + " links " + target).isTrue();
            return a.text() + " → " + target;
        }).toList();
    }

    /** The links of a person page's 同一人的其他页面, as "label → the file it names". */
    private List<String> samePerson(TestSite site, String address) {
        Element p = page(site, address).selectFirst("p.same-person");
        if (p == null) {
            return List.of();
        }
        assertThat(p.text()).startsWith("同一人的其他页面：");
        Path folder = Path.of(address).getParent();
        return p.select("a").stream().map(a -> {
            String target = folder.resolve(a.attr("href")).normalize().toString();
            assertThat(site.exists(target)).as(a.text() + " links " + target).isTrue();
            return a.text() + " → " + target;
        }).toList();
    }

    @Test
    void theSameNameInTwoBranchesIsTwoPeopleEachNamedByTheirBranch() {
        TestSite site = zongzhi();
        built(site);
        assertThat(peopleIndex(site)).containsExactly(
                "李强 · 二室党支部 → branches/ershi/people/li-qiang/index.html",
                "王伟 · 一室党支部 → branches/yishi/people/wang-wei/index.html",
                "张伟 · 一室党支部 → branches/yishi/people/zhang-wei/index.html",
                "张伟 · 二室党支部 → branches/ershi/people/zhang-wei/index.html",
                "赵磊 · 党总支本级 → people/zhao-lei/index.html");
        assertThat(samePerson(site, "branches/yishi/people/zhang-wei/index.html")).isEmpty();
        assertThat(page(site, "branches/yishi/people/zhang-wei/index.html").text()).contains("一室4月支委会")
                .doesNotContain("二室4月支委会");
    }

    @Test
    void aPersonTheZongzhiDeclaresOneIsListedOnceAndTheirBranchPagesLinkEachOther() {
        TestSite site = zongzhi().file("members.yaml", DECLARED);
        built(site);
        assertThat(peopleIndex(site)).containsExactly(
                "李强 · 二室党支部 → branches/ershi/people/li-qiang/index.html",
                "王伟 · 一室党支部 → branches/yishi/people/wang-wei/index.html",
                "张伟 · 一室党支部、二室党支部 → branches/yishi/people/zhang-wei/index.html",
                "赵磊 · 党总支本级 → people/zhao-lei/index.html");
        assertThat(samePerson(site, "branches/yishi/people/zhang-wei/index.html"))
                .containsExactly("二室党支部 → branches/ershi/people/zhang-wei/index.html");
        assertThat(samePerson(site, "branches/ershi/people/zhang-wei/index.html"))
                .containsExactly("一室党支部 → branches/yishi/people/zhang-wei/index.html");
        assertThat(samePerson(site, "branches/yishi/people/wang-wei/index.html")).isEmpty();
        assertThat(page(site, "people/index.html").select("a:contains(张伟) + .count").text())
                .as("one activity in each branch").isEqualTo("2");
    }

    @Test
    void aDeclaredPersonWithZongzhiContentIsListedAtTheZongzhisPage() {
        TestSite site = zongzhi().file("members.yaml", DECLARED)
                .file("activities/2026-04-15-weiyuanhui.md", activity("总支委员会", "2026-04-15", "[赵磊, 张伟]"));
        built(site);
        assertThat(peopleIndex(site)).contains(
                "张伟 · 党总支本级、一室党支部、二室党支部 → people/zhang-wei/index.html");
        assertThat(samePerson(site, "people/zhang-wei/index.html")).containsExactly(
                "一室党支部 → branches/yishi/people/zhang-wei/index.html",
                "二室党支部 → branches/ershi/people/zhang-wei/index.html");
        assertThat(samePerson(site, "branches/ershi/people/zhang-wei/index.html")).containsExactly(
                "党总支本级 → people/zhang-wei/index.html",
                "一室党支部 → branches/yishi/people/zhang-wei/index.html");
    }

    @Test
    void aZongzhiHonorWithBranchStillLinksThatBranchsPageOfADeclaredPerson() {
        TestSite site = zongzhi().file("members.yaml", DECLARED).file("honors/2026-04-xing.md", """
                ---
                title: 2026年4月体系月度之星
                date: 2026-04-30
                kind: 体系月度之星
                entries:
                  - {name: 张伟, branch: ershi}
                  - {name: 王伟, branch: yishi}
                ---
                """);
        TestSite.Run run = built(site);
        assertThat(run.err()).as("王伟 is a person of 一室, not of the 总支's roster").doesNotContain("王伟");
        assertThat(page(site, "honors/2026-04-xing/index.html").select("main a[href*=people]").eachAttr("href"))
                .containsExactly("../../branches/ershi/people/zhang-wei/index.html",
                        "../../branches/yishi/people/wang-wei/index.html");
        assertThat(page(site, "branches/ershi/people/zhang-wei/index.html").select("main a[href*=honors]").eachText())
                .containsExactly("2026年4月体系月度之星");
    }

    @Test
    void theZongzhisSearchFindsEachBranchsPersonPage() throws Exception {
        TestSite site = zongzhi();
        built(site);
        assertThat(site.search("张伟", "d[1]")).contains("branches/yishi/people/zhang-wei/index.html",
                "branches/ershi/people/zhang-wei/index.html");
    }

    /** The build stops, its first error is {@code error}, and nothing is published. */
    private static void stopsAt(TestSite site, String error) {
        TestSite.Run run = site.build();
        assertThat(run.status()).isEqualTo(1);
        assertThat(BranchLayoutTest.firstError(run)).isEqualTo(error);
        assertThat(site.exists("index.html")).isFalse();
    }

    @Test
    void anUnknownBranchIdIsAnErrorAtItListingTheIds() {
        TestSite site = zongzhi().file("members.yaml", """
                members:
                  - name: 张伟
                    status: 正式党员
                    branches: [yishi, sanshi]
                  - {name: 赵磊, status: 正式党员}
                """);
        stopsAt(site, "content/members.yaml:4:23: error: branches 里的“sanshi”不是本党总支的"
                + "支部代号：可以写的有 yishi、ershi。");
    }

    @Test
    void aNameThatAListedBranchDoesNotKnowIsAnErrorSuggestingTheNearName() {
        TestSite site = zongzhi().file("members.yaml", """
                members:
                  - name: 张玮
                    status: 正式党员
                    branches: [yishi]
                  - {name: 赵磊, status: 正式党员}
                """);
        stopsAt(site, "content/members.yaml:4:16: error: “张玮”写了 branches 里的 yishi，"
                + "但一室党支部（yishi）的名册、活动记录和光荣榜里都没有“张玮”：是不是“张伟”？"
                + "请核对两处的姓名是否一致，或从 branches 里删去 yishi。");
    }

    @Test
    void aNameOnTheBranchsRosterAloneIsKnownToIt() {
        TestSite site = zongzhi().file("members.yaml", """
                members:
                  - {name: 赵磊, status: 正式党员}
                  - {name: 孙丽, status: 正式党员, branches: [yishi]}
                """).file("branches/yishi/members.yaml", """
                members:
                  - {name: 王伟, status: 正式党员}
                  - {name: 张伟, status: 正式党员}
                  - {name: 孙丽, status: 入党积极分子}
                """);
        built(site);
        assertThat(peopleIndex(site)).as("no page of 孙丽 anywhere to list").noneMatch(e -> e.contains("孙丽"));
    }

    @Test
    void branchesInABranchsOwnMembersFileIsAnError() {
        TestSite site = zongzhi().file("branches/yishi/members.yaml", """
                members:
                  - {name: 王伟, status: 正式党员}
                  - name: 张伟
                    status: 正式党员
                    branches: [ershi]
                """);
        stopsAt(site, "content/branches/yishi/members.yaml:5:5: error: 支部 yishi 自己的 "
                + "members.yaml 不能写 branches：同一个人也在哪些支部，由党总支的 members.yaml 来写"
                + "（在那里“张伟”的一项下写 branches: [yishi, …]）。请删去这一行。");
    }

    @Test
    void branchesInASingleSitesMembersFileIsAnError() {
        TestSite site = new TestSite(dir).file("site.yaml", "title: 一室党支部\n")
                .file("activities/2026-04-09.md", activity("一室4月支委会", "2026-04-09", "[张伟]"))
                .file("members.yaml", """
                        members:
                          - {name: 张伟, status: 正式党员, branches: [yishi]}
                        """);
        stopsAt(site, "content/members.yaml:2:30: error: “张伟”写了 branches，"
                + "但这个网站只有一个支部（site.yaml 里没有 branches）：branches 只能写在党总支的 members.yaml 里，"
                + "说明同一个人也在哪些支部。请删去这一行。");
    }

    @Test
    void aBranchWrittenTwiceIsAnError() {
        TestSite site = zongzhi().file("members.yaml", """
                members:
                  - {name: 张伟, status: 正式党员, branches: [yishi, yishi]}
                  - {name: 赵磊, status: 正式党员}
                """);
        stopsAt(site, "content/members.yaml:2:48: error: “张伟”的 branches 里 yishi "
                + "写了两次：请删去一个。");
    }

    @Test
    void anEmptyListOfBranchesIsAnError() {
        TestSite site = zongzhi().file("members.yaml", """
                members:
                  - {name: 赵磊, status: 正式党员, branches: []}
                """);
        stopsAt(site, "content/members.yaml:2:40: error: “赵磊”的 branches 是空的："
                + "请写上这个人同时所在的支部代号（例如 branches: [yishi, ershi]），或删去这一行。");
    }
}
