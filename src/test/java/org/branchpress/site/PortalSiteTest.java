package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.branchpress.TestSite;
import org.branchpress.photo.PhoneJpeg;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole small site, written inline, built by the real command line, checked page by page. */
class PortalSiteTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static TestSite.Run run;

    @BeforeAll
    static void build() {
        site = new TestSite(dir)
                .settings("page_size: 2\nbase_url: http://intranet.example/branch\n")
                .bytes("media/honors/wangwei.jpg", PhoneJpeg.picture(96, 128, "jpeg"))
                .bytes("media/2024/0315-1.jpg", PhoneJpeg.picture(200, 150, "jpeg"))
                .file("cases/2024-03-01-wuyuan.md", """
                        ---
                        title: “五元融合”深化党员教育
                        date: 2024-03-01
                        source: 人民网-中国共产党新闻网
                        tags: [党员教育, 三会一课]
                        ---
                        ## 一、背景和起因

                        支部成立于1990年。承担多项任务。

                        ### （一）全面规范日常教育

                        **一是打造“四位一体”教育模式。**支部以系统观念统筹谋划，见[主题党日](../activities/0315.md)。

                        ## 二、主要做法

                        正文。
                        """)
                .file("cases/second.md", "---\ntitle: 第二个案例\ndate: 2024-02-01\n---\n正文二。\n")
                .file("cases/third.md", "---\ntitle: 第三个案例\ndate: 2024-01-01\ntags: [党员教育]\n---\n正文三。\n")
                .file("cases/draft.md", "---\ntitle: 草稿案例\ndate: 2024-04-01\ndraft: true\n---\n不应发布。\n")
                .file("honors/2024-stars.md", """
                        ---
                        title: 2024年度“党员之星”
                        date: 2024-12-30
                        kind: 党员之星
                        period: 2024年度
                        issuer: 测试支部
                        entries:
                          - name: 王伟
                            unit: 第一党小组
                            photo: ../media/honors/wangwei.jpg
                            citation: 带领党员突击队连续攻关。
                          - name: 张敏
                            citation: 勤勉敬业。
                          - name: 质量复查突击队
                            members: [李强, 陈杰]
                            citation: 复查数据十万余条。
                        ---
                        表彰名单如下。
                        """)
                .file("honors/2023-stars.md", """
                        ---
                        title: 2023年度“党员之星”
                        date: 2023-12-30
                        kind: 党员之星
                        entries:
                          - name: 王伟
                        ---
                        """)
                .file("activities/0315.md", """
                        ---
                        title: “走进英雄营”主题党日
                        date: 2024-03-15
                        type: 主题党日
                        location: 军事博物馆
                        organizer: 第二党小组
                        host: 李强
                        attendees: [王伟, 李强, 张敏, 陈杰, 赵六, 孙七, 周八, 吴九]
                        absent: [赵磊]
                        photos: [media/2024/0315-1.jpg]
                        tags: [党史学习教育]
                        ---
                        参观军事博物馆。
                        """)
                .file("activities/dahui.md", """
                        ---
                        title: 支部党员大会
                        date: 2024-04-02
                        type: 支部党员大会
                        attendance: {present: 28, expected: 30}
                        ---
                        """)
                .file("pages/about.md", "---\ntitle: 支部简介\nslug: about\n---\n本支部成立于1990年。\n");
        run = site.build();
    }

    @Test
    void buildSucceedsAndSaysWhereToOpenIt() {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("index.html");
        assertThat(run.err()).contains("完成").contains("案例 3").contains("光荣榜 2").contains("活动 2");
    }

    @Test
    void homeShowsTitleSubtitleNewestCasesHonorsAndActivities() {
        String home = site.read("index.html");
        assertThat(home).contains("测试支部").contains("副标题").contains("“五元融合”深化党员教育")
                .contains("2024年度“党员之星”").contains("支部党员大会").doesNotContain("草稿案例");
    }

    @Test
    void sectionListsArePaginatedNewestFirst() {
        String first = site.read("cases/index.html");
        assertThat(first.indexOf("五元融合")).isLessThan(first.indexOf("第二个案例"));
        assertThat(first).doesNotContain("第三个案例").contains("index-2.html").contains("第 1 页，共 2 页");
        assertThat(site.read("cases/index-2.html")).contains("第三个案例");
    }

    @Test
    void casePageHasSourceDateTagsTocReadingTimeAndNeighbours() {
        String page = site.read("cases/2024-03-01-wuyuan/index.html");
        assertThat(page).contains("来源：人民网-中国共产党新闻网").contains("2024年3月1日")
                .contains("href=\"../../tags/dang-yuan-jiao-yu/index.html\"")
                .contains("<a href=\"#一背景和起因\">一、背景和起因</a>")
                .contains("<h2 id=\"一背景和起因\">")
                .contains("阅读约 1 分钟")
                .contains("<strong>一是打造“四位一体”教育模式。</strong>支部以系统观念")
                .contains("href=\"../../activities/0315/index.html\"")
                .contains("第二个案例");
    }

    @Test
    void honorRollShowsCardsPhotosPortraitsTeamsAndIntro() {
        String page = site.read("honors/2024-stars/index.html");
        assertThat(page).contains("表彰名单如下").contains("src=\"../../media/honors/wangwei.jpg\"")
                .contains("<svg class=\"portrait\"").contains("aria-label=\"张敏\"")
                .contains("质量复查突击队").contains("href=\"../../people/li-qiang/index.html\">李强</a>")
                .contains("带领党员突击队连续攻关").contains("第一党小组");
    }

    @Test
    void awardSeriesPageListsRollsAcrossYears() {
        String page = site.read("honors/series/dang-yuan-zhi-xing/index.html");
        assertThat(page).contains("2024年度“党员之星”").contains("2023年度“党员之星”");
    }

    @Test
    void activityPageShowsFactsAttendanceAndPhotos() {
        String page = site.read("activities/0315/index.html");
        assertThat(page).contains("2024年3月15日").contains("主题党日").contains("军事博物馆").contains("第二党小组")
                .contains("李强").contains("赵磊").contains("88.9%").contains("src=\"../../media/2024/0315-1.jpg\"");
        assertThat(site.read("activities/dahui/index.html")).contains("实到 28 人，应到 30 人").contains("93.3%");
    }

    @Test
    void personPageListsHonorsAndActivities() {
        String page = site.read("people/wang-wei/index.html");
        assertThat(page).contains("王伟").contains("2024年度“党员之星”").contains("2023年度“党员之星”")
                .contains("“走进英雄营”主题党日");
        assertThat(site.read("people/li-qiang/index.html")).contains("所在团队：质量复查突击队");
    }

    @Test
    void tagArchiveFreePageAnd404Exist() {
        assertThat(site.read("tags/dang-yuan-jiao-yu/index.html")).contains("五元融合").contains("第三个案例");
        assertThat(site.read("tags/index.html")).contains("党员教育");
        assertThat(site.read("archive/index.html")).contains("2024年").contains("2023年");
        assertThat(site.read("archive/2023/index.html")).contains("2023年度“党员之星”");
        assertThat(site.read("pages/about/index.html")).contains("本支部成立于1990年");
        assertThat(site.read("404.html")).contains("页面不存在");
    }

    @Test
    void feedSitemapAndBuildIdFollowTheContract() {
        assertThat(site.read("feed.xml")).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("<link rel=\"alternate\" type=\"text/html\" href=\"http://intranet.example/branch/cases/2024-03-01-wuyuan/index.html\"/>")
                .contains("<updated>2024-12-30T00:00:00+08:00</updated>");
        assertThat(site.read("sitemap.xml")).contains("<loc>http://intranet.example/branch/index.html</loc>")
                .doesNotContain("404.html");
        assertThat(site.read("build-id.js")).matches("window\\.BUILD_ID = \"[0-9a-f]{16}\";\n");
    }

    @Test
    void everyLocalLinkResolvesToAFileAndNoneIsRootAbsoluteOrExternal() {
        assertThat(LinkCheck.brokenLinks(site.output())).isEmpty();
        for (Path page : LinkCheck.htmlFiles(site.output())) {
            if (page.equals(site.output().resolve("404.html"))) {
                continue; // shown at any depth: with base_url its links are absolute on purpose
            }
            Document doc = LinkCheck.parse(page);
            assertThat(doc.select("link[href], script[src], img[src]").eachAttr("abs:href"))
                    .allSatisfy(u -> assertThat(u).doesNotStartWith("http"));
            assertThat(doc.select("a[href^=/], link[href^=/], img[src^=/], script[src^=/]")).isEmpty();
        }
    }

    @Test
    void draftsStayOutUnlessAsked() {
        assertThat(site.exists("cases/draft/index.html")).isFalse();
    }

    @Test
    void twoBuildsAreByteIdentical() {
        Map<String, byte[]> first = site.snapshot();
        assertThat(site.build().status()).isZero();
        Map<String, byte[]> second = site.snapshot();
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }
}
