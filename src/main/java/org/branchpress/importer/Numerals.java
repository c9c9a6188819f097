package org.branchpress.importer;

/** A count written in one of Word's number formats ({@code w:numFmt}): 3 → 三, ③, c, iii, 丙; and ² and ₂. */
final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String PLAIN = "0123456789+-=()";
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";
    private static final String SUBSCRIPT = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";

    private Numerals() {
    }

    static String format(int n, String format) {
        return switch (format) {
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
            case "lowerLetter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                 "japaneseCounting", "koreanCounting" -> chinese(n, DIGITS, "千百十");
            case "chineseLegalSimplified", "japaneseLegal" -> chinese(n, LEGAL_DIGITS, "仟佰拾");
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digits(n);
            case "ideographTraditional" -> cycle(n, STEMS);
            case "ideographZodiac" -> cycle(n, BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" ->
                    enclosed(n, '\u2460', 20, "(", ")");
            case "decimalEnclosedParen" -> enclosed(n, '\u2474', 20, "(", ")");
            case "decimalEnclosedFullstop" -> enclosed(n, '\u2488', 20, "", ".");
            default -> Integer.toString(n);
        };
    }

    /** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五; outlines never write 一十. */
    static String chinese(int n, String digits, String units) {
        if (n <= 0 || n >= 10000) {
            return Integer.toString(n);
        }
        int[] parts = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        StringBuilder b = new StringBuilder();
        boolean zero = false;
        for (int i = 0; i < 4; i++) {
            if (parts[i] == 0) {
                zero = b.length() > 0;
                continue;
            }
            if (zero) {
                b.append(digits.charAt(0));
                zero = false;
            }
            b.append(digits.charAt(parts[i]));
            if (i < 3) {
                b.append(units.charAt(i));
            }
        }
        String s = b.toString();
        return digits.equals(DIGITS) && s.startsWith("一十") ? s.substring(1) : s; // 大写 keeps 壹拾
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(c == '-' ? c : "〇一二三四五六七八九".charAt(c - '0'));
        }
        return b.toString();
    }

    private static String fullWidth(int n) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(c == '-' ? c : (char) ('０' + (c - '0')));
        }
        return b.toString();
    }

    /** A, B … Z, AA, BB …: Word repeats the letter rather than counting in base 26. */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        return String.valueOf((char) ('A' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) {
                b.append(symbols[i]);
            }
        }
        return b.toString();
    }

    private static String cycle(int n, String symbols) {
        return n <= 0 ? Integer.toString(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String enclosed(int n, char first, int count, String open, String close) {
        return n >= 1 && n <= count ? String.valueOf((char) (first + n - 1)) : open + n + close;
    }

    /** m², H₂O: digits and signs have superscript and subscript letters; other text stays as it is. */
    static String raised(String text, boolean up) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            int i = PLAIN.indexOf(c);
            if (i < 0) {
                return text;
            }
            b.append((up ? SUPERSCRIPT : SUBSCRIPT).charAt(i));
        }
        return b.toString();
    }
}
