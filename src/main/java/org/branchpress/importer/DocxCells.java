package org.branchpress.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.w3c.dom.Element;

/**
 * Blocks that must become running text: a table cell is one line of a GFM table (its
 * paragraphs, list items and nested tables are joined by line breaks), a note is paragraphs.
 * List items keep their number or bullet as text; pictures cannot come along.
 */
final class DocxCells {
    private DocxCells() {
    }

    /**
     * A table: each cell's blocks (read by {@code cell}, given the cell's place) as one line;
     * a cell merged across columns is followed by empty ones, so the columns stay in line.
     */
    static Draft.Table table(Element tbl, int number, BiFunction<Element, String, List<DocxBody.Raw>> cell,
                             List<DocxBody.Raw> after, Runnable picture) {
        List<List<String>> rows = new ArrayList<>();
        List<List<List<Draft.Span>>> cells = new ArrayList<>();
        int r = 0;
        for (Element tr : wrapped(tbl, "tr")) {
            r++;
            int c = 0;
            List<String> row = new ArrayList<>();
            List<List<Draft.Span>> rich = new ArrayList<>();
            for (Element tc : wrapped(tr, "tc")) {
                c++;
                List<Draft.Span> spans = flatten(cell.apply(tc, "第 " + number + " 个表格第 " + r + " 行第 " + c + " 列"),
                        after, picture);
                rich.add(spans);
                row.add(Outline.text(spans).strip());
                int span = DocxXml.integer(DocxXml.val(DocxXml.path(tc, "tcPr", "gridSpan")), 1);
                for (int extra = 1; extra < Math.min(span, 64); extra++) {
                    rich.add(List.of());
                    row.add("");
                }
            }
            rows.add(row);
            cells.add(rich);
        }
        return new Draft.Table(rows, cells);
    }

    /** Rows of a table, cells of a row, also where a content control or custom XML wraps them. */
    private static List<Element> wrapped(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        DocxXml.scan(parent, e -> {
            if (DocxXml.isW(e, name)) {
                found.add(e);
                return false;
            }
            return DocxXml.isW(e, "sdt") || DocxXml.isW(e, "sdtContent") || DocxXml.isW(e, "customXml")
                    || DocxXml.isW(e, "ins") || DocxXml.isW(e, "moveTo");
        });
        return found;
    }

    /** One cell's content; its pictures go to {@code after} (they follow the table), and {@code picture} is told. */
    static List<Draft.Span> flatten(List<DocxBody.Raw> blocks, List<DocxBody.Raw> after, Runnable picture) {
        List<Draft.Span> out = new ArrayList<>();
        for (List<Draft.Span> line : lines(blocks, after, picture)) {
            if (!out.isEmpty()) {
                out.add(new Draft.Span("\n", false));
            }
            out.addAll(line);
        }
        return out;
    }

    /** A note's paragraphs; a picture in it is only told of. */
    static List<List<Draft.Span>> paragraphs(List<DocxBody.Raw> blocks, Runnable picture) {
        List<List<Draft.Span>> out = new ArrayList<>();
        for (List<Draft.Span> line : lines(blocks, new ArrayList<>(), picture)) {
            List<Draft.Span> trimmed = new ArrayList<>(line);
            if (!trimmed.isEmpty() && !trimmed.get(0).isNote()) {
                trimmed.set(0, trimmed.get(0).withText(trimmed.get(0).text().stripLeading()));
            }
            out.add(trimmed);
        }
        return out;
    }

    private static List<List<Draft.Span>> lines(List<DocxBody.Raw> blocks, List<DocxBody.Raw> after, Runnable picture) {
        List<List<Draft.Span>> lines = new ArrayList<>();
        for (DocxBody.Raw raw : blocks) {
            if (raw instanceof DocxBody.Para p) {
                List<Draft.Span> line = new ArrayList<>();
                p.label().ifPresent(l -> line.add(new Draft.Span(switch (l.kind()) {
                    case BULLET -> "• ";
                    case ORDERED -> l.number() + ". ";
                    case TEXT -> l.text();
                }, false)));
                line.addAll(p.spans());
                lines.add(line);
            } else if (raw instanceof DocxBody.Ready ready && ready.block() instanceof Draft.Table table) {
                for (List<List<Draft.Span>> row : table.cells()) {
                    List<Draft.Span> line = new ArrayList<>();
                    for (List<Draft.Span> cell : row) {
                        if (!line.isEmpty() && !cell.isEmpty()) {
                            line.add(new Draft.Span(" ", false));
                        }
                        line.addAll(cell);
                    }
                    lines.add(line);
                }
            } else if (raw instanceof DocxBody.Ready ready && ready.block() instanceof Draft.Image) {
                after.add(raw);
                picture.run();
            }
        }
        return lines;
    }
}
