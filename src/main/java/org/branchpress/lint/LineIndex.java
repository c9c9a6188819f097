package org.branchpress.lint;

import java.util.Arrays;

import org.branchpress.problem.SourcePosition;

/**
 * Offsets in a body to the file's 1-based line and column. Columns count characters (code
 * points), so a character outside the Basic Multilingual Plane is one column, as editors show it.
 */
final class LineIndex {
    private final String text;
    private final int firstLine;
    private final int[] lineStarts;

    LineIndex(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 0-based line of the body that holds {@code offset}. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(lineStarts, offset);
        return at >= 0 ? at : -at - 2;
    }

    SourcePosition position(String file, int offset) {
        int line = lineOf(offset);
        int column = text.codePointCount(lineStarts[line], offset) + 1;
        return new SourcePosition(file, firstLine + line, column);
    }
}
