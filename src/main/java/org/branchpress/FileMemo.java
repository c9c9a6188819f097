package org.branchpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.branchpress.problem.Problem;
import org.branchpress.problem.Problems;

/**
 * One stage's result per file, kept by {@code serve} from one rebuild to the next: a file whose
 * input equals the last one's gets the last result again, and the problems its work reported
 * then are reported again, so a rebuild reports exactly what a cold build would. The build
 * itself uses {@link #none()}, which keeps nothing and reports straight to the build's problems.
 *
 * @param <I> what the stage reads of one file (a record: compared with {@code equals})
 * @param <V> what it makes of it
 */
final class FileMemo<I, V> {
    private record Entry<I, V>(I input, V value, List<Problem> problems) {
    }

    private final boolean keeps;
    private Object context;
    private Map<String, Entry<I, V>> entries = Map.of();

    private FileMemo(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps each result for the next call. */
    static <I, V> FileMemo<I, V> keeping() {
        return new FileMemo<>(true);
    }

    /** Keeps nothing: every call does all the work. */
    static <I, V> FileMemo<I, V> none() {
        return new FileMemo<>(false);
    }

    /**
     * The results of the inputs, in their order.
     *
     * @param context what every result depends on besides its own input (the settings, the set of
     *                pages links resolve against): when it changed, nothing is reused
     * @param file    the file an input is of, as problems name it
     * @param work    makes the results of the inputs it is given, in their order, and reports to
     *                the problems it is given
     */
    synchronized List<V> apply(Object context, List<I> inputs, Function<I, String> file,
                               BiFunction<List<I>, Problems, List<V>> work, Problems problems) {
        if (!keeps) {
            return work.apply(inputs, problems);
        }
        boolean same = Objects.equals(context, this.context);
        List<I> todo = new ArrayList<>();
        List<Entry<I, V>> kept = new ArrayList<>(inputs.size());
        for (I input : inputs) {
            Entry<I, V> e = same ? entries.get(file.apply(input)) : null;
            if (e != null && e.input().equals(input)) {
                kept.add(e);
                e.problems().forEach(problems::add);
            } else {
                kept.add(null);
                todo.add(input);
            }
        }
        Problems fresh = new Problems();
        List<V> made = todo.isEmpty() ? List.of() : work.apply(todo, fresh);
        List<Problem> found = fresh.sorted();
        found.forEach(problems::add);
        Map<String, List<Problem>> byFile = new HashMap<>();
        todo.forEach(i -> byFile.put(file.apply(i), new ArrayList<>()));
        boolean attributed = true;
        for (Problem p : found) {
            List<Problem> of = byFile.get(p.file());
            attributed &= of != null;
            if (of != null) {
                of.add(p);
            }
        }
        Map<String, Entry<I, V>> next = new HashMap<>();
        List<V> values = new ArrayList<>(inputs.size());
        Set<String> seen = new HashSet<>();
        int m = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Entry<I, V> e = kept.get(i);
            if (e == null) {
                I input = todo.get(m);
                e = new Entry<>(input, made.get(m++), List.copyOf(byFile.get(file.apply(input))));
            }
            values.add(e.value());
            attributed &= seen.add(file.apply(e.input()));
            next.put(file.apply(e.input()), e);
        }
        // A problem of another file, or two inputs of one file: no way to say whose work it was,
        // so nothing is kept and the next call does everything again.
        this.entries = attributed ? next : Map.of();
        this.context = attributed ? context : null;
        return values;
    }
}
