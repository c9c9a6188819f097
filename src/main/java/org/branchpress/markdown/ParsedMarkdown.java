package org.branchpress.markdown;

import java.util.OptionalInt;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A body parsed once by {@link MarkdownEngine#parse}: the tree the page is rendered from, and
 * the one the writing lint reads, so the two never disagree about what is text, emphasis or
 * an address.
 *
 * @param markdown    the body's Markdown (LF line ends); the tree's offsets index into it
 * @param tree        the flexmark tree, bare Chinese addresses already trimmed as rendered
 * @param tooDeepLine the body's 0-based line that nests deeper than {@link MarkdownEngine#MAX_DEPTH}:
 *                    such a tree is never walked (rendering it would overflow the stack)
 */
public record ParsedMarkdown(String markdown, Document tree, OptionalInt tooDeepLine) {

    /** False when the body nests too deeply: neither page nor lint may walk the tree. */
    public boolean walkable() {
        return tooDeepLine.isEmpty();
    }
}
