package org.branchpress.branches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 党总支 with two branches and a temporary one, built for 2026-05-01: each branch's portal
 * under branches/<id>/, the 总支's home and lists drawing on them all, the page comparing them.
 */
class ZongzhiSiteTest {
    @TempDir
    Path dir;
    TestSite site;

    /** The 总支's roll naming a 王伟 of each of two branches. */
    static final String STAR_ROLL = """
            ---
            title: 2026年4月体系月度之星
            date: 2026-04-30
            kind: 体系月度之星
            tags: [攻关]
            entries:
              - name: 王伟
                branch: yishi
                citation: 一室的王伟。
              - name: 王伟
                branch: ershi
                citation: 二室的王伟。
            ---
            """;

    static String activity(String title, String date, String type) {
        return """
                ---
                title: %s
                date: %s
                type: %s
                attendees: [王伟, 李强]
                absent: [张敏]
                ---
                """.formatted(title, date, type);
    }

    @BeforeEach
    void build() {
        site = new TestSite(dir).file("site.yaml", """
                        title: 测试党总支
                        branches: [yishi, ershi, lin-shi]
                        """)
                .file("honors/2026-04-xing.md", STAR_ROLL)
                .file("branches/yishi/site.yaml", "title: 一室党支部\n")
                // 支委会 in January, February and April: March is missed
                .file("branches/yishi/activities/01.md", activity("一室1月支委会", "2026-01-15", "支委会"))
                .file("branches/yishi/activities/02.md", activity("一室2月支委会", "2026-02-12", "支委会"))
                .file("branches/yishi/activities/04.md", activity("一室4月支委会", "2026-04-09", "支委会"))
                .file("branches/yishi/activities/dangke.md", activity("一室党课", "2026-02-20", "党课"))
                .file("branches/yishi/honors/2026-xing.md", """
                        ---
                        title: 一室季度之星
                        date: 2026-03-31
                        kind: 季度之星
                        entries:
                          - name: 王伟
                        ---
                        """)
                .file("branches/yishi/cases/gongguan.md", """
                        ---
                        title: 一室突击队攻关记
                        date: 2026-03-20
                        tags: [攻关, 风洞]
                        ---
                        突击队在风洞试验中连续攻关。
                        """)
                .file("branches/ershi/site.yaml", "title: 二室党支部\n")
                .file("branches/ershi/activities/01.md", activity("二室1月支委会", "2026-01-10", "支委会"))
                .file("branches/ershi/activities/02.md", activity("二室2月支委会", "2026-02-10", "支委会"))
                .file("branches/ershi/activities/03.md", activity("二室3月支委会", "2026-03-10", "支委会"))
                .file("branches/ershi/activities/04.md", activity("二室4月支委会", "2026-04-10", "支委会"))
                .file("branches/lin-shi/site.yaml", """
                        title: 驻外临时党支部
                        temporary: {from: 2026-02-01, until: 2026-03-31, parent_branch: yishi}
                        """)
                .file("branches/lin-shi/activities/02.md", activity("临时支部2月支委会", "2026-02-10", "支委会"))
                .file("branches/lin-shi/activities/03.md", activity("临时支部3月支委会", "2026-03-10", "支委会"));
        run = site.build("--today", "2026-05-01");
        assertThat(run.status()).as(run.err()).isZero();
    }

    TestSite.Run run;

    @Test
    void aTemporaryBranchIsNotWarnedAboutMonthsAfterItWasRevoked() {
        assertThat(run.err()).contains("content/branches/yishi/site.yaml:1:1: warning: 2026年3月 未召开支委会");
        assertThat(run.err()).doesNotContain("content/branches/lin-shi/site.yaml:1:1: warning: 2026年4月");
        assertThat(run.err()).doesNotContain("content/branches/lin-shi/site.yaml:1:1: warning: 2026年1月");
    }

    private Document page(String address) {
        return Jsoup.parse(site.read(address));
    }

