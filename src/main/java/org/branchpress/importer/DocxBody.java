package org.branchpress.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.branchpress.importer.DocxLosses.Loss;
import org.w3c.dom.Element;

/**
 * The blocks of a .docx in document order: paragraphs (with what the title and outline need to
 * know about them), tables, pictures where they stand, the text of text boxes and content
 * controls, and the footnotes and endnotes referred to. Every paragraph the reader sees counts
 * as {@code 第 N 段}, so that a loss can be named where the officer will find it.
 *
 * <p>Longer than most classes here: the block structure, the count of places and the losses
 * found at each are one walk, and splitting it would pass that state around.
 */
final class DocxBody implements DocxRuns.Story {
    sealed interface Raw permits Para, Ready {
    }

    /** A paragraph, or the part of one before or after a picture in it. */
    record Para(List<Draft.Span> spans, int heading, boolean centred, int size, boolean caption,
                Optional<DocxNumbering.Label> label, boolean indented, String where, boolean whole) implements Raw {
        String text() {
            return Outline.text(spans).strip();
        }

        Para with(List<Draft.Span> text, Optional<DocxNumbering.Label> number) {
            return new Para(List.copyOf(text), heading, centred, size, caption, number, indented, where, whole);
        }

        boolean allBold() {
            return spans.stream().allMatch(s -> s.bold() || s.text().isBlank())
                    && spans.stream().anyMatch(s -> !s.text().isBlank());
        }
    }

    record Ready(Draft.Block block) implements Raw {
    }

    record Read(List<Raw> body, List<Draft.Footnote> notes, DocxLosses losses) {
    }

    /** Tables in text boxes in tables: a draft nests a few; a file made to exhaust the stack nests thousands. */
    static final int MAX_DEPTH = 32;

    /** Thrown when the body nests deeper than {@link #MAX_DEPTH}. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    private final XWPFDocument doc;
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final DocxLosses losses = new DocxLosses();
    private final Map<String, String> noteLabels = new LinkedHashMap<>();
    private final Map<Loss, StringBuilder> pending = new LinkedHashMap<>();
    private DocxRuns runs;
    private int paragraphs;
    private int tables;
    private int pictures;
    private String dropCap = "";

    DocxBody(XWPFDocument doc) {
        this.doc = doc;
        this.styles = new DocxStyles(doc.getStyles());
        this.numbering = new DocxNumbering(doc.getNumbering(), styles);
    }

    DocxStyles styles() {
        return styles;
    }

    Read read() {
        runs = new DocxRuns(styles, doc, this);
        List<Raw> body = new ArrayList<>();
        blocks((Element) doc.getDocument().getBody().getDomNode(), body, 0, null);
        List<Draft.Footnote> notes = new ArrayList<>();
        List<String> keys = new ArrayList<>(noteLabels.keySet());
        for (int i = 0; i < keys.size(); i++) { // a note may refer to another, which is then read too
            notes.add(note(keys.get(i), noteLabels.get(keys.get(i))));
            keys = new ArrayList<>(noteLabels.keySet());
        }
        return new Read(body, notes, losses);
    }

    @Override
    public String note(boolean endnote, String id) {
        String key = (endnote ? "e" : "f") + id;
        String label = noteLabels.get(key);
        if (label == null) {
            label = String.valueOf(noteLabels.size() + 1);
            noteLabels.put(key, label);
        }
        return label;
    }

    @Override
    public void lost(Loss loss, String detail) {
        StringBuilder b = pending.computeIfAbsent(loss, k -> new StringBuilder());
        if (!detail.isBlank()) {
            b.append(b.isEmpty() ? "" : " ").append(detail.strip());
        }
    }

    /** The losses met in the paragraph just read, named at its place (with its first words when none are lost). */
    private void flush(String where, String text) {
        pending.forEach((loss, detail) -> {
            String place = detail.isEmpty() && !text.isBlank() && where.startsWith("第") && where.endsWith("段")
                    ? where + "（“" + DocxLosses.shorten(text, 12) + "”）" : where;
            losses.add(loss, place, detail.toString());
        });
        pending.clear();
    }

