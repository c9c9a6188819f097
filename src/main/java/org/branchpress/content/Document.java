package org.branchpress.content;

import org.branchpress.source.ContentKind;
import org.branchpress.source.SourceFile;

/**
 * One content file, typed by its section. Code that reads a kind's own fields dispatches
 * with {@link #accept}: a new kind adds a method to {@link Visitor}, and the compiler names
 * every place that must handle it (Java 17 has no pattern {@code switch} without preview).
 */
public sealed interface Document permits CaseStudy, HonorRoll, Activity, FreePage, Notice {
    SourceFile source();

    Meta meta();

    Body body();

    /** The kind's descriptor; each record names its own, so type and descriptor always agree. */
    ContentKind kind();

    <R> R accept(Visitor<R> visitor);

    /**
     * The same document without its file's text and Markdown: what the site model keeps once the
     * body is rendered (stage 4). Reading either text of it afterwards is a bug, and fails.
     */
    Document released();

    /** One method per kind: an exhaustive dispatch over the sealed Document. */
    interface Visitor<R> {
        R caseStudy(CaseStudy c);

        R honorRoll(HonorRoll h);

        R activity(Activity a);

        R freePage(FreePage p);

        R notice(Notice n);
    }
}
