package org.branchpress.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Traditional ↔ simplified Chinese, as OpenCC converts it, with OpenCC's own dictionaries
 * (src/main/opencc/, newer than the copies inside opencc4j).
 *
 * <p>To simplified: OpenCC's {@code tw2s} and {@code hk2s} in one chain — Taiwan and Hong Kong
 * forms are first read as OpenCC's traditional ones, phrase by phrase, then {@code t2s}. So
 * Taiwan's 承擔著 becomes 承担着 while 著作 and 顯著 keep 著: text saved as Big5 (人民網's
 * traditional pages, Taiwanese sources) can only write 著, since Big5 has no 着. To traditional:
 * OpenCC's {@code s2t} (OpenCC's standard forms, 着 for the particle). Either way the small
 * punctuation of Big5 pages (﹔﹐﹕) becomes the ordinary full-width kind (；，：).
 */
public final class ScriptConversion {
    /**
     * Unicode's small form variants, each followed by the full-width mark it stands for. Big5 has
     * ﹔﹐﹑﹕, and pages converted from it keep them; the lint and readers expect ；，、：.
     */
    static final String SMALL_FORMS = "﹐，﹑、﹒．﹔；﹕：﹖？﹗！﹙（﹚）﹛｛﹜｝﹝〔﹞〕﹟＃﹠＆﹡＊﹢＋﹣－﹤＜﹥＞﹦＝﹨＼﹩＄﹪％﹫＠";

    private ScriptConversion() {
    }

    /** Tables are read the first time a conversion is asked for: a build never needs them. */
    private static final class Simplified {
        static final OpenccDictionary PHRASES = OpenccDictionary.read("TSPhrases");
        static final List<OpenccDictionary> TAIWAN = List.of(OpenccDictionary.read("TWVariantsRevPhrases"),
                OpenccDictionary.reversed("TWVariants"));
        static final List<OpenccDictionary> HONG_KONG = List.of(OpenccDictionary.read("HKVariantsRevPhrases"),
                OpenccDictionary.reversed("HKVariants"));
        static final List<OpenccDictionary> SIMPLIFY = List.of(PHRASES, OpenccDictionary.read("TSCharacters"));
    }

    private static final class Traditional {
        static final List<OpenccDictionary> TRADITIONALISE = List.of(OpenccDictionary.read("STPhrases"),
                OpenccDictionary.read("STCharacters"));
    }

    private static final class Normal {
        static final List<OpenccDictionary> COMPATIBILITY = List.of(OpenccDictionary.read("CJK_Compatibility_Ideographs"));
    }

    public static String toSimplified(String text) {
        StringBuilder out = new StringBuilder(text.length());
        // OpenCC cuts the text at the phrases it knows first, so a variant phrase never spans two of them.
        for (String segment : segments(normal(text), Simplified.PHRASES)) {
            String s = convert(segment, Simplified.TAIWAN);
            s = convert(s, Simplified.HONG_KONG);
            out.append(convert(s, Simplified.SIMPLIFY));
        }
        return out.toString();
    }

    public static String toTraditional(String text) {
        return convert(normal(text), Traditional.TRADITIONALISE);
    }

    private static String normal(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int small = c >= 0xFE50 && c <= 0xFE6B ? SMALL_FORMS.indexOf(c) : -1;
            b.append(small >= 0 && small % 2 == 0 ? SMALL_FORMS.charAt(small + 1) : c);
        }
        return convert(b.toString(), Normal.COMPATIBILITY);
    }

    /**
     * At each place the longest key of the first dictionary that has one there is replaced by its
     * first candidate (OpenCC's "short circuit" group); a character no dictionary knows stays.
     */
    static String convert(String text, List<OpenccDictionary> group) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int n = 0;
            for (OpenccDictionary d : group) {
                n = d.match(text, i, text.length());
                if (n > 0) {
                    out.append(d.first(text.substring(i, i + n)));
                    break;
                }
            }
            if (n == 0) {
                n = Character.charCount(text.codePointAt(i));
                out.append(text, i, i + n);
            }
            i += n;
        }
        return out.toString();
    }

    /** OpenCC's maximum-match segmentation: each known phrase alone, the text between them as one piece. */
    private static List<String> segments(String text, OpenccDictionary phrases) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int n = phrases.match(text, i, text.length());
            if (n == 0) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
            out.add(text.substring(i, i + n));
            i += n;
            start = i;
        }
        if (i > start) {
            out.add(text.substring(start));
        }
        return out;
    }
}
