package org.branchpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * {@code import --simplified} and {@code --traditional} against OpenCC's own test cases. The
 * few that differ do so on purpose, and are named.
 */
class ChineseScriptConversionTest {
    /**
     * Cases whose expected output uses TSCharactersExt's rare simplified forms (𣨼, 𪢮, 𣗊):
     * most fonts lack them, so the traditional character is kept (OpenCC's own default without
     * that table).
     */
    static final List<String> RARE_FORMS = List.of("BYVoid_OpenCC_PR_1228_existing_behaviors",
            "BYVoid_OpenCC_PR_1229_existing_behaviors", "BYVoid_OpenCC_PR_464_xi_vs_xi");
    /**
     * OpenCC's t2s and hk2s keep 著 in 慰藉著; our one chain reads 著 as Taiwan and Big5 text
     * writes it (the particle, 着), since the import cannot know where a page came from.
     */
    static final List<String> TAIWAN_ZHE = List.of("BYVoid_OpenCC_Issue_767_solace/t2s",
            "BYVoid_OpenCC_Issue_767_solace/hk2s");

    private static List<String> failures(List<OpenccCases> cases, UnaryOperator<String> convert) {
        List<String> failed = new ArrayList<>();
        for (OpenccCases c : cases) {
            if (!convert.apply(c.input()).equals(c.expected())) {
                failed.add(c.id() + "/" + c.config());
            }
        }
        return failed;
    }

    @Test
    void toSimplifiedPassesOpenccsT2sTw2sAndHk2sCases() {
        List<OpenccCases> cases = OpenccCases.of("t2s", "tw2s", "hk2s");
        assertThat(cases).hasSize(108);
        List<String> expected = new ArrayList<>(TAIWAN_ZHE);
        RARE_FORMS.forEach(id -> expected.add(id + "/t2s"));
        assertThat(failures(cases, ScriptConversion::toSimplified)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void toTraditionalPassesEveryS2tCase() {
        List<OpenccCases> cases = OpenccCases.of("s2t");
        assertThat(cases).hasSize(96);
        assertThat(failures(cases, ScriptConversion::toTraditional)).isEmpty();
    }

    @Test
    void zheFollowsItsPhrase() {
        assertThat(ScriptConversion.toSimplified("承擔著我國空天防御領域多個重大在研型號，深化經典著作研讀，顯著增強，坐著學"))
                .isEqualTo("承担着我国空天防御领域多个重大在研型号，深化经典著作研读，显著增强，坐着学");
        assertThat(ScriptConversion.toSimplified("乾燥的乾隆年間")).isEqualTo("干燥的乾隆年间");
    }

    @Test
    void smallFormPunctuationBecomesFullWidth() {
        assertThat(ScriptConversion.toSimplified("研讀﹔開設﹐走進﹕")).isEqualTo("研读；开设，走进：");
        assertThat(ScriptConversion.toTraditional("研读﹔开设")).isEqualTo("研讀；開設");
    }
}
