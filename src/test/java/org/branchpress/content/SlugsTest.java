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

    @Test
    void longNamesAreCutAtAWordAndKeepAHashOfTheWholeText() {
        String title = "关于在全体党员中深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育并结合型号研制任务推进党建与业务深度融合的经验交流材料";
        String slug = Slugs.of(title);
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).matches("guan-yu-zai-[a-z-]+-[0-9a-f]{8}");
        assertThat(Slugs.of(title)).isEqualTo(slug);
        assertThat(Slugs.of(title + "（修订稿）")).isNotEqualTo(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void aLongWordWithoutDashesIsCutToo() {
        assertThat(Slugs.of("a".repeat(300))).hasSize(Slugs.MAX_LENGTH).startsWith("aaaa").matches("a+-[0-9a-f]{8}");
    }

    @Test
    void shortSlugsAreUnchanged() {
        String slug = "2022-07-11-zhong-guo-hang-tian-ke-gong-er-yuan-er-bu-yi-shi-dang-zhi-bu";
        assertThat(Slugs.of(slug)).isEqualTo(slug);
    }
}
