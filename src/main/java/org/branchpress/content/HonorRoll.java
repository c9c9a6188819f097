package org.branchpress.content;

import java.util.List;
import java.util.Optional;

import org.branchpress.source.ContentKind;
import org.branchpress.source.SourceFile;

/** 光荣榜: one roll of an award series ({@code series} is the {@code kind} key). */
public record HonorRoll(SourceFile source, Meta meta, Body body, String series, Optional<String> period,
                        Optional<String> issuer, List<Honoree> entries) implements Document {

    @Override
    public ContentKind kind() {
        return ContentKind.HONOR;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.honorRoll(this);
    }

    @Override
    public HonorRoll released() {
        return new HonorRoll(source.released(), meta, body.released(), series, period, issuer, entries);
    }
}
