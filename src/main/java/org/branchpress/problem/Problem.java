package org.branchpress.problem;

import java.util.Comparator;

/**
 * One thing wrong with the user's content or settings, with where it is and what to do.
 *
 * @param file   path relative to the content folder's parent, with forward slashes
 *               ({@code content/cases/a.md}), so editors can jump to it
 * @param line   1-based line, 0 when the whole file is meant
 * @param column 1-based column, 0 when the whole line is meant
 * @param rule   a short stable id ({@code yaml/unknown-key}) for JSON output and filters
 * @param message Chinese: what is wrong and how to fix it
 */
public record Problem(String file, int line, int column, Severity severity, String rule, String message) {

    /** By place; problems at the same place keep the order they were found in (a stable sort). */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column);

    public static Problem error(SourcePosition at, String rule, String message) {
        return new Problem(at.file(), at.line(), at.column(), Severity.ERROR, rule, message);
    }

    public static Problem warning(SourcePosition at, String rule, String message) {
        return new Problem(at.file(), at.line(), at.column(), Severity.WARNING, rule, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: error|warning: message}, the format of COMMANDS.md. */
    public String format() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity.word() + ": " + message;
    }
}
