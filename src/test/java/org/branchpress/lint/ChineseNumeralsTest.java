package org.branchpress.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {
    @Test
    void parsesAndFormatsOneToNinetyNine() {
        for (int n = 1; n <= 99; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.format(n))).hasValue(n);
        }
        assertThat(ChineseNumerals.format(10)).isEqualTo("十");
        assertThat(ChineseNumerals.format(11)).isEqualTo("十一");
        assertThat(ChineseNumerals.format(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.format(99)).isEqualTo("九十九");
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThat(ChineseNumerals.parse("十十")).isEmpty();
        assertThat(ChineseNumerals.parse("一十")).isEmpty();
        assertThat(ChineseNumerals.parse("二三")).isEmpty();
        assertThat(ChineseNumerals.parse("十二三")).isEmpty();
    }
}
