package org.branchpress.content;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

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
    /**
     * The longest slug {@link #of} returns. A slug becomes a folder name, and file systems
     * refuse names over 255 bytes: 80 Chinese characters of pinyin are about 400. 80 ASCII
     * characters also keep an address readable on a printed notice.
     */
    public static final int MAX_LENGTH = 80;
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
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).toLowerCase(java.util.Locale.ROOT);
        String slug = NOT_SLUG.matcher(ascii).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "item" : capped(slug, text);
    }

    /**
     * A long slug is cut at a word (a dash) and ends in a hash of the whole text, so two long
     * titles that start alike still get two addresses, the same ones in every build.
     */
    private static String capped(String slug, String text) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        String hash = String.format("%08x", crc.getValue());
        int room = MAX_LENGTH - hash.length() - 1;
        int dash = slug.lastIndexOf('-', room);
        String head = slug.substring(0, dash > 0 ? dash : room).replaceAll("-+$", "");
        return head + "-" + hash;
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
