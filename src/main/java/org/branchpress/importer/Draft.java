package org.branchpress.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A document as read from a Word draft, a text file or a saved web page, before it becomes a
 * case write-up: its header facts, its body as blocks, and what the reader could not carry over
 * (each warning names the place in the source, so that nothing is dropped without a word).
 */
public record Draft(String title, Optional<LocalDate> date, Optional<String> source, List<Block> blocks,
                    String encoding, Optional<String> author, List<String> warnings) {

    public Draft {
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    /** A draft whose header names no author (a Word draft, most text files), without warnings. */
    public Draft(String title, Optional<LocalDate> date, Optional<String> source, List<Block> blocks, String encoding) {
        this(title, date, source, blocks, encoding, Optional.empty(), List.of());
    }

    /** A draft with an author, without warnings. */
    public Draft(String title, Optional<LocalDate> date, Optional<String> source, List<Block> blocks, String encoding,
                 Optional<String> author) {
        this(title, date, source, blocks, encoding, author, List.of());
    }

    /** A draft without an author, with the reader's warnings. */
    public Draft(String title, Optional<LocalDate> date, Optional<String> source, List<Block> blocks, String encoding,
                 List<String> warnings) {
        this(title, date, source, blocks, encoding, Optional.empty(), warnings);
    }

    /** The same draft with blocks (pictures, tables found apart from the text) added at the end. */
    public Draft withExtra(List<Block> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        List<Block> all = new java.util.ArrayList<>(blocks);
        all.addAll(extra);
        return new Draft(title, date, source, all, encoding, author, warnings);
    }

    /** The same draft with more warnings after its own. */
    public Draft withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Draft(title, date, source, blocks, encoding, author, all);
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Item, ListItem, Table, Image, Footnote {
    }

    /**
     * {@code 一、…} is level 2 ({@code ##}), {@code （一）…} level 3. {@code spans}, when given, are
     * the heading's text with its links and note references; {@code text} is the same as plain text.
     */
    public record Heading(int level, String text, List<Span> spans) implements Block {
        public Heading {
            spans = List.copyOf(spans);
        }

        public Heading(int level, String text) {
            this(level, text, List.of());
        }
    }

    public record Paragraph(List<Span> spans) implements Block {
        public String text() {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    /** An item of an ordered list ({@code 1.}, {@code 1、} in the source), numbered by the renderer. */
    public record Item(List<Span> spans) implements Block {
    }

    /**
     * An item of a list as the source numbered it: a bullet, or an ordered item with its number
     * (Markdown starts a list at its first number, so a list interrupted by a paragraph goes on
     * counting), at a nesting depth (0 = outermost); or a further paragraph of the item before it.
     */
    public record ListItem(Kind kind, int depth, int number, List<Span> spans) implements Block {
        public enum Kind { BULLET, ORDERED, CONTINUED }

        public ListItem {
            spans = List.copyOf(spans);
        }
    }

    /**
     * {@code rows} is the text of each cell; {@code cells}, when given, the same cells with their
     * bold, links, notes and line breaks (a cell of several paragraphs has breaks between them).
     */
    public record Table(List<List<String>> rows, List<List<List<Span>>> cells) implements Block {
        public Table(List<List<String>> rows) {
            this(rows, List.of());
        }
    }

    /** A picture to copy into media/, with its file name there. */
    public record Image(String fileName, byte[] bytes, String alt) implements Block {
    }

    /** A footnote or endnote, written as {@code [^label]: …} after the body. */
    public record Footnote(String label, List<List<Span>> paragraphs) implements Block {
        public Footnote {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A piece of running text. A {@code '\n'} in {@code text} is a line break the writer made;
     * {@code link} is the address it links to, or empty; a span with a {@code note} label is a
     * reference to that footnote, and has no text of its own.
     */
    public record Span(String text, boolean bold, boolean italic, String link, String note) {
        public Span(String text, boolean bold) {
            this(text, bold, false, "", "");
        }

        static Span noteReference(String label) {
            return new Span("", false, false, "", label);
        }

        boolean isNote() {
            return !note.isEmpty();
        }

        Span withText(String t) {
            return new Span(t, bold, italic, link, note);
        }

        Span withBold(boolean b) {
            return new Span(text, b, italic, link, note);
        }
    }
}
