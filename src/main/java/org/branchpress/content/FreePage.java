package org.branchpress.content;

import org.branchpress.source.SourceFile;

/** A free page: 支部简介, 联系方式 … */
public record FreePage(SourceFile source, Meta meta, Body body) implements Document {
}
