package org.branchpress.render;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One rendering of the site model (Hugo's output formats): the portal page and the TV slide of
 * an honor roll are two formats of one model object. {@link SiteRenderer} walks one list of
 * them; a new format (print, next) is one more value in that list.
 *
 * @param jobs      its files, given the jobs of the formats before it (the sitemap lists the
 *                  portal's pages)
 * @param ownThread runs on a thread of its own beside the others: the search index merges its
 *                  postings on one thread, which keeps both cores busy with pages meanwhile
 */
record OutputFormat(Output name, Function<List<Job>, List<Job>> jobs, boolean ownThread) {

    /**
     * One unit of rendering: a file, or a set of them (the search index's shards).
     *
     * @param listed whether the sitemap lists it
     */
    record Job(String address, boolean listed, Consumer<BiConsumer<String, byte[]>> write) {

        /** One file whose bytes are made when its turn comes. */
        static Job file(String address, boolean listed, Supplier<byte[]> bytes) {
            return new Job(address, listed, out -> out.accept(address, bytes.get()));
        }
    }
}
