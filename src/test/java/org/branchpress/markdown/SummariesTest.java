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
}
