package org.branchpress.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word or WPS draft (.docx), read with Apache POI: headings by style (Heading 1 / 标题 1 …)
 * or, without styles, by outline number; bold runs; tables; embedded pictures.
 */
final class DocxDraft {
    private DocxDraft() {
    }

    static Draft read(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            Optional<String> title = Optional.ofNullable(doc.getProperties().getCoreProperties().getTitle())
                    .map(String::strip).filter(t -> !t.isEmpty());
            List<Draft.Block> blocks = new ArrayList<>();
            int pictures = 0;
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
                        List<Draft.Span> spans = new ArrayList<>();
                        for (XWPFRun run : p.getRuns()) {
                            String t = run.text();
                            if (t != null && !t.isEmpty()) {
                                spans.add(new Draft.Span(t, run.isBold()));
                            }
                            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                                pictures++;
                                String ext = picture.getPictureData().suggestFileExtension();
                                blocks.add(new Draft.Image("picture-" + pictures + "." + (ext.isEmpty() ? "png" : ext),
                                        picture.getPictureData().getData(), picture.getDescription() == null ? ""
                                        : picture.getDescription()));
                            }
                        }
                        if (!Outline.text(spans).isBlank()) {
                            blocks.add(new Draft.Paragraph(merge(spans)));
                        }
                    }
                }
            }
            return Outline.structure(blocks, title, "Word (.docx)");
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
