package org.branchpress;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.branchpress.content.Document;
import org.branchpress.lint.Linted;
import org.branchpress.lint.WritingLint;
import org.branchpress.markdown.BodyStore;
import org.branchpress.markdown.MarkdownEngine;
import org.branchpress.markdown.ParsedMarkdown;
import org.branchpress.markdown.RenderedBody;
import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.site.Item;

/**
 * Stage 4's value: the rendered bodies of the published documents, and what the writing lint
 * found in every body when check asked. Each body is parsed once; the lint reads that tree
 * before rendering reads it, so the two see the same Markdown. Trees are dropped as soon as a
 * body is done, and each item holds its document {@link Document#released released} and its
 * HTML and text in the store's keeping: memory holds what lists and screens need, not the texts.
 */
record Bodies(List<Item<?>> items, List<Linted> linted) {

    /** One document's body: its page when it has one, its lint findings when asked. */
    private record Body(Optional<Item<?>> item, Optional<Linted> linted) {
    }

    /**
     * @param documents the bodies to parse, in the order of the items
     * @param pages     page address by source path, for the documents that have a page
     * @param store     where the items' HTML and plain text are kept
     */
    static Bodies of(MarkdownEngine engine, Optional<WritingLint> writing, List<Document> documents,
                     Map<String, String> pages, BodyStore store, Problems problems) {
        List<Body> done = Shares.map(documents, d -> body(engine, writing, d,
                Optional.ofNullable(pages.get(d.source().relative())), store, problems));
        return new Bodies(done.stream().flatMap(b -> b.item().stream()).toList(),
                done.stream().flatMap(b -> b.linted().stream()).toList());
    }

    private static Body body(MarkdownEngine engine, Optional<WritingLint> writing, Document d,
                             Optional<String> address, BodyStore store, Problems problems) {
        SourcePosition at = new SourcePosition(d.source().display(), d.body().firstLine(), 1);
        try {
            ParsedMarkdown parsed = engine.parse(d.body().markdown(), at);
            Optional<Linted> linted = writing.map(w -> w.check(d, parsed));
            return new Body(address.map(a -> new Item<>(d.released(), a, store.keep(engine.render(parsed,
                    d.source().folder(), a, at, d.meta().summary().orElse(null))))), linted);
        } catch (StackOverflowError tooComplex) {
            // the depth check should stop any body first; a last guard, never a crash. A body
            // without a page is not the build's concern: it goes unlinted, as build leaves it
            address.ifPresent(a -> problems.error(at, "markdown/too-deep",
                    "正文的结构太复杂，无法生成页面：请减少嵌套的引用、列表和强调。"));
            return new Body(address.map(a -> new Item<>(d.released(), a, RenderedBody.empty())),
                    Optional.empty());
        }
    }
}
