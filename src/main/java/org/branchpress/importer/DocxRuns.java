package org.branchpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.branchpress.importer.DocxLosses.Loss;
import org.w3c.dom.Element;

/**
 * The inside of a paragraph: runs with their bold and italic, hyperlinks (elements and
 * HYPERLINK fields), content controls, tracked insertions, line breaks, note references, and
 * the pictures and text boxes that sit in runs. Fields may run over several paragraphs (a
 * table of contents does), so their state lives as long as the story: the body, or the notes.
 */
final class DocxRuns {
    sealed interface Piece permits Text, Picture, Box {
    }

    record Text(Draft.Span span) implements Piece {
    }

    record Picture(DocxPictures.Found picture) implements Piece {
    }

    /** A text box ({@code w:txbxContent}): paragraphs of its own, put after the paragraph it sits in. */
    record Box(Element content) implements Piece {
    }

    /** What the walker needs from the story it walks: labels for notes, a place for losses. */
    interface Story {
        String note(boolean endnote, String id);

        void lost(Loss loss, String detail);
    }

    private static final Pattern WEB = Pattern.compile("^(https?|ftp|mailto|tel):.*", Pattern.CASE_INSENSITIVE);

    private final DocxStyles styles;
    private final POIXMLDocumentPart part;
    private final Story story;
    private final DocxFields fields = new DocxFields(this::fieldLink);
    private String paragraphStyle;
    private List<Piece> out;

    DocxRuns(DocxStyles styles, POIXMLDocumentPart part, Story story) {
        this.styles = styles;
        this.part = part;
        this.story = story;
    }

    List<Piece> paragraph(Element p, String style) {
        this.paragraphStyle = style;
        this.out = new ArrayList<>();
        inline(p, "");
        fields.endParagraph();
        return out;
    }

