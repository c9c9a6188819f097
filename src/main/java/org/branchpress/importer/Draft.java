package org.branchpress.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A document as read from a Word draft, a text file or a saved web page, before it becomes a
 * case write-up: its header facts and its body as blocks.
 */
public record Draft(String title, Optional<LocalDate> date, Optional<String> source, List<Block> blocks,
                    String encoding, Optional<String> author) {

    /** A draft whose header names no author (a Word draft, most text files). */
    public Draft(String title, Optional<LocalDate> date, Optional<String> source, List<Block> blocks, String encoding) {
        this(title, date, source, blocks, encoding, Optional.empty());
    }

    /** The same draft with blocks (pictures, tables found apart from the text) added at the end. */
    public Draft withExtra(List<Block> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<Block> all = new java.util.ArrayList<>(blocks);
        all.addAll(extra);
        return new Draft(title, date, source, List.copyOf(all), encoding, author);
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Item, Table, Image {
    }

    /** {@code 一、…} is level 2 ({@code ##}), {@code （一）…} level 3. */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(List<Span> spans) implements Block {
        public String text() {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    /** An item of an ordered list ({@code 1.}, {@code 1、} in the source). */
    public record Item(List<Span> spans) implements Block {
    }

    public record Table(List<List<String>> rows) implements Block {
    }

    /** A picture to copy into media/, with its file name there. */
    public record Image(String fileName, byte[] bytes, String alt) implements Block {
    }

    public record Span(String text, boolean bold) {
    }
}
