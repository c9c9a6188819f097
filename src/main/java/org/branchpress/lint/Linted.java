package org.branchpress.lint;

import java.util.ArrayList;
import java.util.List;

import org.branchpress.problem.Problem;
import org.branchpress.source.SourceFile;

/**
 * What the writing lint found in one file: its warnings, and the places in the body that
 * {@code check --fix} changes (rule 1's half-width marks), kept so the fix needs no second
 * parse and what it fixed is not reported again.
 */
public final class Linted {
    private final SourceFile source;
    private final List<Problem> others;
    private final List<Problem> fixable;
    private final int bodyLength;
    private final List<HalfwidthPunctuation.Spot> spots;

    /** @param spots offsets into the body, the last {@code bodyLength} characters of the file's text */
    Linted(SourceFile source, List<Problem> others, List<Problem> fixable, int bodyLength,
           List<HalfwidthPunctuation.Spot> spots) {
        this.source = source;
        this.bodyLength = bodyLength;
        this.others = List.copyOf(others);
        this.fixable = List.copyOf(fixable);
        this.spots = List.copyOf(spots);
    }

    /** Every warning, by place. */
    public List<Problem> warnings() {
        List<Problem> all = new ArrayList<>(others);
        all.addAll(fixable);
        all.sort(Problem.ORDER);
        return List.copyOf(all);
    }

    /**
     * The warnings once the body's half-width marks are fixed: the same places and columns for
     * everything else, since each mark becomes exactly one character.
     */
    public List<Problem> warningsAfterFix() {
        List<Problem> rest = new ArrayList<>(others);
        rest.sort(Problem.ORDER);
        return List.copyOf(rest);
    }

    /** The file as problems print it ({@code content/cases/a.md}). */
    public String file() {
        return source.display();
    }

    SourceFile source() {
        return source;
    }

    int bodyLength() {
        return bodyLength;
    }

    List<HalfwidthPunctuation.Spot> spots() {
        return spots;
    }
}
