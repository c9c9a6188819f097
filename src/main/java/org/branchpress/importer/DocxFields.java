package org.branchpress.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word's fields as the reader meets them in the runs: {@code begin}, the instruction
 * ({@code HYPERLINK "http://…"}, {@code TOC \o "1-3"}, {@code PAGEREF _Toc1}), {@code separate},
 * the result Word shows, {@code end}. Fields nest, and one may run over many paragraphs (a
 * table of contents does), so the open fields live as long as the story.
 */
final class DocxFields {
    /** Turns a HYPERLINK field's address and bookmark into the link to write, or "" for none. */
    interface Linker {
        String link(String target, String anchor);
    }

    /** One open field. */
    static final class Field {
        private final StringBuilder instruction = new StringBuilder();
        private boolean result;
        private boolean contents;
        private String link = "";
    }

    private static final Pattern HYPERLINK = Pattern.compile("^\\s*HYPERLINK\\b(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private final Deque<Field> open = new ArrayDeque<>();
    private final Linker linker;

    DocxFields(Linker linker) {
        this.linker = linker;
    }

    /** {@code w:fldChar}: begin, separate or end. */
    void character(String type) {
        if ("begin".equals(type)) {
            open.push(new Field());
        } else if ("separate".equals(type) && !open.isEmpty()) {
            separate(open.peek());
        } else if ("end".equals(type) && !open.isEmpty()) {
            open.pop();
        }
    }

    /** {@code w:instrText}. */
    void instruction(String text) {
        if (!open.isEmpty()) {
            open.peek().instruction.append(text);
        }
    }

    /** A {@code w:fldSimple}: its instruction is an attribute, its children are the result. */
    Field simple(String instruction) {
        Field f = new Field();
        f.instruction.append(instruction == null ? "" : instruction);
        separate(f);
        open.push(f);
        return f;
    }

    void close(Field f) {
        open.remove(f);
    }

    /** At a paragraph's end: an instruction never separated would hide everything after it. */
    void endParagraph() {
        open.removeIf(f -> !f.result && !f.contents);
    }

    /** Text between a field's begin and separator is its instruction; the reader sees only results. */
    boolean shown() {
        return open.stream().allMatch(f -> f.result && !f.contents);
    }

    /** Inside a table of contents, which the site makes for itself. */
    boolean inContents() {
        return open.stream().anyMatch(f -> f.contents);
    }

    /** The innermost HYPERLINK field's link, else {@code outer}. */
    String link(String outer) {
        return open.stream().filter(f -> f.result && !f.link.isEmpty()).map(f -> f.link).findFirst().orElse(outer);
    }

    private void separate(Field f) {
        f.result = true;
        String instruction = f.instruction.toString().strip();
        f.contents = instruction.toUpperCase(Locale.ROOT).startsWith("TOC");
        Matcher m = HYPERLINK.matcher(instruction);
        if (!m.matches()) {
            return;
        }
        String target = "";
        String anchor = "";
        boolean anchorNext = false;
        for (Matcher t = TOKEN.matcher(m.group(1)); t.find(); ) {
            String token = t.group(1) != null ? t.group(1) : t.group(2);
            if (t.group(1) == null && token.startsWith("\\")) {
                anchorNext = token.equalsIgnoreCase("\\l"); // \l "bookmark"; \o "tip", \t "frame" are not addresses
            } else if (anchorNext) {
                anchor = token;
                anchorNext = false;
            } else if (target.isEmpty()) {
                target = token;
            }
        }
        f.link = linker.link(target, anchor);
    }
}
