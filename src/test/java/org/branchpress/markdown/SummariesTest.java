package org.branchpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummariesTest {
    @Test
    void summaryStopsAtChineseSentenceEndNearTarget() {
        String sentence = "这是一句三十个字左右的中文句子，用来测试摘要截断位置是否正确。"; // 31 characters
        String text = sentence.repeat(8);
        String summary = Summaries.cut(text, 120);
        assertThat(summary).endsWith("。");
        assertThat(summary.length()).isEqualTo(sentence.length() * 4);
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        String text = "甲".repeat(110) + "。”" + "乙".repeat(200);
        assertThat(Summaries.cut(text, 120)).endsWith("。”");
    }

    @Test
    void withoutSentenceEndCutsAtTargetWithEllipsis() {
        String summary = Summaries.cut("字".repeat(400), 120);
        assertThat(summary).isEqualTo("字".repeat(120) + "……");
    }

    @Test
    void shortTextIsKeptWhole() {
        assertThat(Summaries.cut("短文。", 120)).isEqualTo("短文。");
    }

    @Test
    void readingTimeCountsChineseByCharacters() {
        assertThat(Summaries.readingMinutes("字".repeat(1200))).isEqualTo(3);
        assertThat(Summaries.readingMinutes("word ".repeat(200))).isEqualTo(1);
        assertThat(Summaries.readingMinutes("")).isEqualTo(1);
    }

    /** Screens: within the budget, at the last sentence end (。！？；), else a clause end, else a hard cut. */
    @Test
    void fitShortensAtTheLastSentenceEndInReach() {
        assertThat(Summaries.fit("短句。", 36)).isEqualTo("短句。");
        assertThat(Summaries.fit("第一句话说完了。第二句话说的是另一件事情，而且很长很长很长很长。", 20)).isEqualTo("第一句话说完了。");
        assertThat(Summaries.fit("分号前是一件事；分号后是另一件事，而且很长很长很长很长很长。", 20)).isEqualTo("分号前是一件事；");
        assertThat(Summaries.fit("他说：“任务完成了。”然后又讲了很多很多很多很多很多很多话。", 20)).isEqualTo("他说：“任务完成了。”");
        assertThat(Summaries.fit("组织参观中国航天博物馆主题党日，现场讲述老一辈航天人用算盘算弹道的故事", 36))
                .isEqualTo("组织参观中国航天博物馆主题党日，现场讲述老一辈航天人用算盘算弹道的故事");
        assertThat(Summaries.fit("组织参观中国航天博物馆主题党日，现场讲述老一辈航天人用算盘算弹道的故事，激励青年", 36))
                .isEqualTo("组织参观中国航天博物馆主题党日……");
        assertThat(Summaries.fit("字".repeat(50), 36)).isEqualTo("字".repeat(34) + "……");
    }

    /**
     * Slides of one item: a text that fits is one page; a first slide that can end at a sentence
     * end does, and the rest is left out (as fit); only a sentence longer than a slide goes on,
     * broken after a clause end, then at the budget, and after the most pages it is shortened.
     */
    @Test
    void pagesGoOnOnlyInsideASentenceLongerThanASlide() {
        assertThat(Summaries.pages("短句。", 20, 3)).containsExactly("短句。");
        assertThat(Summaries.pages("第一句话说完了。第二句话说的是另一件事情，而且很长很长很长很长。", 20, 3))
                .containsExactly("第一句话说完了。");
        assertThat(Summaries.pages("组织参观中国航天博物馆主题党日，现场讲述老一辈航天人用算盘算弹道的故事，激励青年。", 22, 3))
                .containsExactly("组织参观中国航天博物馆主题党日……", "现场讲述老一辈航天人用算盘算弹道的故事……", "激励青年。");
        assertThat(Summaries.pages("字".repeat(40), 20, 3)).containsExactly("字".repeat(18) + "……",
                "字".repeat(18) + "……", "字".repeat(4));
        assertThat(Summaries.pages("字".repeat(80), 20, 3)).containsExactly("字".repeat(18) + "……",
                "字".repeat(18) + "……", "字".repeat(18) + "……");
        assertThat(Summaries.pages("  ", 20, 3)).isEmpty();
        // a seeded loop: every page within its budget, and the pages keep every character of a text that fits them
        java.util.Random random = new java.util.Random(20261202);
        String marks = "，。、；";
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(70);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(6) == 0 ? marks.charAt(random.nextInt(marks.length())) : '字');
            }
            int budget = 8 + random.nextInt(30);
            java.util.List<String> pages = Summaries.pages(text.toString(), budget, 3);
            assertThat(pages).as(text + " in " + budget).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(budget));
            String kept = String.join("", pages).replace("……", "");
            assertThat(text.toString().replaceAll("[，：、,]", "")).as(text + " in " + budget)
                    .startsWith(kept.replaceAll("[，：、,]", ""));
        }
    }
}
