package org.branchpress.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import javax.imageio.ImageIO;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Drafts written the way WPS users write them, made with POI: the title a bold, centred, large
 * first paragraph with no style; outline numbers typed ({@code 一、基本情况}) or numbered by
 * WPS's automatic numbering; a photo with its caption centred under it; a footnote; a content
 * control; a formula. What POI has no call for (a content control, a formula) is written as XML.
 */
final class WpsDrafts {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /** Parses a fragment as the element itself, not as a document holding it. */
    private static final XmlOptions ELEMENT = new XmlOptions().setLoadReplaceDocumentElement(null);

    private final XWPFDocument doc = new XWPFDocument();

    /** A paragraph as WPS makes one for a title or an outline line: direct formatting, no style. */
    XWPFParagraph line(String text, boolean centred, boolean bold, int points) {
        XWPFParagraph p = doc.createParagraph();
        if (centred) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        if (points > 0) {
            r.setFontSize(points);
        }
        return p;
    }

    XWPFParagraph body(String text) {
        return line(text, false, false, 16);
    }

    static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        return r;
    }

    XWPFFootnote footnote(XWPFParagraph at, String text) {
        XWPFFootnote note = doc.createFootnote();
        XWPFParagraph p = note.createParagraph();
        note.ensureFootnoteRef(p);
        run(p, text);
        at.addFootnoteReference(note);
        return note;
    }

    void picture(String fileName, int width) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png()), PictureType.PNG, fileName, Units.toEMU(width),
                    Units.toEMU(width * 3 / 4));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    XWPFTable table(String[][] cells) {
        XWPFTable table = doc.createTable(cells.length, cells[0].length);
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                String[] paragraphs = cells[r][c].split("\n");
                XWPFParagraph first = table.getRow(r).getCell(c).getParagraphs().get(0);
                first.createRun().setText(paragraphs[0]);
                for (int i = 1; i < paragraphs.length; i++) {
                    table.getRow(r).getCell(c).addParagraph().createRun().setText(paragraphs[i]);
                }
            }
        }
        return table;
    }

    /** A style named as WPS names its heading styles, under a numeric id as WPS gives them. */
    void headingStyle(String id, String name) {
        try {
            CTStyle style = CTStyle.Factory.parse("<w:style xmlns:w=\"" + W + "\" w:type=\"paragraph\" w:styleId=\"" + id
                    + "\"><w:name w:val=\"" + name + "\"/><w:rPr><w:b/></w:rPr></w:style>", ELEMENT);
            doc.createStyles().addStyle(new XWPFStyle(style));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-level list definition ({@code chineseCounting} + {@code %1、}, {@code decimal} + {@code %1.} …). */
    BigInteger numbering(String... levels) {
        StringBuilder xml = new StringBuilder("<w:abstractNum xmlns:w=\"" + W + "\" w:abstractNumId=\"" + abstracts + "\">");
        for (int i = 0; i < levels.length; i++) {
            String[] fmt = levels[i].split(" ", 2);
            xml.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"").append(fmt[0])
                    .append("\"/><w:lvlText w:val=\"").append(fmt[1]).append("\"/></w:lvl>");
        }
        xml.append("</w:abstractNum>");
        try {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(xml.toString(), ELEMENT),
                    numbering));
            abstracts++;
            return numbering.addNum(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int abstracts;

    static void numbered(XWPFParagraph p, BigInteger num, int level) {
        p.setNumID(num);
        p.setNumILvl(BigInteger.valueOf(level));
    }

    /** Appends WordprocessingML (prefixes w: and m:) at the end of the paragraph. */
    static void xml(XWPFParagraph p, String xml) {
        append(p.getCTP(), xml);
    }

    /** Appends block-level WordprocessingML at the end of the body. */
    void bodyXml(String xml) {
        append(doc.getDocument().getBody(), xml);
    }

    private static void append(XmlObject parent, String xml) {
        try {
            XmlObject fragment = XmlObject.Factory.parse("<w:x xmlns:w=\"" + W + "\" xmlns:m=\"" + M + "\">" + xml
                    + "</w:x>");
            try (XmlCursor from = fragment.newCursor(); XmlCursor to = parent.newCursor()) {
                to.toEndToken();
                from.toFirstChild();
                if (from.toFirstChild()) {
                    do {
                        from.copyXml(to);
                    } while (from.toNextSibling());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xC00000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
