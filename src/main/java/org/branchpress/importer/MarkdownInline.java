package org.branchpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Running text as Markdown: bold and italic, links, footnote references and line breaks, with
 * everything else escaped so that it reads as the writer typed it.
 */
final class MarkdownInline {
    /** Where the text goes: each place has its own way to break a line, and its own markup it may not hold. */
    enum Mode {
        /** A paragraph, list item or note: a line break is a hard break ({@code \} at the line's end). */
        PARAGRAPH,
        /** A heading is one line and bold already: breaks are joined, emphasis left out. */
        HEADING,
        /** A GFM table cell is one line: a break (or a new paragraph in the cell) is {@code <br>}. */
        CELL
    }

    private MarkdownInline() {
    }

    static String render(List<Draft.Span> spans, Mode mode, UnaryOperator<String> script) {
        List<String> lines = new ArrayList<>();
        for (List<Draft.Span> line : lines(spans)) {
            String text = line(line, mode, script).strip();
            if (!text.isEmpty()) {
                lines.add(mode == Mode.PARAGRAPH ? MarkdownWriter.guardLineStart(text) : text);
            }
        }
        if (mode == Mode.HEADING) {
            StringBuilder joined = new StringBuilder();
            for (String line : lines) {
                // Chinese runs on without a space; a break between Latin words was a space.
                if (!joined.isEmpty() && !(cjk(joined.charAt(joined.length() - 1)) && cjk(line.charAt(0)))) {
                    joined.append(' ');
                }
                joined.append(line);
            }
            String heading = joined.toString();
            return heading.matches("(?s).*\\s#+") ? heading.substring(0, heading.length() - 1) + "\\#" : heading;
        }
        return String.join(mode == Mode.CELL ? "<br>" : "\\\n", lines);
    }

    /** The spans cut at every line break. */
    private static List<List<Draft.Span>> lines(List<Draft.Span> spans) {
        List<List<Draft.Span>> lines = new ArrayList<>();
        List<Draft.Span> current = new ArrayList<>();
        for (Draft.Span s : spans) {
            String[] parts = s.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
                if (!parts[i].isEmpty() || s.isNote()) {
                    current.add(s.withText(parts[i]));
                }
            }
        }
        lines.add(current);
        return lines;
    }

    /** One line: links around their text, notes as {@code [^n]}, emphasis inside. */
    private static String line(List<Draft.Span> spans, Mode mode, UnaryOperator<String> script) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < spans.size()) {
            Draft.Span first = spans.get(i);
            if (first.isNote()) {
                out.append("[^").append(first.note()).append(']');
                i++;
                continue;
            }
            int end = i;
            while (end < spans.size() && !spans.get(end).isNote() && spans.get(end).link().equals(first.link())) {
                end++;
            }
            String text = emphasis(spans.subList(i, end), mode, script);
            if (first.link().isEmpty() || text.isBlank()) {
                out.append(text);
            } else {
                String lead = text.substring(0, text.length() - text.stripLeading().length());
                String trail = text.substring(text.stripTrailing().length());
                out.append(lead).append('[').append(text.strip()).append("](").append(destination(first.link()))
                        .append(')').append(trail);
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * Emphasis as nested delimiters, opened and closed like tags: of two that open together the
     * one that lasts longer goes outside, so {@code *a **b**.*} rather than {@code *a* ***b****.*};
     * spaces at either end stay outside the delimiters, or CommonMark would not close them.
     */
    private static String emphasis(List<Draft.Span> spans, Mode mode, UnaryOperator<String> script) {
        StringBuilder out = new StringBuilder();
        List<String> open = new ArrayList<>();
        String space = "";
        for (int i = 0; i < spans.size(); i++) {
            String t = MarkdownWriter.escape(script.apply(spans.get(i).text()), false);
            t = mode == Mode.CELL ? t.replace("|", "\\|") : t;
            if (t.isBlank()) {
                space += t;
                continue;
            }
            List<String> wanted = wanted(spans.get(i), mode);
            int keep = 0;
            while (keep < open.size() && wanted.contains(open.get(keep))) {
                keep++;
            }
            for (int k = open.size() - 1; k >= keep; k--) {
                out.append(open.remove(k));
            }
            out.append(space).append(t, 0, t.length() - t.stripLeading().length());
            List<String> opening = new ArrayList<>(wanted);
            opening.removeAll(open);
            int from = i;
            opening.sort((a, b) -> run(spans, from, b, mode) - run(spans, from, a, mode));
            for (String d : opening) {
                out.append(d);
                open.add(d);
            }
            out.append(t.strip());
            space = t.substring(t.stripTrailing().length());
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            out.append(open.get(k));
        }
        return out.append(space).toString();
    }

    private static List<String> wanted(Draft.Span s, Mode mode) {
        List<String> wanted = new ArrayList<>();
        if (mode != Mode.HEADING && s.bold()) {
            wanted.add("**");
        }
        if (mode != Mode.HEADING && s.italic()) {
            wanted.add("*");
        }
        return wanted;
    }

    /** How much text from span {@code i} on keeps the delimiter (blank spans do not end it). */
    private static int run(List<Draft.Span> spans, int i, String delimiter, Mode mode) {
        int n = 0;
        for (int j = i; j < spans.size(); j++) {
            if (spans.get(j).text().isBlank()) {
                continue;
            }
            if (!wanted(spans.get(j), mode).contains(delimiter)) {
                break;
            }
            n += spans.get(j).text().length();
        }
        return n;
    }

    /** An address as a Markdown link destination: the characters that would end it are %-escaped. */
    static String destination(String url) {
        StringBuilder b = new StringBuilder();
        for (char c : url.strip().toCharArray()) {
            switch (c) {
                case ' ' -> b.append("%20");
                case '(' -> b.append("%28");
                case ')' -> b.append("%29");
                case '<' -> b.append("%3C");
                case '>' -> b.append("%3E");
                case '\\' -> b.append("%5C");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static boolean cjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
