package org.branchpress.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.branchpress.importer.Importer.ImportException;

/**
 * A Word or WPS draft (.docx), read with Apache POI: headings by style (Heading 1 / 标题 1 …)
 * or, without styles, by outline number; bold runs; tables; embedded pictures.
 */
final class DocxDraft {
    private DocxDraft() {
    }

    /**
     * Every failure of POI on the file is the file's: a damaged or hostile .docx gives all kinds
     * of exceptions (a truncated zip, a zip bomb, XML that breaks the schema, a missing part),
     * and each becomes advice naming the file.
     */
    static Draft read(String name, byte[] docx) throws ImportException {
        DocxLimits.check(name, docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return draft(doc);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RecordFormatException || String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw DocxLimits.tooLarge(name);
            }
            throw DocxLimits.damaged(name);
        }
    }

    private static Draft draft(XWPFDocument doc) {
        Optional<String> title = Optional.ofNullable(doc.getProperties().getCoreProperties().getTitle())
                .map(String::strip).filter(t -> !t.isEmpty());
        List<Draft.Block> blocks = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFTable table) {
                blocks.add(table(table));
            } else if (element instanceof XWPFParagraph p) {
                int level = headingLevel(doc, p);
                String text = p.getText().strip();
                if (level < 0 || (level == 1 && title.isEmpty())) {
                    if (title.isEmpty() && !text.isEmpty()) {
                        title = Optional.of(text);
                    }
                } else if (level >= 1 && !text.isEmpty()) {
                    blocks.add(new Draft.Heading(Math.min(level + 1, 3), text));
                } else if (level == 0) {
                    paragraph(p, blocks);
                }
            }
        }
        return Outline.structure(blocks, title, "Word (.docx)");
    }

    /** A body paragraph: its runs as spans, and the pictures in them as blocks of their own. */
    private static void paragraph(XWPFParagraph p, List<Draft.Block> blocks) {
        List<Draft.Span> spans = new ArrayList<>();
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            if (t != null && !t.isEmpty()) {
                spans.add(new Draft.Span(t, run.isBold()));
            }
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                XWPFPictureData data = picture.getPictureData();
                if (data == null || data.getData() == null) {
                    continue; // a picture whose part is missing: the text still comes through
                }
                int number = (int) blocks.stream().filter(b -> b instanceof Draft.Image).count() + 1;
                String ext = data.suggestFileExtension();
                blocks.add(new Draft.Image("picture-" + number + "." + (ext.isEmpty() ? "png" : ext), data.getData(),
                        picture.getDescription() == null ? "" : picture.getDescription()));
            }
        }
        if (!Outline.text(spans).isBlank()) {
            blocks.add(new Draft.Paragraph(merge(spans)));
        }
    }

    /** -1 for the Title style, N for Heading N / 标题 N, 0 for body text. */
    static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return 0;
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        String name = (style == null || style.getName() == null ? id : style.getName()).toLowerCase().replace(" ", "");
        if (name.equals("title") || name.equals("标题")) {
            return -1;
        }
        for (String prefix : new String[] {"heading", "标题"}) {
            if (name.startsWith(prefix) && name.length() > prefix.length()
                    && Character.isDigit(name.charAt(prefix.length()))) {
                return Character.getNumericValue(name.charAt(prefix.length()));
            }
        }
        return 0;
    }

    /** Word splits text into many runs; neighbours of the same weight become one. */
    private static List<Draft.Span> merge(List<Draft.Span> spans) {
        List<Draft.Span> out = new ArrayList<>();
        for (Draft.Span s : spans) {
            if (!out.isEmpty() && out.get(out.size() - 1).bold() == s.bold()) {
                Draft.Span last = out.remove(out.size() - 1);
                out.add(new Draft.Span(last.text() + s.text(), s.bold()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static Draft.Table table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().strip());
            }
            rows.add(cells);
        }
        return new Draft.Table(rows);
    }
}
