package org.branchpress.content;

import java.util.Optional;

import org.branchpress.source.ContentKind;
import org.branchpress.source.SourceFile;

/** 典型案例: a long write-up. {@code origin} is its 来源 (the {@code source} key). */
public record CaseStudy(SourceFile source, Meta meta, Body body, Optional<String> origin,
                        Optional<String> author, Optional<String> branch) implements Document {

    @Override
    public ContentKind kind() {
        return ContentKind.CASE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.caseStudy(this);
    }

    @Override
    public CaseStudy released() {
        return new CaseStudy(source.released(), meta, body.released(), origin, author, branch);
    }
}
