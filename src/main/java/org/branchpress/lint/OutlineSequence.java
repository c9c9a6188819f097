package org.branchpress.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lint/outline-sequence}: outline numbers of official writing, counted level by level.
 * Level 1 is {@code 一、}, level 2 {@code （一）} or {@code (一)}, level 3 {@code 1.} or
 * {@code 1、}; a number counts where a line of prose or a Markdown heading begins with it
 * (after {@code ##} and an opening {@code **}). Level 2 starts again at every level-1 item,
 * level 3 at every level-1 or level-2 item.
 *
 * <p>Every line start counts, not only a paragraph's first line: text pasted from a word
 * processor often has one paragraph per line with no blank line between. A repeated number is
 * taken to mean the next one ({@code （一）（一）（三）} is one finding, not two); after a gap the
 * count goes on from the number written. Items of a Markdown ordered list after its first are
 * numbered by the page itself, so what was typed there does not matter.
 */
final class OutlineSequence {
    static final String RULE = "lint/outline-sequence";

    private static final String NUMERAL = "[一二三四五六七八九十]{1,3}";
    private static final Pattern ITEM = Pattern.compile(
            "^[ \\t\\u3000]*(?:#{1,6}[ \\t]+)?(?:\\*\\*|__)?[ \\t\\u3000]*"
                    + "(?:(?<one>" + NUMERAL + ")、"
                    + "|(?<two>[（(](?<twoNum>" + NUMERAL + ")[）)])"
                    + "|(?<three>(?<threeNum>[0-9]{1,2})(?<sep>[.．、]))(?![0-9０-９]))");

    private OutlineSequence() {
    }

    /** The number just counted at one level: 0 before the first item. */
    private static final class Level {
        private final int depth;
        private int last;
        private String separator = ".";

        Level(int depth) {
            this.depth = depth;
        }

        String show(int n) {
            return switch (depth) {
                case 1 -> "“" + ChineseNumerals.format(n) + "、”";
                case 2 -> "（" + ChineseNumerals.format(n) + "）";
                default -> "“" + n + separator + "”";
            };
        }
    }

    static List<Finding> check(ParsedBody body) {
        List<Finding> findings = new ArrayList<>();
        Level[] levels = {new Level(1), new Level(2), new Level(3)};
        String text = body.markdown();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            item(body, text.substring(start, end), start, levels, findings);
            start = end + 1;
        }
        return findings;
    }

    private static void item(ParsedBody body, String line, int lineStart, Level[] levels, List<Finding> findings) {
        Matcher m = ITEM.matcher(line);
        if (!m.find() || body.inCodeBlock(lineStart + firstNonBlank(line))) {
            return;
        }
        int depth;
        int offset;
        OptionalInt number;
        if (m.group("one") != null) {
            depth = 1;
            offset = m.start("one");
            number = ChineseNumerals.parse(m.group("one"));
        } else if (m.group("two") != null) {
            depth = 2;
            offset = m.start("two");
            number = ChineseNumerals.parse(m.group("twoNum"));
        } else {
            depth = 3;
            offset = m.start("three");
            number = OptionalInt.of(Integer.parseInt(m.group("threeNum")));
            levels[2].separator = m.group("sep");
        }
        if (number.isEmpty() || number.getAsInt() == 0) {
            return;
        }
        Level level = levels[depth - 1];
        int at = lineStart + offset;
        int n = number.getAsInt();
        if (depth == 3 && body.autoNumbered().contains(at)) {
            n = level.last + 1;
        }
        count(level, n, at, findings);
        for (int d = depth; d < levels.length; d++) {
            levels[d].last = 0;
        }
    }

    private static void count(Level level, int n, int at, List<Finding> findings) {
        int expected = level.last + 1;
        if (n == expected) {
            level.last = n;
            return;
        }
        String message;
        if (level.last == 0) {
            message = "大纲编号不连续：这一级的第一个编号应是" + level.show(1) + "，这里写的是" + level.show(n)
                    + "；请改为" + level.show(1) + "，或补上前面缺少的部分。";
        } else if (n == level.last) {
            message = "大纲编号重复：" + level.show(level.last) + "后面应是" + level.show(expected) + "，这里又写了"
                    + level.show(n) + "；请改为" + level.show(expected) + "，并顺次检查后面的编号。";
        } else {
            message = "大纲编号不连续：" + level.show(level.last) + "后面应是" + level.show(expected) + "，这里写的是"
                    + level.show(n) + "；请改为" + level.show(expected) + "，或补上缺少的部分。";
        }
        findings.add(new Finding(RULE, at, message));
        level.last = n == level.last ? expected : n;
    }

    private static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }
}
