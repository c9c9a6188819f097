package org.branchpress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * An article's elements as raw paragraphs, tables and pictures, each with its place in the
 * saved page. Text is kept wherever it stands — bare in a {@code <div>}, in {@code <span>}s cut by
 * {@code <br>}, in {@code <font>} — and what cannot be kept (a video, a picture only on the web,
 * a share bar inside the article) is named in a warning at its line and column.
 */
final class HtmlBlocks {
    private static final Map<String, String> MEDIA = Map.of("video", "视频", "audio", "音频", "iframe", "嵌入网页",
            "embed", "嵌入内容", "object", "嵌入内容", "canvas", "画布", "svg", "矢量图", "map", "图片热区");

    private final Path dir;
    private final HtmlArticle layout;
    final List<Draft.Block> raw = new ArrayList<>();
    final List<int[]> positions = new ArrayList<>();
    final List<Importer.Warning> warnings = new ArrayList<>();
    private final List<Draft.Span> spans = new ArrayList<>();
    private int[] start;

    HtmlBlocks(Path dir, HtmlArticle layout) {
        this.dir = dir;
        this.layout = layout;
    }

    /** A paragraph from outside the article (the info line, a kicker), at its element. */
    void paragraph(Element e) {
        flush();
        raw.add(new Draft.Paragraph(List.of(new Draft.Span(PageFacts.clean(e.text()), false))));
        positions.add(at(e));
    }

    void walk(Element root) throws IOException {
        for (Node n : root.childNodes()) {
            node(n, false);
        }
        flush();
    }

    private void node(Node n, boolean bold) throws IOException {
        if (n instanceof TextNode t) {
            if (start == null && !t.isBlank()) {
                start = at(t);
            }
            spans.add(new Draft.Span(t.getWholeText(), bold));
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (MEDIA.containsKey(tag)) {
            media(e);
        } else if (tag.equals("br")) {
            flush();
        } else if (tag.equals("img")) {
            flush();
            image(e);
        } else if (tag.equals("table") && data(e)) {
            flush();
            raw.add(table(e));
            positions.add(at(e));
        } else if (HtmlArticle.furniture(e) && !HtmlArticle.prose(e)) {
            flush();
            if (!PageFacts.clean(e.text()).isEmpty()) {
                warn(e, "没有导入文章里的网页附加内容（分享、打印、纠错等）：“" + PageFacts.clean(e.text()) + "”。");
            }
        } else if (HtmlArticle.BLOCK.contains(tag) || layout.leaf(e) && !HtmlArticle.INLINE.contains(tag)) {
            flush();
            for (Node child : e.childNodes()) {
                node(child, false);
            }
            flush();
        } else {
            boolean b = bold || tag.equals("strong") || tag.equals("b");
            for (Node child : e.childNodes()) {
                node(child, b);
            }
        }
    }

    /** A video, a player, a map: named with its address, and its fallback text ("您的浏览器不支持视频") left out. */
    private void media(Element e) {
        Element source = e.selectFirst("source[src]");
        String src = e.hasAttr("src") ? e.attr("src") : e.hasAttr("data") ? e.attr("data") : source != null ? source.attr("src") : "";
        warn(e, "网页里的" + MEDIA.get(e.normalName()) + (src.isEmpty() ? "" : "“" + src + "”")
                + "没有导入（案例里只有文字、表格和图片）：如需要，请在正文里手工写上它的链接或说明。");
    }

    /** The spans so far as one paragraph: runs of white space as one space, none at a line break between Chinese. */
    private void flush() {
        List<Draft.Span> merged = new ArrayList<>();
        for (Draft.Span s : spans) {
            String text = s.text().replace('\u00a0', ' ').replace('\u3000', ' ').replace('\r', ' ');
            if (!merged.isEmpty() && merged.get(merged.size() - 1).bold() == s.bold()) {
                Draft.Span last = merged.remove(merged.size() - 1);
                merged.add(new Draft.Span(last.text() + text, s.bold()));
            } else {
                merged.add(new Draft.Span(text, s.bold()));
            }
        }
        String joined = Outline.text(merged);
        if (!joined.isBlank()) {
            List<Draft.Span> clean = new ArrayList<>();
            char before = 0;
            for (int i = 0; i < merged.size(); i++) {
                String next = i + 1 < merged.size() ? merged.get(i + 1).text().strip() : "";
                String text = spaces(before, merged.get(i).text(), next.isEmpty() ? 0 : next.charAt(0));
                if (!text.isEmpty()) {
                    clean.add(new Draft.Span(text, merged.get(i).bold()));
                    before = text.charAt(text.length() - 1);
                }
            }
            int last = clean.size() - 1;
            clean.set(0, new Draft.Span(clean.get(0).text().stripLeading(), clean.get(0).bold()));
            clean.set(last, new Draft.Span(clean.get(last).text().stripTrailing(), clean.get(last).bold()));
            raw.add(new Draft.Paragraph(clean));
            positions.add(start == null ? new int[] {1, 1} : start);
        }
        spans.clear();
        start = null;
    }

    private static String spaces(char before, String text, char after) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\t') {
                out.append(c);
                i++;
                continue;
            }
            boolean newline = false;
            int j = i;
            while (j < text.length() && " \n\t".indexOf(text.charAt(j)) >= 0) {
                newline |= text.charAt(j) == '\n';
                j++;
            }
            char left = out.length() > 0 ? out.charAt(out.length() - 1) : before;
            char right = j < text.length() ? text.charAt(j) : after;
            if (!(newline && cjk(left) && cjk(right))) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }

    private static boolean cjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2018 && c <= 0x201D;
    }

    /** A table of data, not one of layout: no table inside it, no cell holding a page's worth of text. */
    private static boolean data(Element table) {
        if (!table.select("table table").isEmpty() || table.select("td, th").size() < 2) {
            return false;
        }
        return table.select("td, th").stream().noneMatch(cell -> cell.text().length() > 150);
    }

    private static Draft.Table table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> row = new ArrayList<>();
            tr.select("th, td").forEach(cell -> row.add(PageFacts.clean(cell.text())));
            rows.add(row);
        }
        return new Draft.Table(rows);
    }

    /** Pictures saved with the page (…_files/x.jpg) are copied; any other is named in a warning. */
    private void image(Element img) throws IOException {
        SavedPicture picture = SavedPicture.of(img, dir);
        if (picture.image().isPresent()) {
            raw.add(picture.image().get());
            positions.add(at(img));
        } else {
            warn(img, picture.problem());
        }
    }

    private void warn(Node n, String message) {
        int[] at = at(n);
        warnings.add(new Importer.Warning(at[0], at[1], message));
    }

    static int[] at(Node n) {
        for (Node at = n; at != null; at = at.parent()) {
            Range.Position p = at.sourceRange().start();
            if (p.isTracked()) {
                return new int[] {p.lineNumber(), p.columnNumber()};
            }
        }
        return new int[] {1, 1};
    }
}
