package org.branchpress.content;

import org.branchpress.source.ContentKind;
import org.branchpress.source.SourceFile;

/** One content file, typed by its section. */
public sealed interface Document permits CaseStudy, HonorRoll, Activity, FreePage {
    SourceFile source();

    Meta meta();

    Body body();

    default ContentKind kind() {
        return source().kind();
    }
}
