package org.branchpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Search folding against OpenCC's own test cases: wherever a script conversion changes one
 * character into another, both must fold to the same key, so either script finds the other.
 */
class ChineseTextFoldingTest {
    /** Conversions of script and regional variant; not jp (kanji) and not the *p vocabulary ones (软件/軟體). */
    static final String[] SCRIPT_CONFIGS = {"t2s", "s2t", "tw2s", "s2tw", "hk2s", "s2hk", "tw2t", "t2tw", "hk2t", "t2hk"};

    /** Each pair of differing characters at the same place in input and expected output, as "ab". */
    static Set<String> pairs(boolean bmp) {
        Set<String> pairs = new TreeSet<>();
        for (OpenccCases c : OpenccCases.of(SCRIPT_CONFIGS)) {
            int[] in = c.input().codePoints().toArray();
            int[] out = c.expected().codePoints().toArray();
            if (in.length != out.length) {
                continue;
            }
            for (int i = 0; i < in.length; i++) {
                if (in[i] != out[i] && (in[i] <= 0xFFFF && out[i] <= 0xFFFF) == bmp) {
                    int a = Math.min(in[i], out[i]);
                    int b = Math.max(in[i], out[i]);
                    pairs.add(new StringBuilder().appendCodePoint(a).appendCodePoint(b).toString());
                }
            }
        }
        return pairs;
    }

    @Test
    void everyCharacterPairOfOpenccsScriptCasesFoldsToOneKey() {
        Set<String> pairs = pairs(true);
        assertThat(pairs).hasSize(396);
        List<String> apart = new ArrayList<>();
        pairs.forEach(p -> {
            if (ChineseText.fold(p.charAt(0)) != ChineseText.fold(p.charAt(1))) {
                apart.add(p);
            }
        });
        assertThat(apart).isEmpty();
    }

    @Test
    void charactersBeyondTheBmpAreLeftToThemselves() {
        // Five pairs name a character beyond the BMP (𣨼, 𪢮 …): the index cuts UTF-16 units and skips them.
        assertThat(pairs(false)).hasSize(5);
    }

    @Test
    void theFormsTheIssueNamedFoldTogether() {
        assertThat(ChineseText.normalise("乾燥 沈沒 承擔著 谿谷 著作 ﹔"))
                .isEqualTo(ChineseText.normalise("干燥 沉没 承担着 溪谷 着作 ；"));
        assertThat(ChineseText.normalise("黨員")).isEqualTo("党员");
    }
}
