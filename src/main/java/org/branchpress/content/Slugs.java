package org.branchpress.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * ASCII address parts for Chinese names: {@code 2024年度党员之星} → {@code 2024-nian-du-dang-yuan-zhi-xing}.
 * Pinyin comes from ICU, not from a table of our own.
 */
public final class Slugs {
    private static final Pattern ASCII_SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** ICU transliterators are not safe to share between threads. */
    private static final ThreadLocal<Transliterator> PINYIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

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
        StringBuilder spaced = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (han) {
                spaced.append(' ');
            }
            spaced.appendCodePoint(cp);
            if (han) {
                spaced.append(' ');
            }
        }
        return PINYIN.get().transliterate(spaced.toString());
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
