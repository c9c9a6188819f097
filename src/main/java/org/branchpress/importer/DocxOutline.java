package org.branchpress.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.branchpress.importer.DocxBody.Para;
import org.branchpress.importer.DocxNumbering.Label;

/**
 * The paragraphs of a .docx as the outline of a case: heading styles and outline numbers
 * ({@code 一、} {@code （一）}, typed or numbered by Word) become headings, Word's lists become
 * Markdown lists nested as they were, {@code 一是……。} leads become bold, and a picture takes
 * its caption as alt text. Unlike {@link Outline#block}, the spans keep their links, italic
 * and notes.
 */
final class DocxOutline {
    /** {@code 图1 …}, {@code 图 2-1 …}, {@code 图一 …}, {@code Figure 3 …}. */
    static final Pattern CAPTION = Pattern.compile("^(图|圖|Figure|Fig\\.?)\\s*[0-9０-９一二三四五六七八九十]+.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Bullets that are check boxes: the box says something, a dot does not. */
    private static final Pattern CHECKBOX = Pattern.compile("[☐☑☒✓✔✗✘□]");

    private DocxOutline() {
    }

    static List<Draft.Block> blocks(List<DocxBody.Raw> raw) {
        List<Draft.Block> out = new ArrayList<>();
        Deque<Integer> levels = new ArrayDeque<>(); // the Word list levels of the open items, innermost first
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) instanceof DocxBody.Ready ready) {
                out.add(ready.block() instanceof Draft.Image img ? captioned(img, raw, i) : ready.block());
                levels.clear();
            } else {
                out.add(block((Para) raw.get(i), levels, out.isEmpty() ? null : out.get(out.size() - 1)));
            }
        }
        return out;
    }

    private static Draft.Block block(Para p, Deque<Integer> levels, Draft.Block previous) {
        List<Draft.Span> spans = p.spans();
        Label label = p.label().orElse(null);
        if (p.heading() != 0) {
            levels.clear();
            List<Draft.Span> heading = label == null ? spans : prefixed(label, spans);
            int level = p.heading() < 0 ? 2 : Math.min(p.heading() + 1, 3);
            return heading(level, "", heading, 0, Outline.text(heading).stripTrailing().length());
        }
        if (label != null && label.kind() != Label.Kind.TEXT) {
            while (!levels.isEmpty() && levels.peek() > label.level()) {
                levels.pop();
            }
            if (levels.isEmpty() || levels.peek() < label.level()) {
                levels.push(label.level());
            }
            List<Draft.Span> item = spans;
            Matcher box = CHECKBOX.matcher(label.text());
            if (label.kind() == Label.Kind.BULLET && box.find()) { // a task list's ☐ and ☒ are what it says
                item = new ArrayList<>(List.of(new Draft.Span(box.group() + " ", false)));
                item.addAll(spans);
            }
            return new Draft.ListItem(label.kind() == Label.Kind.BULLET ? Draft.ListItem.Kind.BULLET
                    : Draft.ListItem.Kind.ORDERED, levels.size() - 1, label.number(), item);
        }
        if (previous instanceof Draft.ListItem item && !levels.isEmpty() && (label == null && p.indented()
                || label != null && label.level() > levels.peek())) {
            // an indented paragraph, or a sub-item numbered （1） that Markdown cannot number, stays in the item
            return new Draft.ListItem(Draft.ListItem.Kind.CONTINUED, item.depth(), 0,
                    label == null ? spans : prefixed(label, spans));
        }
        levels.clear();
        Draft.Block block = outline(label == null ? spans : prefixed(label, spans));
        if (block instanceof Draft.ListItem) {
            levels.push(0);
        }
        return block;
    }

    /** A number Markdown cannot show as a list ({@code （一）}, {@code 第一章}, {@code ①}) stays in front of the text. */
    private static List<Draft.Span> prefixed(Label label, List<Draft.Span> spans) {
        String text = switch (label.kind()) {
            case TEXT -> label.text();
            case ORDERED -> label.number() + ". ";
            case BULLET -> "";
        };
        List<Draft.Span> out = new ArrayList<>();
        if (!text.isEmpty()) {
            out.add(new Draft.Span(text, false));
        }
        out.addAll(spans);
        return out;
    }

    /** Outline numbers typed as text, as {@link Outline#block} reads them, keeping the spans. */
    static Draft.Block outline(List<Draft.Span> spans) {
        String raw = Outline.text(spans);
        int lead = raw.length() - raw.stripLeading().length();
        String text = raw.strip();
        Matcher one = Outline.LEVEL1.matcher(text);
        if (one.matches() && text.length() <= 60) {
            return heading(2, one.group(1) + "、", spans, lead + one.start(2), lead + text.length());
        }
        Matcher two = Outline.LEVEL2.matcher(text);
        if (two.matches() && text.length() <= 60) {
            return heading(3, "（" + two.group(1) + "）", spans, lead + two.start(2), lead + text.length());
        }
        Matcher item = Outline.ITEM.matcher(text);
        if (item.matches()) {
            return new Draft.ListItem(Draft.ListItem.Kind.ORDERED, 0, Integer.parseInt(item.group(1)),
                    cut(spans, lead + item.start(2), raw.length()));
        }
        Matcher leadPhrase = Outline.LEAD.matcher(text);
        if (leadPhrase.matches() && spans.stream().noneMatch(Draft.Span::bold)) {
            int end = lead + leadPhrase.end(1);
            List<Draft.Span> out = new ArrayList<>(cut(spans, 0, end).stream().map(s -> s.withBold(true)).toList());
            out.addAll(cut(spans, end, raw.length()));
            return new Draft.Paragraph(out);
        }
        return new Draft.Paragraph(spans);
    }

    private static Draft.Heading heading(int level, String label, List<Draft.Span> spans, int from, int to) {
        String raw = Outline.text(spans);
        int end = to;
        while (end > from && (raw.charAt(end - 1) == '。' || Character.isWhitespace(raw.charAt(end - 1)))) {
            end--; // a heading may end in 。 in the source; headings do not on a page
        }
        List<Draft.Span> out = new ArrayList<>();
        if (!label.isEmpty()) {
            out.add(new Draft.Span(label, false));
        }
        out.addAll(plain(cut(spans, from, end)));
        if (end < to) {
            cut(spans, end, to).stream().filter(Draft.Span::isNote).forEach(out::add);
        }
        return new Draft.Heading(level, Outline.text(out).strip(), out);
    }

    /** A heading is bold already: its spans keep only their links and notes. */
    private static List<Draft.Span> plain(List<Draft.Span> spans) {
        return spans.stream().map(s -> new Draft.Span(s.text(), false, false, s.link(), s.note())).toList();
    }

    /** The spans' text from {@code from} to {@code to}, and the notes that stand there. */
    static List<Draft.Span> cut(List<Draft.Span> spans, int from, int to) {
        List<Draft.Span> out = new ArrayList<>();
        int at = 0;
        for (Draft.Span s : spans) {
            int end = at + s.text().length();
            if (s.isNote()) {
                if (at >= from && at <= to) {
                    out.add(s);
                }
            } else if (end > from && at < to) {
                out.add(s.withText(s.text().substring(Math.max(0, from - at), Math.min(s.text().length(), to - at))));
            }
            at = end;
        }
        return out;
    }

    /**
     * A picture's alt text is its caption when it has one: the paragraph after it (a Caption
     * style, {@code 图1 …}, or a short centred line, as captions are typed in WPS), or a
     * Caption-style or {@code 图1 …} paragraph before it. Otherwise its own description.
     */
    private static Draft.Image captioned(Draft.Image img, List<DocxBody.Raw> raw, int i) {
        Para next = i + 1 < raw.size() && raw.get(i + 1) instanceof Para p ? p : null;
        Para before = i > 0 && raw.get(i - 1) instanceof Para p ? p : null;
        String caption = null;
        if (next != null && next.heading() == 0 && (next.caption() || CAPTION.matcher(next.text()).matches()
                || next.centred() && next.label().isEmpty() && next.text().length() <= 50 && !next.text().endsWith("。"))) {
            caption = next.text();
        } else if (before != null && before.heading() == 0 && (before.caption() || CAPTION.matcher(before.text()).matches())) {
            caption = before.text();
        }
        return caption == null ? img : new Draft.Image(img.fileName(), img.bytes(), caption.replaceAll("\\s+", " "));
    }
}
