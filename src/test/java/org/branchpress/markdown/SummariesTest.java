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
}
