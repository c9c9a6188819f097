package org.branchpress.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * ASCII address parts for Chinese names: {@code 2024年度党员之星} → {@code 2024-nian-du-dang-yuan-zhi-xing}.
 * Pinyin comes from pinyin4j's table, not from one of our own; a character with several
 * readings takes the first, which is stable from build to build.
 */
public final class Slugs {
    private static final Pattern ASCII_SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Slugs() {
    }

    /** The slug of any text: pinyin for Chinese, lower-case words joined by dashes. */
    public static String of(String text) {
        String latin = needsTransliteration(text) ? pinyin(text) : text;
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).toLowerCase();
        String slug = NOT_SLUG.matcher(ascii).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "item" : slug;
    }

    /** True when a slug written by the officer is acceptable as it is. */
    public static boolean isValid(String slug) {
        return ASCII_SLUG.matcher(slug).matches() && slug.length() <= 120;
    }

    /** Each Han character becomes its own word, so digits next to it stay apart (2026-nian). */
    private static String pinyin(String text) {
        StringBuilder out = new StringBuilder(text.length() * 4);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                out.append(' ').append(reading(cp)).append(' ');
            }
        }
        return out.toString();
    }

    /** The first reading of a Han character; other characters pass through for NFKD to fold. */
    private static String reading(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint, FORMAT);
                if (readings != null && readings.length > 0) {
                    return readings[0];
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        return new String(Character.toChars(codePoint));
    }

    private static boolean needsTransliteration(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return true;
            }
        }
        return false;
    }
}
