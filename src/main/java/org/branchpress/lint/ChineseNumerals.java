package org.branchpress.lint;

import java.util.OptionalInt;

/** Chinese numerals from 一 to 九十九, as outline numbers use them (十, 十一, 二十, 二十一…). */
final class ChineseNumerals {
    private static final String DIGITS = "一二三四五六七八九";

    private ChineseNumerals() {
    }

    static OptionalInt parse(String text) {
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? digit(text.charAt(0)) : OptionalInt.empty();
        }
        if (text.indexOf('十', ten + 1) >= 0 || ten > 1 || text.length() - ten > 2) {
            return OptionalInt.empty();
        }
        int tens = 1;
        if (ten == 1) {
            OptionalInt d = digit(text.charAt(0));
            if (d.isEmpty() || d.getAsInt() == 1) {
                return OptionalInt.empty(); // 一十 is not how outlines are numbered
            }
            tens = d.getAsInt();
        }
        int units = 0;
        if (ten + 1 < text.length()) {
            OptionalInt d = digit(text.charAt(ten + 1));
            if (d.isEmpty()) {
                return OptionalInt.empty();
            }
            units = d.getAsInt();
        }
        return OptionalInt.of(tens * 10 + units);
    }

    static String format(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n - 1));
        }
        String tens = n < 20 ? "十" : DIGITS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10 - 1);
    }

    private static OptionalInt digit(char c) {
        int i = DIGITS.indexOf(c);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i + 1);
    }
}