    private void inline(Element parent, String link) {
        for (Element e : DocxXml.children(parent)) {
            if (DocxXml.is(e, DocxXml.MATH, "oMath") || DocxXml.is(e, DocxXml.MATH, "oMathPara")) {
                story.lost(Loss.EQUATION, DocxXml.text(e, DocxXml.MATH));
            } else if (DocxXml.is(e, DocxXml.MC, "AlternateContent")) {
                Element choice = alternative(e);
                if (choice != null) {
                    inline(choice, link);
                }
            } else if (DocxXml.W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "r" -> run(e, link);
                    case "hyperlink" -> inline(e, hyperlink(e, link));
                    case "sdt" -> contentControl(e, link);
                    case "smartTag", "customXml", "ins", "moveTo", "dir", "bdo" -> inline(e, link);
                    case "fldSimple" -> simpleField(e, link);
                    case "del", "moveFrom" -> story.lost(Loss.REVISIONS, "");
                    default -> { } // pPr, bookmarks, comment ranges, proofing marks: no text of their own
                }
            }
        }
    }

    /** {@code mc:Choice} when there is one (Word's own drawing), else {@code mc:Fallback}: never both. */
    static Element alternative(Element alternateContent) {
        Element fallback = null;
        for (Element c : DocxXml.children(alternateContent)) {
            if (DocxXml.is(c, DocxXml.MC, "Choice")) {
                return c;
            }
            if (DocxXml.is(c, DocxXml.MC, "Fallback")) {
                fallback = c;
            }
        }
        return fallback;
    }

    private void contentControl(Element sdt, String link) {
        Element content = DocxXml.child(sdt, "sdtContent");
        if (DocxXml.child(DocxXml.child(sdt, "sdtPr"), "showingPlcHdr") != null) {
            story.lost(Loss.PLACEHOLDER, DocxXml.text(content, DocxXml.W));
        } else if (content != null) {
            inline(content, link);
        }
    }

    private void simpleField(Element field, String link) {
        DocxFields.Field f = fields.simple(DocxXml.attr(field, DocxXml.W, "instr"));
        inline(field, link);
        fields.close(f);
    }

    private void run(Element r, String link) {
        Element rPr = DocxXml.child(r, "rPr");
        if (styles.runToggle(rPr, paragraphStyle, "vanish")) {
            story.lost(Loss.HIDDEN, DocxXml.text(r, DocxXml.W));
            return;
        }
        boolean bold = styles.runToggle(rPr, paragraphStyle, "b");
        boolean italic = styles.runToggle(rPr, paragraphStyle, "i");
        int before = out.size();
        runContent(r, link, bold, italic);
        String position = DocxXml.val(DocxXml.child(rPr, "vertAlign"));
        if ("superscript".equals(position) || "subscript".equals(position)) {
            for (int i = before; i < out.size(); i++) {
                if (out.get(i) instanceof Text t && !t.span().isNote()) {
                    out.set(i, new Text(t.span().withText(Numerals.raised(t.span().text(), position.equals("superscript")))));
                }
            }
        }
    }


    private void runContent(Element r, String link, boolean bold, boolean italic) {
        for (Element c : DocxXml.children(r)) {
            if (DocxXml.is(c, DocxXml.MC, "AlternateContent")) {
                Element choice = alternative(c);
                if (choice != null) {
                    runContent(choice, link, bold, italic);
                }
                continue;
            }
            if (!DocxXml.W.equals(c.getNamespaceURI())) {
                continue;
            }
            switch (c.getLocalName()) {
                case "t" -> text(DocxXml.content(c), link, bold, italic);
                case "tab", "ptab" -> text(" ", link, bold, italic);
                case "br", "cr" -> text("\n", link, bold, italic);
                case "noBreakHyphen" -> text("-", link, bold, italic);
                case "sym" -> story.lost(Loss.SYMBOL, "");
                case "footnoteReference", "endnoteReference" -> {
                    String id = DocxXml.attr(c, DocxXml.W, "id");
                    if (fields.shown() && id != null) {
                        out.add(new Text(Draft.Span.noteReference(story.note(c.getLocalName().startsWith("end"), id))));
                    }
                }
                case "fldChar" -> fields.character(DocxXml.attr(c, DocxXml.W, "fldCharType"));
                case "instrText" -> fields.instruction(DocxXml.content(c));
                case "drawing", "pict", "object" -> {
                    if (fields.shown()) {
                        graphic(c);
                    }
                }
                case "ruby" -> inline(DocxXml.child(c, "rubyBase") == null ? c : DocxXml.child(c, "rubyBase"), link);
                case "commentReference" -> story.lost(Loss.COMMENTS, "");
                default -> { } // delText, footnoteRef, separators, page-break marks, properties
            }
        }
    }

    private void text(String text, String link, boolean bold, boolean italic) {
        if (text.isEmpty()) {
            return;
        }
        if (fields.inContents()) {
            story.lost(Loss.TOC, text);
        } else if (fields.shown()) {
            out.add(new Text(new Draft.Span(text, bold, italic, fields.link(link), "")));
        }
    }

    private String fieldLink(String target, String anchor) {
        return target.isEmpty() ? internal(anchor) : web(target + (anchor.isEmpty() ? "" : "#" + anchor));
    }

    private String hyperlink(Element h, String outer) {
        String id = DocxXml.attr(h, DocxXml.R, "id");
        String anchor = DocxXml.attr(h, DocxXml.W, "anchor");
        PackageRelationship rel = id == null ? null : part.getPackagePart().getRelationship(id);
        if (rel != null && rel.getTargetURI() != null) {
            return web(rel.getTargetURI().toString() + (anchor == null ? "" : "#" + anchor));
        }
        return anchor != null ? internal(anchor) : outer;
    }

    private String internal(String anchor) {
        if (!anchor.isEmpty()) {
            story.lost(Loss.INTERNAL_LINK, "");
        }
        return "";
    }

    /** Only addresses a reader's browser can open stay links; a path on the writer's disk does not. */
    private String web(String url) {
        String u = url.strip();
        if (WEB.matcher(u).matches()) {
            return u;
        }
        if (u.toLowerCase(Locale.ROOT).startsWith("www.")) {
            return "http://" + u;
        }
        story.lost(Loss.LOCAL_LINK, u);
        return "";
    }

    private void graphic(Element g) {
        DocxPictures.Scan scan = DocxPictures.scan(g, part);
        scan.losses().forEach(loss -> story.lost(loss, ""));
        scan.pictures().forEach(p -> out.add(new Picture(p)));
        scan.boxes().forEach(b -> out.add(new Box(b)));
    }
}
