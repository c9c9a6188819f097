package org.branchpress.problem;

/** A place in a content file: path as printed to the user, 1-based line and column. */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 1, 1);
    }

    public SourcePosition shiftLines(int lines) {
        return new SourcePosition(file, line + lines, column);
    }
}
