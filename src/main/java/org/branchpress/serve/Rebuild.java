package org.branchpress.serve;

/** Builds the site again after a change. */
@FunctionalInterface
public interface Rebuild {
    /**
     * @param shown to be told as soon as the new pages can be served, before the rest (the search
     *              index) is done: open pages reload then, and once more at the end
     * @return false when the content has errors (the old site stays)
     */
    boolean run(Runnable shown);
}
