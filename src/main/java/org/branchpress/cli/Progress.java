package org.branchpress.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress while a build runs. On a terminal: the current stage and the elapsed time on one
 * line, refreshed twice a second so a long stage visibly moves. Elsewhere (a log, a pipe):
 * nothing for a quick build, one line per stage once the build has taken over a second.
 */
final class Progress {
    private static final double QUIET_SECONDS = 1.0;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final boolean terminal = System.console() != null;
    /** BRANCHPRESS_TIMINGS=1 prints each stage's start time on its own line, for benchmarks. */
    private final boolean timings = System.getenv("BRANCHPRESS_TIMINGS") != null;
    private ScheduledExecutorService ticker;
    private String current;
    private boolean dirty;

    Progress(PrintWriter err) {
        this.err = err;
    }

    synchronized void stage(String message) {
        current = message;
        if (timings) {
            err.println(elapsed() + "  " + message);
        } else if (terminal) {
            redraw();
            if (ticker == null) {
                ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "progress");
                    t.setDaemon(true);
                    return t;
                });
                ticker.scheduleAtFixedRate(this::redraw, 500, 500, TimeUnit.MILLISECONDS);
            }
        } else if (seconds() > QUIET_SECONDS) {
            err.println(message + "（" + elapsed() + "）");
        }
    }

    private synchronized void redraw() {
        if (current != null) {
            err.print("\r\033[K" + current + "  " + elapsed());
            err.flush();
            dirty = true;
        }
    }

    synchronized void done() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        current = null;
        if (dirty) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    String elapsed() {
        return String.format("%.1f 秒", seconds());
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }
}
