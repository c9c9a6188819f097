package org.branchpress.problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;

/**
 * Collects the problems of one build. Stages add to it from several threads; the
 * pipeline reads it between stages. Sorted output makes two runs print the same.
 */
public final class Problems {
    private final Set<Problem> list = new LinkedHashSet<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public void error(SourcePosition at, String rule, String message) {
        add(Problem.error(at, rule, message));
    }

    public void warning(SourcePosition at, String rule, String message) {
        add(Problem.warning(at, rule, message));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public synchronized long count(Severity severity) {
        return list.stream().filter(p -> p.severity() == severity).count();
    }

    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.ORDER);
        return List.copyOf(copy);
    }
}
