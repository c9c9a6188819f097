package org.branchpress.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;

import org.branchpress.importer.Importer.ImportException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * A saved web page: finds the article ({@link HtmlArticle}), its title, date, source and author
 * ({@link PageFacts}), and keeps its text, bold, headings, tables and the pictures saved beside
 * the page ({@link HtmlBlocks}); navigation, share buttons, related news and scripts stay behind.
 * What is left out of the article itself, and what could not be kept, is named in a warning.
 */
final class HtmlDraft {
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
        Document page = Jsoup.parse(html, dir.toUri().toString(), Parser.htmlParser().setTrackPosition(true));
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        if (deepest[0] > MAX_DEPTH) {
            throw new ImportException("“" + file.getFileName() + "”里的网页元素嵌套超过 " + MAX_DEPTH
                    + " 层，不像是正常保存的新闻网页：请在浏览器里打开它，把文章的文字复制到记事本，存成 .txt 后再导入。");
        }
        // Form controls go, the form stays: ASP.NET sites wrap the whole page, article and all, in one.
        page.select("script, style, noscript, template, input, select, option, button, textarea").remove();
        HtmlArticle layout = new HtmlArticle(page);
        Element article = layout.find();
        PageFacts facts = PageFacts.of(page, article, layout);
        HtmlBlocks blocks = new HtmlBlocks(dir, layout);
        facts.infoLine().filter(e -> !inside(e, article)).ifPresent(blocks::paragraph);
        facts.kickers().stream().filter(e -> !inside(e, article)).forEach(blocks::paragraph);
        try {
            blocks.walk(article);
        } catch (IOException e) {
            throw new ImportException("无法读取“" + file.getFileName() + "”旁边保存的图片（" + e.getMessage()
                    + "）：请检查网页的 _files 文件夹是否完整，或者先删掉网页里的这张图片再导入。");
        }
        List<Outline.Dropped> dropped = new ArrayList<>();
        Draft draft = Outline.structure(blocks.raw, facts.title(), encoding, dropped);
        if (draft.date().isEmpty() && facts.metaDate().isPresent()) {
            draft = new Draft(draft.title(), facts.metaDate(), draft.source(), draft.blocks(), encoding, draft.author());
        }
        List<Importer.Warning> warnings = new ArrayList<>(blocks.warnings);
        warnings.addAll(Outline.warnings(dropped, blocks.positions));
        for (Element e : layout.proseOutside(article)) {
            int[] at = HtmlBlocks.at(e);
            String text = PageFacts.clean(e.text());
            warnings.add(new Importer.Warning(at[0], at[1], "这段文字在网页的正文之外，没有导入：“"
                    + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "”。如果它属于文章，请手工补进案例。"));
        }
        warnings.sort(Comparator.comparingInt(Importer.Warning::line).thenComparingInt(Importer.Warning::column));
        return new Importer.Read(draft, List.copyOf(warnings));
    }

    private static boolean inside(Element e, Element ancestor) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
