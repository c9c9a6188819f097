package org.branchpress.branches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.branchpress.TestSite;
import org.branchpress.site.LinkCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repo's 党总支 example, {@code examples/zongzhi/}: three branches and a temporary one. */
class ZongzhiExampleTest {
    @TempDir
    Path dir;

    @Test
    void buildsWithEveryLinkResolving() throws Exception {
        TestSite site = new TestSite(dir);
        TestSite.copyTree(Path.of("examples/zongzhi"), site.content());
        TestSite.Run run = site.build("--today", "2026-05-01");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain(": error: ");
        for (String id : new String[] {"yishi", "ershi", "sanshi", "lin-shi"}) {
            assertThat(site.exists("branches/" + id + "/index.html")).as(id).isTrue();
            assertThat(site.read("sitemap.xml")).contains("http://intranet.example/zongzhi/branches/" + id + "/index.html");
        }
        assertThat(site.read("index.html")).contains("已撤销");
        assertThat(LinkCheck.brokenLinks(site.output())).isEmpty();
        // members.yaml: 孙丽 of the 总支委员会 is 一室's 孙丽 too; 王伟 of 一室 and 王伟 of 二室 are two people
        java.util.List<String> people = org.jsoup.Jsoup.parse(site.read("people/index.html"))
                .select("ul.index-list li a").stream().map(a -> a.text() + " " + a.attr("href")).toList();
        assertThat(people).contains("孙丽 · 党总支本级、一室党支部 ../people/sun-li/index.html",
                "王伟 · 一室党支部 ../branches/yishi/people/wang-wei/index.html",
                "王伟 · 二室党支部 ../branches/ershi/people/wang-wei/index.html");
        assertThat(site.read("branches/yishi/people/sun-li/index.html"))
                .contains("href=\"../../../../people/sun-li/index.html\">党总支本级</a>");
    }

    @Test
    void oneBranchAloneWithTheBranchOption() {
        TestSite site = new TestSite(dir);
        try {
            TestSite.copyTree(Path.of("examples/zongzhi"), site.content());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TestSite.Run run = site.build("--today", "2026-05-01", "--branch", "ershi");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(site.read("index.html")).contains("二室党支部").doesNotContain("返回二部党总支");
        assertThat(site.exists("branches")).isFalse();
        TestSite.Run wrong = site.check("--branch", "sishi");
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(BranchLayoutTest.firstError(wrong)).isEqualTo("content/site.yaml:5:11: error: --branch sishi："
                + "content/site.yaml 的 branches 里没有这个支部，也没有文件夹 content/branches/sishi/；"
                + "可以写的有：yishi、ershi、sanshi、lin-shi。");
    }
}
