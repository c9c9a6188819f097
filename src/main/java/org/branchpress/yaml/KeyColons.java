package org.branchpress.yaml;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;

/**
 * The colon after a key, as a Chinese input method types it: {@code title：测试} (full-width)
 * or {@code title:测试} (no space). YAML reads either as plain text running into the next
 * line and complains one line late about something else; we look at the lines first and
 * name the colon itself. Lines inside a block text ({@code summary: |}) are text, not keys;
 * so is a list item or a missing space before an upper-case word ({@code - CCTV：报道},
 * {@code - C:/照片}): every key of CONTENT-FORMAT is lower-case, so only those are keys there.
 */
final class KeyColons {
    private static final Pattern FULL_WIDTH = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_]*)\\s*(：)\\s*(.*)$");
    /** {@code key:value}; {@code http://} at the start of a continued line is no key. */
    private static final Pattern NO_SPACE = Pattern.compile("^(\\s*(?:-\\s+)?)([a-z_][a-z0-9_]+)(:)(?!//)(\\S.*)$");
    private static final Pattern BLOCK_TEXT = Pattern.compile(".*:\\s+[|>][-+0-9]*\\s*(#.*)?$");
    private static final int EXAMPLE_LENGTH = 40;

    private KeyColons() {
    }

    /** Reports each such line; true when there was one, and YAML would only add a wrong second error. */
    static boolean report(List<String> lines, SourcePosition origin, Problems problems) {
        boolean found = false;
        int blockIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (blockIndent >= 0 && (line.isBlank() || indent(line) > blockIndent)) {
                continue;
            }
            blockIndent = BLOCK_TEXT.matcher(line).matches() ? indent(line) : -1;
            Matcher full = FULL_WIDTH.matcher(line);
            Matcher bare = NO_SPACE.matcher(line);
            if (full.matches() && (!full.group(1).contains("-") || full.group(2).equals(full.group(2).toLowerCase(java.util.Locale.ROOT)))) {
                problems.error(at(origin, i, line, full.start(3)), "yaml/full-width-colon",
                        "这一行的冒号是中文全角冒号“：”，请改成英文冒号“:”后面加一个空格，例如 " + example(full) + "。");
                found = true;
            } else if (bare.matches()) {
                problems.error(at(origin, i, line, bare.start(3)), "yaml/colon-space",
                        "这一行的英文冒号“:”后面少了一个空格：键和值之间要写“: ”，例如 " + example(bare) + "。");
                found = true;
            }
        }
        return found;
    }

    /** The line as it should be: {@code title: 测试}, shortened when the value is long. */
    private static String example(Matcher m) {
        String value = m.group(4).strip();
        if (value.codePointCount(0, value.length()) > EXAMPLE_LENGTH) {
            value = value.substring(0, value.offsetByCodePoints(0, EXAMPLE_LENGTH)) + "…";
        }
        return (m.group(1).strip() + " " + m.group(2) + ": " + value).strip();
    }

    private static SourcePosition at(SourcePosition origin, int lineIndex, String line, int charIndex) {
        return new SourcePosition(origin.file(), origin.line() + lineIndex, line.codePointCount(0, charIndex) + 1);
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
