package org.branchpress.importer;

import java.time.LocalDate;
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
        for (Draft.Block block : draft.blocks()) {
            if (!(block instanceof Draft.Item && previous instanceof Draft.Item)) {
                md.append('\n');
            }
            previous = block;
            if (block instanceof Draft.Heading h) {
                md.append("#".repeat(h.level())).append(' ').append(escape(script.apply(h.text()), false)).append('\n');
            } else if (block instanceof Draft.Paragraph p) {
                md.append(spans(p.spans(), script)).append('\n');
            } else if (block instanceof Draft.Item i) {
                md.append("1. ").append(spans(i.spans(), script)).append('\n');
            } else if (block instanceof Draft.Table t) {
                table(md, t.rows(), script);
            } else if (block instanceof Draft.Image img) {
                md.append("![").append(escape(script.apply(img.alt()), false)).append("](").append(pictures)
                        .append(img.fileName()).append(")\n");
            }
        }
        return md.toString();
    }

    private static String spans(List<Draft.Span> spans, UnaryOperator<String> script) {
        StringBuilder b = new StringBuilder();
        for (Draft.Span s : spans) {
            String text = escape(script.apply(s.text()), b.length() == 0);
            if (s.bold() && !text.isBlank()) {
                b.append("**").append(text.strip()).append("**");
            } else {
                b.append(text);
            }
        }
        return b.toString().strip();
    }

    private static void table(StringBuilder md, List<List<String>> rows, UnaryOperator<String> script) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        for (int r = 0; r < rows.size(); r++) {
            md.append('|');
            for (int c = 0; c < columns; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                md.append(' ').append(escape(script.apply(cell), false).replace("|", "\\|").replace("\n", " ")).append(" |");
            }
            md.append('\n');
            if (r == 0) {
                md.append('|').append(" --- |".repeat(columns)).append('\n');
            }
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
        String out = b.toString();
        if (lineStart && (out.startsWith("#") || out.matches("^[-+] .*") || out.matches("^\\d+[.)] .*"))) {
            out = "\\" + out;
        }
        return out;
    }

    /** A YAML double-quoted scalar: only backslash and quote need escaping. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
