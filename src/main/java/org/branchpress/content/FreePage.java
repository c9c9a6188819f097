package org.branchpress.content;

import org.branchpress.source.ContentKind;
import org.branchpress.source.SourceFile;

/** A free page: 支部简介, 联系方式 … */
public record FreePage(SourceFile source, Meta meta, Body body) implements Document {

    @Override
    public ContentKind kind() {
        return ContentKind.PAGE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.freePage(this);
    }

    @Override
    public FreePage released() {
        return new FreePage(source.released(), meta, body.released());
    }
}