    @Test
    void eachBranchHasItsPortalUnderItsFolderWithAWayBackUp() {
        assertThat(site.exists("branches/yishi/index.html")).isTrue();
        assertThat(site.exists("branches/ershi/activities/index.html")).isTrue();
        assertThat(site.exists("branches/lin-shi/stats/index.html")).isTrue();
        assertThat(site.exists("branches/yishi/assets/style.css")).isTrue();
        Element up = page("branches/yishi/activities/index.html").selectFirst("nav.nav a");
        assertThat(up.text()).isEqualTo("返回测试党总支");
        assertThat(up.attr("href")).isEqualTo("../../../index.html");
        assertThat(page("branches/yishi/index.html").select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("assets/style.css");
    }

    @Test
    void theHomeListsTheNewestOfEveryBranchNamingTheBranch() {
        Document home = page("index.html");
        List<String> cards = home.select(".home-branch-news .card").eachText();
        assertThat(cards).anyMatch(c -> c.contains("一室党支部") && c.contains("一室4月支委会"));
        assertThat(cards).anyMatch(c -> c.contains("二室党支部") && c.contains("二室4月支委会"));
        assertThat(cards).anyMatch(c -> c.contains("驻外临时党支部") && c.contains("临时支部3月支委会"));
        assertThat(home.select(".home-branch-news a[href=branches/ershi/activities/04/index.html]")).isNotEmpty();
        assertThat(home.select(".branch-list li").eachText()).containsExactly("一室党支部", "二室党支部",
                "驻外临时党支部 临时党支部 2026年2月1日至2026年3月31日 已撤销");
    }

    @Test
    void theComparisonJudgesEachBranchAndATemporaryOneOnlyInsideItsWindow() {
        Document compare = page("stats/branches/index.html");
        List<String> heads = compare.select("table.branch-compare thead th").eachText();
        int zhiweihui = heads.indexOf("支委会");
        int dangke = heads.indexOf("党课");
        List<List<String>> rows = compare.select("table.branch-compare tbody tr").stream()
                .map(tr -> tr.children().eachText()).toList();
        // yishi: Jan, Feb, Apr held, Mar missed, May in progress; one 党课 in the first quarter
        assertThat(rows.get(0).get(zhiweihui)).isEqualTo("3/4");
        assertThat(rows.get(0).get(dangke)).isEqualTo("1/1");
        assertThat(rows.get(1).get(zhiweihui)).isEqualTo("4/4");
        assertThat(rows.get(1).get(dangke)).isEqualTo("0/1");
        // lin-shi: February and March inside its window; April, after it was revoked, is not judged
        assertThat(rows.get(2).get(zhiweihui)).isEqualTo("2/2");
        assertThat(rows.get(2).get(0)).isEqualTo("驻外临时党支部");
        assertThat(rows.get(2).get(heads.indexOf("存续期间"))).isEqualTo("2026年2月1日至2026年3月31日（已撤销）");
        assertThat(rows.get(0).get(heads.indexOf("存续期间"))).isEqualTo("—");
        assertThat(rows.get(0).get(heads.indexOf("出席"))).isEqualTo("66.7%");
        List<String> months = compare.select("table.branch-months tbody tr").get(0).children().eachText();
        assertThat(months).containsExactly("一室党支部", "1", "2", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0");
    }

    @Test
    void aZongzhiHonorRollLinksEachPersonToTheirBranchsPage() {
        assertThat(site.read("honors/2026-04-xing/index.html"))
                .contains("href=\"../../branches/yishi/people/wang-wei/index.html\"")
                .contains("href=\"../../branches/ershi/people/wang-wei/index.html\"");
        assertThat(site.exists("branches/yishi/people/wang-wei/index.html")).isTrue();
        assertThat(site.exists("branches/ershi/people/wang-wei/index.html")).isTrue();
        assertThat(site.exists("people/wang-wei/index.html")).as("the 总支 makes no page of its own for them").isFalse();
        Document wang = page("branches/ershi/people/wang-wei/index.html");
        assertThat(wang.select("a[href=../../../../honors/2026-04-xing/index.html]").eachText())
                .containsExactly("2026年4月体系月度之星");
        assertThat(wang.text()).contains("二室的王伟。").doesNotContain("一室的王伟。");
        assertThat(page("branches/yishi/people/wang-wei/index.html").select("main a[href*=honors]").eachText())
                .containsExactly("2026年4月体系月度之星", "一室季度之星");
    }

    @Test
    void theHonorsListCollectsEveryBranchsRolls() {
        List<String> titles = page("honors/index.html").select(".card-title a").eachText();
        assertThat(titles).containsExactly("2026年4月体系月度之星", "一室季度之星");
        assertThat(page("honors/index.html").select(".card-title a").get(1).attr("href"))
                .isEqualTo("../branches/yishi/honors/2026-xing/index.html");
    }

    @Test
    void theZongzhisSearchFindsABranchsCase() throws Exception {
        assertThat(site.search("风洞试验", "d[0] + ' ' + d[1]"))
                .containsExactly("一室突击队攻关记 branches/yishi/cases/gongguan/index.html");
        assertThat(site.read("search/index.html")).contains("<option value=\"B\">一室党支部</option>")
                .contains("<option value=\"A\">党总支本级</option>").contains("<option value=\"D\">驻外临时党支部</option>");
    }

    /**
     * The filter by branch takes part in the ranking (search.js cuts the list after it): a
     * branch's every hit is found however many of other branches rank before them.
     */
    @Test
    void theFilterByBranchChoosesBeforeTheListIsCut() throws Exception {
        assertThat(site.search("支委会", "d[1]", "C")).containsExactly("branches/ershi/activities/04/index.html",
                "branches/ershi/activities/03/index.html", "branches/ershi/activities/02/index.html",
                "branches/ershi/activities/01/index.html");
        assertThat(site.search("支委会", "d[1]", "D")).containsExactly("branches/lin-shi/activities/03/index.html",
                "branches/lin-shi/activities/02/index.html");
        assertThat(site.search("支委会", "d[1]", "A")).isEmpty(); // the 总支 itself held none
        assertThat(site.search("支委会", "d[1]", "")).hasSize(9);
    }

    /** The 总支's tags and archive cover every branch, as its lists do: one tag across branches. */
    @Test
    void theTagsAndTheArchiveOfTheZongzhiCoverEveryBranch() {
        assertThat(page("tags/index.html").select("ul.index-list li").eachText()).containsExactly("风洞1", "攻关2");
        String tag = page("tags/index.html").select("ul.index-list li a").stream().filter(a -> a.text().equals("攻关"))
                .findFirst().orElseThrow().attr("href");
        Path tagPage = site.output().resolve("tags").resolve(tag).normalize();
        Document tagged = Jsoup.parse(site.read(site.output().relativize(tagPage).toString()));
        assertThat(tagged.select(".card-title a").eachText()).containsExactly("2026年4月体系月度之星", "一室突击队攻关记");
        String link = tagged.select(".card-title a").get(1).attr("href");
        assertThat(tagPage.getParent().resolve(link).normalize())
                .isEqualTo(site.output().resolve("branches/yishi/cases/gongguan/index.html")).exists();
        List<String> archived = page("archive/2026/index.html").select(".card-title a").eachText();
        assertThat(archived).contains("2026年4月体系月度之星", "二室4月支委会", "一室突击队攻关记", "临时支部3月支委会");
    }

    @Test
    void theFeedCoversEveryBranch() {
        assertThat(site.read("feed.xml")).contains("一室突击队攻关记").contains("branches/yishi/cases/gongguan/index.html")
                .contains("二室4月支委会");
    }
}
