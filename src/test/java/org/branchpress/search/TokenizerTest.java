package org.branchpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    @Test
    void chineseIsIndexedAsCharactersAndPairs() {
        assertThat(Tokenizer.forIndex("党员教育")).containsExactly("党", "党员", "员", "员教", "教", "教育", "育");
    }

    @Test
    void queriesUsePairsAndSingleCharactersOnlyAlone() {
        assertThat(Tokenizer.forQuery("主题党日")).containsExactly("主题", "题党", "党日");
        assertThat(Tokenizer.forQuery("党")).containsExactly("党");
    }

    @Test
    void latinWordsAndNumbersAreWords() {
        assertThat(Tokenizer.forIndex("2024年GPS定位")).containsExactly("2024", "年", "gps", "定", "定位", "位");
        assertThat(Tokenizer.forQuery("Hello, 党建-2025!")).containsExactly("hello", "党建", "2025");
    }

    @Test
    void traditionalAndSimplifiedMatchEachOther() {
        assertThat(Tokenizer.forQuery("黨員")).containsExactly("党员");
        assertThat(Tokenizer.forIndex("中國共產黨")).contains("中国", "共产", "产党");
    }

    @Test
    void fullWidthLatinIsFolded() {
        assertThat(Tokenizer.forQuery("ＧＰＳ１２３")).containsExactly("gps123");
    }

    @Test
    void packedCountingGivesTheSameTokensAsTheStringTokenizer() {
        String text = "中國共產黨員 GPS2024，ＡＢＣ！党员教育 x 党员";
        Tokenizer.Words words = new Tokenizer.Words();
        TokenCounts counts = new TokenCounts(8);
        Tokenizer.countForIndex(text, counts, words);
        java.util.Map<String, Integer> packed = new java.util.TreeMap<>();
        counts.forEach((key, n) -> packed.put(Tokenizer.text(key, words), n));
        java.util.Map<String, Integer> plain = new java.util.TreeMap<>();
        Tokenizer.forIndex(text).forEach(t -> plain.merge(t, 1, Integer::sum));
        assertThat(packed).isEqualTo(plain);
        assertThat(packed).containsEntry("党员", 3).containsEntry("gps2024", 1).containsEntry("abc", 1);
    }

    @Test
    void shardOfATokenIsStable() {
        assertThat(Tokenizer.shard("党员", 16)).isEqualTo(Tokenizer.shard("党员", 16));
        assertThat(Tokenizer.shard("a", 1)).isZero();
    }
}
