package org.branchpress.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.branchpress.importer.Importer.ImportException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A saved web page: finds the article (the element whose paragraphs hold the most Chinese
 * text), leaves navigation, share buttons, related-news lists and scripts behind, and keeps
 * paragraphs, bold, headings, tables and pictures saved beside the page.
 */
final class HtmlDraft {
    private static final Pattern CHROME = Pattern.compile(
            "nav|menu|share|footer|header|comment|related|recommend|sidebar|breadcrumb|toolbar|copyright|ad-|qr|login",
            Pattern.CASE_INSENSITIVE);

    /**
     * Saved news pages nest a few dozen elements deep; a page nested thousands deep is made to
     * exhaust the stack and the time of whatever walks it.
     */
    static final int MAX_DEPTH = 256;
    /** A picture saved with a page: a news photo is a few hundred kilobytes. */
    static final long MAX_PICTURE_BYTES = 50L * 1024 * 1024;

    private HtmlDraft() {
    }

    /**
     * @param file the saved page; pictures saved with it are read from beside it
     * @throws ImportException for a page nested too deeply to be a saved article, and for a
     *                         picture beside it that cannot be read
     */
    static Importer.Read read(Path file, String html, String encoding) throws ImportException {
        Path dir = file.toAbsolutePath().getParent();
        Document page = Jsoup.parse(html, dir.toUri().toString());
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        if (deepest[0] > MAX_DEPTH) {
            throw new ImportException("“" + file.getFileName() + "”里的网页元素嵌套超过 " + MAX_DEPTH
                    + " 层，不像是正常保存的新闻网页：请在浏览器里打开它，把文章的文字复制到记事本，存成 .txt 后再导入。");
        }
        Optional<String> title = title(page);
        List<Draft.Block> header = headerLines(page);
        page.select("script, style, noscript, iframe, form, nav, header, footer, aside, button, select, input").remove();
        for (Element e : page.body().select("[class], [id]")) {
            String marks = e.className() + " " + e.id();
            if (CHROME.matcher(marks).find() && e.parent() != null && !e.select("p").hasText()) {
                e.remove();
            }
        }
        Element article = article(page);
        List<Draft.Block> blocks = new ArrayList<>(header);
        try {
            walk(article, blocks, dir);
        } catch (IOException e) {
            throw new ImportException("无法读取“" + file.getFileName() + "”旁边保存的图片（" + e.getMessage()
                    + "）：请检查网页的 _files 文件夹是否完整，或者先删掉网页里的这张图片再导入。");
        }
        return new Importer.Read(Outline.structure(blocks, title, encoding), List.of());
    }

    private static Optional<String> title(Document page) {
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank() && h1.text().length() <= 80) {
            return Optional.of(h1.text().strip());
        }
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return Optional.of(og.attr("content").strip());
        }
        String[] parts = page.title().split("\\s*[-_|｜—]\\s*");
        String t = parts.length == 0 ? "" : parts[0].strip(); // a title of only "-" splits into nothing
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** The date and source line usually sits above the article, outside it: look for it in short texts. */
    private static List<Draft.Block> headerLines(Document page) {
        for (Element e : page.body().select("div, p, span, td")) {
            String text = e.ownText().isBlank() ? e.text() : e.ownText();
            if (text.length() < 100 && InfoLine.parse(text).flatMap(InfoLine::source).isPresent()) {
                return List.of(new Draft.Paragraph(List.of(new Draft.Span(text.strip(), false))));
            }
        }
        return List.of();
    }

    /** The element with the most Chinese text in its own paragraphs. */
    private static Element article(Document page) {
        Element best = page.body();
        int bestScore = 0;
        for (Element candidate : page.body().select("article, div, section, td, main")) {
            int score = 0;
            for (Element child : candidate.children()) {
                if (child.tagName().equals("p") || child.tagName().equals("div") && child.children().isEmpty()) {
                    score += han(child.text());
                }
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static void walk(Element root, List<Draft.Block> blocks, Path dir) throws IOException {
        for (Element e : root.children()) {
            switch (e.tagName()) {
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote" -> {
                    List<Draft.Span> spans = spans(e);
                    if (!Outline.text(spans).isBlank()) {
                        blocks.add(new Draft.Paragraph(spans));
                    }
                    images(e, blocks, dir);
                }
                case "table" -> blocks.add(table(e));
                case "img" -> image(e, blocks, dir);
                default -> walk(e, blocks, dir);
            }
        }
    }

    private static List<Draft.Span> spans(Element e) {
        List<Draft.Span> spans = new ArrayList<>();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                spans.add(new Draft.Span(t.text(), false));
            } else if (n instanceof Element child) {
                boolean bold = child.tagName().equals("strong") || child.tagName().equals("b");
                spans.add(new Draft.Span(child.text(), bold));
            }
        }
        return spans;
    }

    private static Draft.Table table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> row = new ArrayList<>();
            tr.select("th, td").forEach(cell -> row.add(cell.text().strip()));
            rows.add(row);
        }
        return new Draft.Table(rows);
    }

    /** Pictures saved with the page (…_files/x.jpg): copied; pictures on the web are left out. */
    private static void images(Element e, List<Draft.Block> blocks, Path dir) throws IOException {
        for (Element img : e.select("img[src]")) {
            image(img, blocks, dir);
        }
    }

    private static void image(Element img, List<Draft.Block> blocks, Path dir) throws IOException {
        String src = img.attr("src");
        if (src.isEmpty() || src.startsWith("http:") || src.startsWith("https:") || src.startsWith("data:")
                || src.startsWith("//")) {
            return;
        }
        Path file;
        try {
            file = dir.resolve(java.net.URLDecoder.decode(src.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8))
                    .normalize();
        } catch (IllegalArgumentException e) {
            return; // a broken %-escape, or a name no file can have (InvalidPathException): no picture saved under it
        }
        // Only what was saved with the page: a link out of its folder is not followed.
        if (file.startsWith(dir) && Files.isRegularFile(file) && file.toRealPath().startsWith(dir.toRealPath())) {
            long size = Files.size(file);
            if (size > MAX_PICTURE_BYTES) {
                throw new IOException("图片“" + file.getFileName() + "”有 " + Importer.megabytes(size) + " MB，超过 "
                        + MAX_PICTURE_BYTES / 1024 / 1024 + " MB 的上限");
            }
            blocks.add(new Draft.Image(file.getFileName().toString(), Files.readAllBytes(file), img.attr("alt")));
        }
    }

    private static int han(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }
}
