package org.branchpress.serve;

import java.nio.file.Path;
import java.util.Set;

/** Builds the site again after a change. */
@FunctionalInterface
public interface Rebuild {
    /**
     * @param changed the files the watcher saw change in this burst (a hint: the whole content is
     *                read again regardless; empty when the watcher lost track)
     * @param shown   to be told as soon as new pages can be served, before the rest (the search
     *                index) is done: open pages reload then, and once more at the end
     * @return false when the content has errors (the old site stays)
     */
    boolean run(Set<Path> changed, Runnable shown);
}
