package org.branchpress.markdown;

import java.nio.file.Path;

/**
 * Where stage 4 puts each rendered body's HTML and plain text until the pages and the search
 * index read them. As Java strings the two are about twice the size of the content folder (CJK:
 * two bytes a character), which is more than a 1 GiB heap holds at 100,000 files; the rest of a
 * rendered body (summary, headings, reading time) is small and stays in memory.
 */
public interface BodyStore extends AutoCloseable {
    /** The body with its texts in this store's keeping; safe to call from several threads. */
    RenderedBody keep(RenderedBody body);

    /** Lets go of what is kept: the bodies kept here can no longer be read. */
    @Override
    void close();

    /** Keeps the texts in memory as they are: check, serve and tests. */
    static BodyStore held() {
        return new BodyStore() {
            @Override
            public RenderedBody keep(RenderedBody body) {
                return body;
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Writes the texts to {@code file} (made new, removed by {@link #close}) and reads each back
     * when asked: the build, whose pages are rendered once each.
     */
    static BodyStore spilled(Path file) {
        return SpilledBodies.create(file);
    }
}
