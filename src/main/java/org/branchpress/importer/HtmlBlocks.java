package org.branchpress.importer;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            String src = e.hasAttr("src") ? e.attr("src") : e.hasAttr("data") ? e.attr("data")
                    : e.selectFirst("source[src]") != null ? e.selectFirst("source[src]").attr("src") : "";
            warn(e, "网页里的" + MEDIA.get(tag) + (src.isEmpty() ? "" : "“" + src + "”")
                    + "没有导入（案例里只有文字、表格和图片）：如需要，请在正文里手工写上它的链接或说明。");
            return;
        }
        if (tag.equals("br")) {
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
        String src = img.hasAttr("src") ? img.attr("src") : img.attr("data-src");
        String what = "图片“" + (src.isEmpty() ? img.attr("alt") : src) + "”";
        if (src.isEmpty() || src.startsWith("http:") || src.startsWith("https:") || src.startsWith("data:")
                || src.startsWith("//")) {
            warn(img, what + "不在保存的网页文件夹里（只在网上），没有导入：请把图片另存到电脑上，放进 content/media/ 后在正文里引用。");
            return;
        }
        Path file;
        try {
            file = dir.resolve(URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) {
            file = null; // a broken %-escape, or a name no file can have (InvalidPathException)
        }
        // Only what was saved with the page: a link out of its folder is not followed.
        if (file == null || !file.startsWith(dir) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(dir.toRealPath())) {
            warn(img, what + "在网页旁边的文件夹里找不到，没有导入：保存网页时请选“网页，全部”，或者把图片放进 content/media/ 后在正文里引用。");
            return;
        }
        long size = Files.size(file);
        if (size > HtmlDraft.MAX_PICTURE_BYTES) {
            throw new IOException("图片“" + file.getFileName() + "”有 " + Importer.megabytes(size) + " MB，超过 "
                    + HtmlDraft.MAX_PICTURE_BYTES / 1024 / 1024 + " MB 的上限");
        }
        raw.add(new Draft.Image(file.getFileName().toString(), Files.readAllBytes(file), img.attr("alt")));
        positions.add(at(img));
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