    private void blocks(Element container, List<Raw> out, int depth, String where) {
        if (depth > MAX_DEPTH) {
            throw new TooDeep();
        }
        for (Element e : DocxXml.children(container)) {
            if (DocxXml.is(e, DocxXml.MC, "AlternateContent")) {
                Element choice = DocxRuns.alternative(e);
                if (choice != null) {
                    blocks(choice, out, depth + 1, where);
                }
            } else if (DocxXml.W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "p" -> paragraph(e, out, depth, where);
                    case "tbl" -> table(e, out, depth);
                    case "sdt" -> contentControl(e, out, depth, where);
                    case "customXml", "ins", "moveTo" -> blocks(e, out, depth + 1, where);
                    case "del", "moveFrom" -> losses.add(Loss.REVISIONS, "文稿", "");
                    default -> { } // section properties, bookmarks
                }
            }
        }
    }

    private void contentControl(Element sdt, List<Raw> out, int depth, String where) {
        Element content = DocxXml.child(sdt, "sdtContent");
        if (DocxXml.child(DocxXml.child(sdt, "sdtPr"), "showingPlcHdr") != null) {
            String text = DocxXml.text(content, DocxXml.W);
            if (!text.isBlank()) {
                losses.add(Loss.PLACEHOLDER, where != null ? where : "第 " + ++paragraphs + " 段", text);
            }
        } else if (content != null) {
            blocks(content, out, depth + 1, where);
        }
    }

    private void paragraph(Element p, List<Raw> out, int depth, String where) {
        Element pPr = DocxXml.child(p, "pPr");
        String style = styles.paragraphStyle(pPr);
        Optional<DocxNumbering.Label> label = numbering.next(style, pPr);
        List<DocxRuns.Piece> pieces = runs.paragraph(p, style);
        String text = pieces.stream().filter(x -> x instanceof DocxRuns.Text).map(x -> ((DocxRuns.Text) x).span().text())
                .reduce("", String::concat);
        boolean seen = !blank(text) || pieces.stream().anyMatch(x -> !(x instanceof DocxRuns.Text)) || !pending.isEmpty();
        String place = where != null ? where : seen ? "第 " + ++paragraphs + " 段" : "";
        flush(place, text);
        if (DocxXml.attr(DocxXml.child(pPr, "framePr"), DocxXml.W, "dropCap") != null) {
            dropCap += text.strip(); // a drop cap is the first letter of the next paragraph, in a frame of its own
            return;
        }
        Para shape = shape(p, pPr, style, text, place, pieces.stream().noneMatch(x -> x instanceof DocxRuns.Picture));
        for (Element box : split(pieces, shape, label, out)) {
            int before = out.size();
            blocks(box, out, depth + 1, where != null ? where : place + "的文本框");
            if (out.size() > before) {
                losses.add(Loss.TEXT_BOX, place, "");
            }
        }
    }

    /** What the title, outline and captions need to know of a paragraph, without its text yet. */
    private Para shape(Element p, Element pPr, String style, String text, String place, boolean whole) {
        Element firstRun = DocxXml.descendants(p, DocxXml.W, "r").stream().filter(r -> DocxXml.child(r, "t") != null)
                .findFirst().orElse(null);
        Element ind = styles.paragraphProperty(style, pPr, "ind");
        boolean indented = DocxXml.integer(DocxXml.attr(ind, DocxXml.W, "left"), 0) > 0
                || DocxXml.integer(DocxXml.attr(ind, DocxXml.W, "start"), 0) > 0
                || "0".equals(DocxXml.val(DocxXml.path(pPr, "numPr", "numId"))); // numbering switched off in a list
        return new Para(List.of(), styles.headingLevel(style, pPr, text), styles.centred(style, pPr),
                styles.runSize(firstRun == null ? null : DocxXml.child(firstRun, "rPr"), style), styles.isCaption(style),
                Optional.empty(), indented, place, whole);
    }

    /** The paragraph's text cut at its pictures, which stand between the parts; returns its text boxes. */
    private List<Element> split(List<DocxRuns.Piece> pieces, Para shape, Optional<DocxNumbering.Label> label,
                                List<Raw> out) {
        List<Draft.Span> spans = new ArrayList<>();
        List<Element> boxes = new ArrayList<>();
        for (DocxRuns.Piece piece : pieces) {
            if (piece instanceof DocxRuns.Text t) {
                spans.add(t.span());
            } else if (piece instanceof DocxRuns.Box box) {
                boxes.add(box.content());
            } else if (piece instanceof DocxRuns.Picture picture) {
                if (hasText(spans)) {
                    out.add(shape.with(withDropCap(spans), label));
                    label = Optional.empty(); // the number belongs to the paragraph's start
                }
                spans.clear();
                DocxPictures.Found f = picture.picture();
                out.add(new Ready(new Draft.Image("picture-" + ++pictures + "." + f.extension(), f.bytes(),
                        f.description())));
            }
        }
        if (hasText(spans)) {
            out.add(shape.with(withDropCap(spans), label));
        }
        return boxes;
    }

    private List<Draft.Span> withDropCap(List<Draft.Span> spans) {
        List<Draft.Span> out = new ArrayList<>(spans);
        if (!dropCap.isEmpty()) {
            out.add(0, new Draft.Span(dropCap, false));
            dropCap = "";
        }
        return List.copyOf(out);
    }

    private static boolean hasText(List<Draft.Span> spans) {
        return !blank(Outline.text(spans)) || spans.stream().anyMatch(Draft.Span::isNote);
    }

    /** Nothing a reader would see: spaces of any width, no-break spaces, zero-width spaces. */
    static boolean blank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B
                || c == 0xFEFF);
    }

    private void table(Element tbl, List<Raw> out, int depth) {
        int number = ++tables;
        List<Raw> after = new ArrayList<>();
        Draft.Table table = DocxCells.table(tbl, number, (cell, place) -> {
            List<Raw> inner = new ArrayList<>();
            blocks(cell, inner, depth + 1, place);
            return inner;
        }, after, () -> losses.add(Loss.PICTURE_IN_TABLE, "第 " + number + " 个表格", ""));
        if (!table.rows().isEmpty()) {
            out.add(new Ready(table));
        }
        out.addAll(after);
    }

    private Draft.Footnote note(String key, String label) {
        boolean endnote = key.startsWith("e");
        int id = DocxXml.integer(key.substring(1), Integer.MIN_VALUE);
        XWPFAbstractFootnoteEndnote note = id == Integer.MIN_VALUE ? null
                : endnote ? doc.getEndnoteByID(id) : doc.getFootnoteByID(id);
        String where = (endnote ? "尾注 " : "脚注 ") + label;
        if (note == null || note.getCTFtnEdn() == null) {
            losses.add(Loss.MISSING_NOTE, "第 " + label + " 个注释", "");
            return new Draft.Footnote(label, List.of());
        }
        DocxRuns outer = runs;
        runs = new DocxRuns(styles, note.getPart(), this);
        List<Raw> inner = new ArrayList<>();
        blocks((Element) note.getCTFtnEdn().getDomNode(), inner, 1, where);
        runs = outer;
        return new Draft.Footnote(label, DocxCells.paragraphs(inner, () -> losses.add(Loss.PICTURE_IN_NOTE, where, "")));
    }
}
