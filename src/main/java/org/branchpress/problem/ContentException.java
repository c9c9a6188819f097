package org.branchpress.problem;

import java.util.List;

/**
 * The build stopped because of the user's content or settings (exit status 1).
 * Carries every problem found so far; it never wraps a bug.
 */
public final class ContentException extends RuntimeException {
    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.isEmpty() ? "内容有错误" : problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
