package org.branchpress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages written inline: one behaviour of the .html import each. */
class HtmlDraftTest {
    @TempDir
    Path dir;

    private Importer.Read read(String html) throws Importer.ImportException {
        return HtmlDraft.read(dir.resolve("page.html"), html, "UTF-8");
    }

    private static String body(Draft draft) {
        StringBuilder b = new StringBuilder();
        draft.blocks().forEach(x -> b.append(x instanceof Draft.Paragraph p ? p.text()
                : x instanceof Draft.Heading h ? "#" + h.text() : x.toString()).append('\n'));
        return b.toString();
    }

    @Test
    void aBodyOfSpansCutByLineBreaksKeepsEveryParagraph() throws Exception {
        Draft draft = read("<title>支部大会</title><body><div class=\"TRS_Editor\"><span>　　支部召开党员大会，传达学习上级会议精神。</span><br>"
                + "<span>　　会议选举产生了新一届支部委员会，全体党员参加。</span></div></body>").draft();
        assertThat(body(draft)).isEqualTo("支部召开党员大会，传达学习上级会议精神。\n会议选举产生了新一届支部委员会，全体党员参加。\n");
    }

    @Test
    void anArticleInsideTheCmsFormIsKept() throws Exception {
        Draft draft = read("<title>主题党日</title><body><form id=\"form1\"><input type=\"hidden\" value=\"x\"><div class=\"nav\"><a>首页</a></div>"
                + "<div id=\"zoom\"><p>支部开展主题党日活动，党员们重温入党誓词。</p></div></form></body>").draft();
        assertThat(body(draft)).isEqualTo("支部开展主题党日活动，党员们重温入党誓词。\n");
    }

    @Test
    void theArticleHeadingWinsOverTheSitesOwnHeading() throws Exception {
        Draft draft = read("<head><title>全省党建工作会议召开_新闻中心_山西省人民政府网站</title></head><body>"
                + "<div class=\"logo\"><h1>山西省人民政府网站</h1></div><h1>新闻中心</h1><h2>全省党建工作会议召开</h2>"
                + "<div class=\"content\"><p>会议总结了今年以来的党建工作，部署了下一步任务。</p></div></body>").draft();
        assertThat(draft.title()).isEqualTo("全省党建工作会议召开");
    }

    @Test
    void aTitleKeepsItsHyphenAndLosesOnlyTheSiteName() {
        assertThat(PageFacts.withoutSite("1-10月全省经济运行情况-山西省人民政府网站", java.util.Set.of())).isEqualTo("1-10月全省经济运行情况");
        assertThat(PageFacts.withoutSite("“双向奔赴”让党建与业务同频共振--党建-人民网", java.util.Set.of())).isEqualTo("“双向奔赴”让党建与业务同频共振");
        assertThat(PageFacts.withoutSite("支部书记谈党建 - 某某单位", java.util.Set.of("某某单位"))).isEqualTo("支部书记谈党建");
        assertThat(PageFacts.withoutSite("2023-2024学年支部工作总结", java.util.Set.of())).isEqualTo("2023-2024学年支部工作总结");
    }

    @Test
    void theDateAndSourceComeFromTheVisibleInfoLine() throws Exception {
        for (String line : List.of("发布时间：2024-11-20 10:30　来源：省统计局　浏览：33", "2024年11月20日 09:15 | 来源：省统计局",
                "<span class=\"time\">2024-11-20</span> <span>来源：省统计局</span>")) {
            Draft draft = read("<head><title>工作动态</title><meta name=\"PubDate\" content=\"2020-01-01\"></head><body>"
                    + "<h1>工作动态</h1><div class=\"info\">" + line + "</div>"
                    + "<div class=\"content\"><p>支部开展主题党日活动，党员们重温入党誓词。</p></div></body>").draft();
            assertThat(draft.date()).as(line).contains(LocalDate.of(2024, 11, 20));
            assertThat(draft.source()).as(line).contains("省统计局");
            assertThat(body(draft)).as(line).doesNotContain("浏览");
        }
    }

    @Test
    void anAuthorIsNotASource() throws Exception {
        Draft draft = read("<body><h1>支部工作纪实</h1><p class=\"sou\">作者：本报记者 张三　2024年11月18日</p>"
                + "<div class=\"content\"><p>支部开展主题党日活动，党员们重温入党誓词。</p></div></body>").draft();
        assertThat(draft.source()).isEmpty();
        assertThat(draft.author()).contains("本报记者 张三");
    }

    @Test
    void aSentenceThatStartsWithADateIsTheArticle() throws Exception {
        Draft draft = read("<body><h1>支部召开党员大会</h1><div class=\"content\"><p>2024年11月12日，支部召开党员大会。</p>"
                + "<p>会议由支部书记主持，全体党员参加了会议。</p></div></body>").draft();
        assertThat(body(draft)).startsWith("2024年11月12日，支部召开党员大会。\n");
    }

    @Test
    void whatCannotBeKeptIsNamedAtItsLineAndColumn() throws Exception {
        Importer.Read read = read("<body>\n<div class=\"content\">\n<p>支部召开党员大会，学习贯彻会议精神。</p>\n"
                + "  <video src=\"talk.mp4\"></video>\n<p><img src=\"https://example.cn/a.jpg\"></p>\n"
                + "<p>会议选举产生了新一届支部委员会。</p>\n<div class=\"share\">分享到：微信</div>\n</div></body>");
        assertThat(read.warnings()).extracting(w -> w.line() + ":" + w.column() + " " + w.message().substring(0, 12))
                .containsExactly("4:3 网页里的视频“talk.", "5:4 图片“https://e", "7:1 没有导入文章里的网页附加");
    }

    @Test
    void aBlankPageTitleIsNoTitle() throws Exception {
        assertThat(read("<head><title>-</title></head><body><div><p>支部召开党员大会</p><p>会议选举产生了新一届支部委员会。</p></div></body>")
                .draft().title()).isEqualTo("支部召开党员大会");
    }

    @Test
    void infoLinesAreReadOnlyWhenLittleElseIsOnThem() {
        assertThat(InfoLine.parse("发布时间：2024-11-20 10:30　来源：省统计局　浏览：33　【字体：大 中 小】")).contains(
                new InfoLine(Optional.of(LocalDate.of(2024, 11, 20)), Optional.of("省统计局"), Optional.empty()));
        assertThat(InfoLine.parse("作者：本报记者 张三　通讯员 李四  2024年11月18日08:25  来源：人民日报").map(InfoLine::author))
                .contains(Optional.of("本报记者 张三 通讯员 李四"));
        assertThat(InfoLine.parse("时间：2024年11月12日上午9时，地点：支部会议室，全体党员参加")).isEmpty();
        assertThat(InfoLine.parse("2024年11月12日，支部召开党员大会。")).isEmpty();
    }
}
