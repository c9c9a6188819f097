package org.branchpress.site;

import java.time.LocalDate;
import java.util.Comparator;

import org.branchpress.content.Document;
import org.branchpress.markdown.RenderedBody;

/** A published document with its page address and its rendered body. */
public record Item<D extends Document>(D document, String address, RenderedBody body) {

    /** Newest first; same day by title, then address, so order never depends on threads. */
    public static final Comparator<Item<?>> NEWEST_FIRST = Comparator
            .comparing((Item<?> i) -> i.date(), Comparator.reverseOrder())
            .thenComparing(i -> i.document().meta().title())
            .thenComparing(Item::address);

    public LocalDate date() {
        return document.meta().date().orElse(LocalDate.MIN);
    }

    public String title() {
        return document.meta().title();
    }
}
