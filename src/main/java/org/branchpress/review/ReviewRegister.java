package org.branchpress.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.branchpress.source.AtomicFiles;
import java.util.Comparator;
import java.util.List;

import org.branchpress.content.Document;

/**
 * The review register (审核登记表) that {@code check} writes for the branch's files: one row
 * per content file with its status, reviewer (审核), approver (签发) and date. UTF-8 with a
 * BOM, so that Excel and WPS on Windows open the Chinese correctly.
 */
public final class ReviewRegister {
    private static final String HEADER = "文件,标题,状态,审核人,签发人,日期";

    private ReviewRegister() {
    }

    public static String csv(List<Document> documents) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        documents.stream().sorted(Comparator.comparing(d -> d.source().display())).forEach(d -> {
            var m = d.meta();
            String status = m.draft() ? "草稿（draft: true）"
                    : m.status().map(s -> s.label() + "（" + s.key() + "）").orElse("未填写");
            out.append(String.join(",", cell(d.source().display()), cell(m.title()), cell(status),
                    cell(m.reviewer().orElse("")), cell(m.approver().orElse("")),
                    cell(m.date().map(Object::toString).orElse("")))).append("\r\n");
        });
        return out.toString();
    }

    public static void write(List<Document> documents, Path file) throws IOException {
        AtomicFiles.write(file, csv(documents).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a
     * title as a formula.
     */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
