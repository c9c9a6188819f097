package org.branchpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void chineseBecomesPinyin() {
        assertThat(Slugs.of("2026年10月月度之星")).isEqualTo("2026-nian-10-yue-yue-du-zhi-xing");
        assertThat(Slugs.of("王伟")).isEqualTo("wang-wei");
    }

    @Test
    void spacesAndPunctuationBecomeSingleDashes() {
        assertThat(Slugs.of("My  Case (draft)")).isEqualTo("my-case-draft");
    }

    @Test
    void writtenSlugsMustBeAscii() {
        assertThat(Slugs.isValid("2024-zhuti-dangri")).isTrue();
        assertThat(Slugs.isValid("主题党日")).isFalse();
        assertThat(Slugs.isValid("Has Space")).isFalse();
    }
}
