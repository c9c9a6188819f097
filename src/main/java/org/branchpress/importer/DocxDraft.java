package org.branchpress.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.branchpress.importer.DocxBody.Para;
import org.branchpress.importer.DocxLosses.Loss;
import org.branchpress.importer.Importer.ImportException;

/**
 * A Word or WPS draft (.docx): the title (the Title style, or a bold centred first paragraph
 * as WPS writers type it, or the document's properties), the date and source line under it,
 * and the body: headings by style or outline number, lists by Word's numbering, bold, italic,
 * links, line breaks, notes, tables and pictures in place. What cannot come along is named
 * in the draft's warnings.
 */
final class DocxDraft {
    /** Paragraphs at the top where the title, date and source may stand. */
    private static final int HEADER = 6;

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
            return draft(doc, name.replaceAll("(?i)\\.docx$", "").strip());
        } catch (DocxBody.TooDeep | StackOverflowError e) {
            throw DocxLimits.tooDeep(name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RecordFormatException || String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw DocxLimits.tooLarge(name);
            }
            throw DocxLimits.damaged(name);
        }
    }

    private static Draft draft(XWPFDocument doc, String fileTitle) {
        DocxBody.Read read = new DocxBody(doc).read();
        List<DocxBody.Raw> raw = new ArrayList<>(read.body());
        DocxLosses losses = read.losses();
        List<String> warnings = new ArrayList<>();
        String title = title(raw, doc, warnings);
        LocalDate date = null;
        String source = null;
        boolean repeatSeen = false;
        int paragraph = 0;
        for (int i = 0; i < raw.size() && paragraph < HEADER; i++) {
            if (!(raw.get(i) instanceof Para p)) {
                continue;
            }
            paragraph++;
            String text = p.text();
            if (title != null && text.equals(title) && !repeatSeen) {
                repeatSeen = true; // the title again above the body, as web pages and some drafts have it
                raw.remove(i--);
            } else if ((date == null || source == null) && text.length() < 120 && Outline.looksLikeDateLine(text)
                    && !text.matches("(?s).*[。！？]")) { // 2024年5月20日，支部召开……。 is the body's first sentence
                Matcher d = Outline.DATE.matcher(text);
                if (date == null && d.find()) {
                    date = Outline.day(d).orElse(null);
                }
                Matcher s = Outline.SOURCE.matcher(text);
                if (source == null && s.find()) {
                    source = s.group(1).strip();
                }
                losses.add(Loss.HEADER, p.where(), text);
                raw.remove(i--);
            }
        }
        List<Draft.Block> blocks = DocxOutline.blocks(raw);
        blocks.addAll(read.notes());
        if (title == null && !blocks.isEmpty()) {
            // WPS users name the file after the article; a body sentence would make a poor title.
            title = fileTitle.isEmpty() ? Outline.UNTITLED : fileTitle;
            warnings.add("文稿开头没有找到标题，先用了文件名“" + title + "”作标题：请在 title 里改成文章的标题。");
        }
        warnings.addAll(0, losses.warnings());
        return new Draft(title == null ? Outline.UNTITLED : title, Optional.ofNullable(date),
                Optional.ofNullable(source), blocks, "Word (.docx)", warnings);
    }

    /**
     * The title, taking its paragraph out of {@code raw}: the Title style; else a first
     * paragraph set as a title (centred and bold or large, the way WPS writers make one; or a
     * Heading 1 that is not an outline number); else the document's title property; else a
     * first paragraph short enough to be one. Null when there is none.
     */
    private static String title(List<DocxBody.Raw> raw, XWPFDocument doc, List<String> warnings) {
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) instanceof Para p && p.heading() == -1 && !p.text().isEmpty()) {
                return take(raw, i, warnings);
            }
        }
        int first = -1;
        for (int i = 0; i < raw.size() && first < 0; i++) {
            if (raw.get(i) instanceof Para) {
                first = i;
            }
        }
        Para p = first < 0 ? null : (Para) raw.get(first);
        boolean candidate = p != null && p.whole() && p.label().isEmpty() && p.text().length() <= 80 && (p.heading() <= 1)
                && !Outline.LEVEL1.matcher(p.text()).matches() && !Outline.LEVEL2.matcher(p.text()).matches()
                && !Outline.looksLikeDateLine(p.text());
        if (candidate && (p.centred() && (p.allBold() || p.size() >= 36) || p.heading() == 1)) {
            return take(raw, first, warnings);
        }
        String meta = doc.getProperties().getCoreProperties().getTitle();
        if (meta != null && !meta.isBlank()) {
            return meta.strip();
        }
        if (candidate && !p.text().matches(".*[。！？.!?]")) {
            return take(raw, first, warnings);
        }
        return null;
    }

    /**
     * The title paragraph out of the body. A footnote on it (作者简介, 基金项目) cannot go into the
     * front matter: its reference stays at the top of the body, so the note is still shown.
     */
    private static String take(List<DocxBody.Raw> raw, int index, List<String> warnings) {
        Para p = (Para) raw.get(index);
        List<Draft.Span> notes = p.spans().stream().filter(Draft.Span::isNote).toList();
        if (notes.isEmpty()) {
            raw.remove(index);
        } else {
            raw.set(index, p.with(notes, Optional.empty()));
            warnings.add("标题上的脚注放在了正文开头：文件头的 title 里放不了脚注。");
        }
        return flat(p);
    }

    /** A title on one line: a break inside it (a long title set on two lines) joins as the heading would. */
    private static String flat(Para p) {
        List<Draft.Span> plain = p.spans().stream().filter(s -> !s.isNote()).map(s -> new Draft.Span(s.text(), false))
                .toList();
        String title = MarkdownInline.render(plain, MarkdownInline.Mode.HEADING, s -> s);
        return title.replaceAll("\\\\(.)", "$1").strip();
    }
}
