package org.branchpress.content;

import java.time.LocalDate;
import java.util.List;

import org.branchpress.source.ContentKind;
import org.branchpress.source.SourceFile;

/**
 * 通知 for the TV screens: a meeting moved, a weather warning. Shown on the screens it names
 * (every screen when it names none) between {@code show_from} and {@code show_until}, which
 * it must have; its {@code meta().date()} is {@code show_from}.
 *
 * @param screens the ids of the screens it shows on; empty: every screen
 * @param urgent  takes over its screens for its window: only urgent notices rotate there
 * @param portal  also published on the portal like a dated item
 */
public record Notice(SourceFile source, Meta meta, Body body, List<String> screens, boolean urgent, boolean portal)
        implements Document {

    public LocalDate from() {
        return meta.showFrom().orElseThrow();
    }

    public LocalDate until() {
        return meta.showUntil().orElseThrow();
    }

    /** Whether it shows on the screen {@code id}. */
    public boolean on(String id) {
        return screens.isEmpty() || screens.contains(id);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.NOTICE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.notice(this);
    }

    @Override
    public Notice released() {
        return new Notice(source.released(), meta, body.released(), screens, urgent, portal);
    }
}
