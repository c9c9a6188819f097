package org.branchpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A citation whose first sentence is longer than a card goes on over the next slide of the same cards, whole. */
class CitationPagesTest {
    @TempDir
    Path dir;

    /** One sentence of 56 characters: a card holds 30. */
    static final String LONG = "在戈壁试验场连续奋战七十余天，坚持党建保成功，克服高温大风等困难，圆满完成全部试验任务，展现了特别能战斗的作风。";

    @Test
    void aLongCitationContinuesOnTheNextSlideOfTheSameCards() {
        TestSite site = new TestSite(dir).settings("""
                screens:
                  - id: lobby
                    title: 大厅
                    playlist:
                      - honors: {latest: 1}
                """).file("honors/star.md", """
                ---
                title: 2025年度先进个人
                date: 2025-12-26
                kind: 先进个人
                entries:
                  - {name: 王伟, citation: "%s"}
                  - {name: 李强, citation: 攻克关键技术难题。}
                ---
                """.formatted(LONG));
        TestSite.Run run = site.build("--today", "2026-01-10");
        assertThat(run.status()).as(run.err()).isZero();
        List<Element> slides = LinkCheck.parse(site.output().resolve("screen/lobby/index.html"))
                .select("section.slide-honors");
        // 24, 22 and 12 characters: each page broken after a clause end, within the card's 30
        assertThat(slides).hasSize(3);
        assertThat(slides.get(0).select(".slide-kicker").text()).doesNotContain("（续）");
        assertThat(slides.get(1).select(".slide-kicker").text()).endsWith("（续）");
        assertThat(slides.get(2).select(".slide-kicker").text()).endsWith("（续）");
        assertThat(slides.get(1).select(".card-name").eachText()).containsExactly("王伟", "李强");
        List<String> first = slides.get(0).select(".card-citation").eachText();
        assertThat(first).containsExactly("在戈壁试验场连续奋战七十余天，坚持党建保成功……", "攻克关键技术难题。");
        assertThat(slides.get(1).select(".card-citation").eachText()).as("李强's was whole on the first slide")
                .containsExactly("克服高温大风等困难，圆满完成全部试验任务……");
        assertThat(slides.get(2).select(".card-citation").eachText()).containsExactly("展现了特别能战斗的作风。");
        assertThat(run.err()).doesNotContain("事迹在电视屏幕上放不下");
    }
}
