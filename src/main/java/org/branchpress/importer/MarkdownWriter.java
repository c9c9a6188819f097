package org.branchpress.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A draft as a case write-up: front matter, then Markdown the build renders as the outline meant. */
final class MarkdownWriter {
    private MarkdownWriter() {
    }

    /**
     * @param pictures folder of the copied pictures, relative to content/cases/ ({@code ../media/imported/x/})
     * @param script   traditional/simplified conversion of every text, or identity
     */
    static String write(Draft draft, LocalDate date, String pictures, UnaryOperator<String> script) {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(quote(script.apply(draft.title()))).append('\n');
        md.append("date: ").append(date).append('\n');
        draft.source().ifPresent(s -> md.append("source: ").append(quote(script.apply(s))).append('\n'));
        draft.author().ifPresent(a -> md.append("author: ").append(quote(script.apply(a))).append('\n'));
        md.append("---\n");
        Draft.Block previous = null;
        List<Integer> listIndents = new ArrayList<>(); // content column of the open item at each depth
        for (Draft.Block block : draft.blocks()) {
            if (!(block instanceof Draft.Item && previous instanceof Draft.Item) && !tight(previous, block)) {
                md.append('\n');
            }
            if (!(block instanceof Draft.ListItem)) {
                listIndents.clear();
            }
            previous = block;
            if (block instanceof Draft.Heading h) {
                String text = h.spans().isEmpty() ? escape(script.apply(h.text()), false)
                        : MarkdownInline.render(h.spans(), MarkdownInline.Mode.HEADING, script);
                md.append("#".repeat(h.level())).append(' ').append(text).append('\n');
            } else if (block instanceof Draft.Paragraph p) {
                md.append(MarkdownInline.render(p.spans(), MarkdownInline.Mode.PARAGRAPH, script)).append('\n');
            } else if (block instanceof Draft.Item i) {
                md.append("1. ").append(MarkdownInline.render(i.spans(), MarkdownInline.Mode.PARAGRAPH, script)).append('\n');
            } else if (block instanceof Draft.ListItem item) {
                listItem(md, item, listIndents, script);
            } else if (block instanceof Draft.Table t) {
                table(md, t, script);
            } else if (block instanceof Draft.Image img) {
                md.append("![").append(escape(script.apply(img.alt()), false).replace('\n', ' ')).append("](")
                        .append(pictures).append(img.fileName()).append(")\n");
            } else if (block instanceof Draft.Footnote note) {
                footnote(md, note, script);
            }
        }
        return md.toString();
    }

    /** Items of one list follow each other without a blank line, so the list stays tight. */
    private static boolean tight(Draft.Block previous, Draft.Block block) {
        return previous instanceof Draft.ListItem a && block instanceof Draft.ListItem b
                && a.kind() != Draft.ListItem.Kind.CONTINUED && b.kind() != Draft.ListItem.Kind.CONTINUED;
    }

    /**
     * A nested item is indented to the text of the item it belongs to ({@code 1. } is three
     * columns, {@code 10. } four, {@code - } two), which is how CommonMark tells nesting.
     */
    private static void listItem(StringBuilder md, Draft.ListItem item, List<Integer> indents,
                                 UnaryOperator<String> script) {
        int depth = Math.min(item.depth(), item.kind() == Draft.ListItem.Kind.CONTINUED ? indents.size() - 1
                : indents.size());
        if (depth < 0) { // a further paragraph with no item before it is a paragraph
            md.append(MarkdownInline.render(item.spans(), MarkdownInline.Mode.PARAGRAPH, script)).append('\n');
            return;
        }
        int outer = depth == 0 ? 0 : indents.get(depth - 1);
        String text = MarkdownInline.render(item.spans(), MarkdownInline.Mode.PARAGRAPH, script);
        int column;
        if (item.kind() == Draft.ListItem.Kind.CONTINUED) {
            column = indents.get(depth);
            md.append(" ".repeat(column));
        } else {
            String marker = item.kind() == Draft.ListItem.Kind.BULLET ? "- " : item.number() + ". ";
            column = outer + marker.length();
            md.append(" ".repeat(outer)).append(marker);
            while (indents.size() > depth) {
                indents.remove(indents.size() - 1);
            }
            indents.add(column);
        }
        md.append(text.replace("\n", "\n" + " ".repeat(column))).append('\n');
    }

    private static void table(StringBuilder md, Draft.Table t, UnaryOperator<String> script) {
        List<List<String>> rows = new ArrayList<>();
        if (t.cells().isEmpty()) {
            for (List<String> row : t.rows()) {
                rows.add(row.stream().map(cell -> escape(script.apply(cell), false).replace("|", "\\|")
                        .replace("\n", " ")).toList());
            }
        } else {
            for (List<List<Draft.Span>> row : t.cells()) {
                rows.add(row.stream().map(cell -> MarkdownInline.render(cell, MarkdownInline.Mode.CELL, script)).toList());
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        for (int r = 0; r < rows.size(); r++) {
            md.append('|');
            for (int c = 0; c < columns; c++) {
                md.append(' ').append(c < rows.get(r).size() ? rows.get(r).get(c) : "").append(" |");
            }
            md.append('\n');
            if (r == 0) {
                md.append('|').append(" --- |".repeat(columns)).append('\n');
            }
        }
    }

    /** {@code [^1]: text}; a note's further paragraphs are indented four spaces, as the extension reads them. */
    private static void footnote(StringBuilder md, Draft.Footnote note, UnaryOperator<String> script) {
        md.append("[^").append(note.label()).append("]: ");
        boolean first = true;
        for (List<Draft.Span> paragraph : note.paragraphs()) {
            String text = MarkdownInline.render(paragraph, MarkdownInline.Mode.PARAGRAPH, script).replace("\n", "\n    ");
            md.append(first ? "" : "\n    ").append(text).append('\n');
            first = false;
        }
        if (first) {
            md.append('\n');
        }
    }

    /** Text as it was written: characters Markdown would read as markup are escaped. */
    static String escape(String text, boolean lineStart) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return lineStart ? guardLineStart(b.toString()) : b.toString();
    }

    /** A line that would start a block (a heading, a list item, a setext underline, a fence) is kept as text. */
    static String guardLineStart(String out) {
        if (out.startsWith("#") || out.matches("^[-+](\\s.*)?") || out.matches("^(-+|=+|~~~.*)\\s*")) {
            return "\\" + out;
        }
        if (out.matches("^\\d{1,9}[.)](\\s.*)?")) {
            int mark = 0;
            while (out.charAt(mark) >= '0' && out.charAt(mark) <= '9') {
                mark++;
            }
            return out.substring(0, mark) + "\\" + out.substring(mark); // 1\. stays text; \1. would show the \
        }
        return out;
    }

    /** A YAML double-quoted scalar: only backslash and quote need escaping. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
