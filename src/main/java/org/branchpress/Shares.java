package org.branchpress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A list mapped on every core, each taking the next element as soon as it is free. A parallel
 * stream splits a list into a few equal runs up front (four on two cores); when the runs cost
 * unequally (a long case write-up beside short activity records), one core works on alone at
 * the end. Taking one element at a time keeps both busy to the last.
 */
final class Shares {
    private Shares() {
    }

    /** {@code f} of every element, in the list's order; the first failure is thrown. */
    static <T, R> List<R> map(List<T> list, Function<? super T, ? extends R> f) {
        int n = list.size();
        Object[] out = new Object[n];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                out[i] = f.apply(list.get(i));
            }
        };
        int helpers = Math.min(n, ForkJoinPool.getCommonPoolParallelism());
        List<ForkJoinTask<?>> tasks = new ArrayList<>(helpers);
        for (int h = 0; h < helpers && n > 1; h++) {
            tasks.add(ForkJoinPool.commonPool().submit(work));
        }
        Throwable failed = null;
        try {
            work.run(); // the calling thread takes its share too
        } catch (RuntimeException | Error e) {
            next.set(n); // the others stop at their next element
            failed = e;
        }
        for (ForkJoinTask<?> task : tasks) {
            try {
                task.join();
            } catch (RuntimeException | Error e) {
                if (failed == null) {
                    failed = e;
                }
            }
        }
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> result = (List<R>) java.util.Arrays.asList(out);
        return java.util.Collections.unmodifiableList(result);
    }
}
