package org.branchpress.cli;

import java.io.PrintWriter;

/**
 * Progress on a terminal: the current stage and the elapsed time, overwritten in place.
 * Prints nothing when the output is not a terminal (CI logs, scripts).
 */
final class Progress {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final boolean terminal = System.console() != null;
    /** BRANCHPRESS_TIMINGS=1 prints each stage's start time on its own line, for benchmarks. */
    private final boolean timings = System.getenv("BRANCHPRESS_TIMINGS") != null;
    private boolean dirty;

    Progress(PrintWriter err) {
        this.err = err;
    }

    void stage(String message) {
        if (timings) {
            err.println(elapsed() + "  " + message);
        } else if (terminal) {
            err.print("\r\033[K" + message + "  " + elapsed());
            err.flush();
            dirty = true;
        }
    }

    void done() {
        if (dirty) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    String elapsed() {
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("%.1f 秒", seconds);
    }
}
