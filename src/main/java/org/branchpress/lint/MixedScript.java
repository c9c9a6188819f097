package org.branchpress.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.branchpress.lint.ParsedBody.Glyph;
import org.branchpress.lint.ParsedBody.Kind;
import org.branchpress.search.ScriptTable;
import org.branchpress.settings.Language;

/**
 * {@code lint/mixed-script}: a body whose Chinese mixes traditional and simplified characters,
 * judged against the site's language: on a zh-CN site the traditional characters are the odd
 * ones, on a zh-TW site the simplified ones. A body written wholly in the other script (a
 * traditional case on a simplified site) is reported too, as such. One finding per file, at
 * the first odd character.
 */
final class MixedScript {
    static final String RULE = "lint/mixed-script";
    private static final int EXAMPLES = 3;

    private MixedScript() {
    }

    static Optional<Finding> check(ParsedBody body, Language language) {
        int traditional = 0;
        int simplified = 0;
        int firstOdd = -1;
        Set<Character> examples = new LinkedHashSet<>();
        for (Glyph g : body.glyphs()) {
            if (g.kind() != Kind.PROSE || g.codePoint() >= 0x10000) {
                continue;
            }
            char c = (char) g.codePoint();
            boolean t = ScriptTable.traditional(c);
            boolean s = !t && ScriptTable.simplified(c);
            traditional += t ? 1 : 0;
            simplified += s ? 1 : 0;
            if (language.traditional() ? s : t) {
                if (firstOdd < 0) {
                    firstOdd = g.offset();
                }
                if (examples.size() < EXAMPLES) {
                    examples.add(c);
                }
            }
        }
        if (traditional == 0 && simplified == 0) {
            return Optional.empty();
        }
        if (language.traditional() ? traditional == 0 : simplified == 0) {
            return Optional.of(wholly(language, firstOdd, language.traditional() ? simplified : traditional));
        }
        if (traditional == 0 || simplified == 0) {
            return Optional.empty();
        }
        List<String> shown = new ArrayList<>();
        examples.forEach(c -> shown.add("“" + c + "”"));
        String pairs = examples.stream().map(c -> "“" + c + "”→“" + ScriptTable.counterpart(c) + "”")
                .collect(Collectors.joining("，"));
        String message = language.traditional()
                ? "本文件简繁混用：发现 " + simplified + " 个简体字（如" + String.join("", shown) + "）和 " + traditional
                        + " 个繁体字，站点语言为繁体（zh-TW）；请把简体字统一改为繁体，如 " + pairs + "。"
                : "本文件简繁混用：发现 " + traditional + " 个繁体字（如" + String.join("", shown) + "）和 " + simplified
                        + " 个简体字，站点语言为简体（zh-CN）；请把繁体字统一改为简体，如 " + pairs + "。";
        return Optional.of(new Finding(RULE, firstOdd, message));
    }

    /**
     * A body written wholly in the other script: the page is labelled with the site's
     * language, so readers and screen readers get the wrong one, and search folds it anyway.
     */
    private static Finding wholly(Language language, int first, int count) {
        String message = language.traditional()
                ? "本文件用简体字写成（" + count + " 个简体字），站点语言为繁体（zh-TW）：请用 import --traditional 转为繁体，"
                        + "或确认这篇就是要用简体发布。"
                : "本文件用繁体字写成（" + count + " 个繁体字），站点语言为简体（zh-CN）：请用 import --simplified 转为简体，"
                        + "或确认这篇就是要用繁体发布。";
        return new Finding(RULE, first, message);
    }
}
