package org.branchpress.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.branchpress.lint.ParsedBody.Glyph;
import org.branchpress.lint.ParsedBody.Kind;

/**
 * {@code lint/halfwidth-punctuation}: a half-width {@code , : ; ( ) ? !} with Chinese (a Han
 * character or full-width punctuation) directly on at least one side, in body text only.
 *
 * <p>"Directly" looks through emphasis markers and quotation marks ({@code **党员**,} and
 * {@code “三会一课”,} count) and through neighbouring marks of the same set ({@code 好?!} is two
 * places), but never across a line break, white space or the edge of a block. Brackets go in
 * pairs: when one of {@code (…)} is next to Chinese, both are reported, so fixing them never
 * leaves {@code （Party member)}.
 */
final class HalfwidthPunctuation {
    static final String RULE = "lint/halfwidth-punctuation";
    static final String HALF = ",:;()?!";
    static final String FULL = "，：；（）？！";
    private static final String[] NAMES = {"逗号", "冒号", "分号", "左括号", "右括号", "问号", "叹号"};

    /** Characters a reader's eye passes over when judging what the mark touches. */
    private static final String SEE_THROUGH = "*_~\"'“”‘’…—";

    /** One place to change: the half-width mark at {@code offset} and its full-width form. */
    record Spot(int offset, char halfwidth) {
        char fullwidth() {
            return FULL.charAt(HALF.indexOf(halfwidth));
        }
    }

    private HalfwidthPunctuation() {
    }

    /** The findings of the places {@link #spots} found. */
    static List<Finding> check(List<Spot> spots) {
        List<Finding> findings = new ArrayList<>();
        for (Spot spot : spots) {
            int i = HALF.indexOf(spot.halfwidth());
            findings.add(new Finding(RULE, spot.offset(), "中文里用了半角" + NAMES[i] + "“" + spot.halfwidth()
                    + "”：请改为全角“" + spot.fullwidth() + "”（运行 check --fix 可自动改正）。"));
        }
        return findings;
    }

    /** Every place rule 1 reports, in order: what {@code check --fix} changes and nothing else. */
    static List<Spot> spots(ParsedBody body) {
        List<Glyph> glyphs = body.glyphs();
        int n = glyphs.size();
        boolean[] report = new boolean[n];
        for (int i = 0; i < n; i++) {
            report[i] = isMark(glyphs.get(i)) && (touchesChinese(glyphs, i, -1) || touchesChinese(glyphs, i, 1));
        }
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            Glyph g = glyphs.get(i);
            if (g.kind() == Kind.BLOCK) {
                open.clear();
            } else if (isMark(g) && g.codePoint() == '(') {
                open.push(i);
            } else if (isMark(g) && g.codePoint() == ')' && !open.isEmpty()) {
                int o = open.pop();
                if (report[o] || report[i]) {
                    report[o] = true;
                    report[i] = true;
                }
            }
        }
        List<Spot> spots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (report[i]) {
                spots.add(new Spot(glyphs.get(i).offset(), (char) glyphs.get(i).codePoint()));
            }
        }
        return spots;
    }

    private static boolean isMark(Glyph g) {
        return g.kind() == Kind.PROSE && g.codePoint() < 0x80 && HALF.indexOf(g.codePoint()) >= 0;
    }

    private static boolean touchesChinese(List<Glyph> glyphs, int at, int step) {
        for (int i = at + step; i >= 0 && i < glyphs.size(); i += step) {
            Glyph g = glyphs.get(i);
            if (g.kind() == Kind.BREAK || g.kind() == Kind.BLOCK) {
                return false;
            }
            if (isMark(g) || (g.codePoint() < 0x10000 && SEE_THROUGH.indexOf(g.codePoint()) >= 0)) {
                continue;
            }
            return isChinese(g.codePoint());
        }
        return false;
    }

    /** A Han character, or punctuation of the CJK and full-width blocks (not full-width letters or digits). */
    static boolean isChinese(int cp) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return true;
        }
        if ((cp >= 0x3001 && cp <= 0x303F) || (cp >= 0xFE10 && cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE6F)) {
            return true; // CJK punctuation, and its vertical, compatibility and small forms (﹔)
        }
        if (cp >= 0xFF01 && cp <= 0xFF60) {
            return !Character.isLetterOrDigit(cp);
        }
        return cp >= 0xFFE0 && cp <= 0xFFE6;
    }
}
