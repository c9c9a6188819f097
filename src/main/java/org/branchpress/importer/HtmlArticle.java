package org.branchpress.importer;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Where a saved page keeps its article: the element whose own text — text directly in it, in
 * its inline children and in its paragraph-like children — holds the most Chinese outside links.
 * Government CMS pages put the body in {@code <div class="TRS_Editor"><span>…<br>…</span></div>},
 * WeChat in {@code <section><span>}, old sites in {@code <td><font>…<br><br>…}; counting only
 * {@code <p>} children found none of them. The whole page sits inside a {@code <form>} on ASP.NET
 * sites, so a form is not furniture.
 */
final class HtmlArticle {
    /** Class or id words of page furniture: navigation, share and print buttons, related news, footers. */
    private static final Pattern FURNITURE = Pattern.compile(
            "nav|menu|share|foot|comment|related|relevant|recommend|side|crumb|toolbar|tools|copyright|login|qr"
            + "|position|print|jiucuo|bdshare|jiathis|^(ad|ads|top)([-_].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer");
    static final Set<String> INLINE = Set.of("span", "font", "strong", "b", "em", "i", "u", "a", "small", "big", "sup",
            "sub", "label", "code", "mark", "ins", "s", "strike", "abbr", "time", "cite", "q", "o:p", "nobr");
    static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "footer", "nav", "aside",
            "table", "tbody", "thead", "tr", "td", "th", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "pre", "form", "center", "figure", "figcaption", "hr", "fieldset", "address", "details");
    private static final Set<String> CANDIDATES = Set.of("div", "td", "article", "section", "main", "font", "span",
            "center", "blockquote", "form", "body");
    /** A sentence: what furniture never is. */
    static final Pattern PROSE = Pattern.compile("\\p{IsHan}.{20,}[。！？]");

    private final Document page;
    /** Elements with a block element somewhere inside: not paragraphs. */
    private final Set<Element> holdsBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Elements that are furniture or inside it. */
    private final Set<Element> inFurniture = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Walks the page once, so that no question below walks it again (a hostile page has 100,000 elements). */
    HtmlArticle(Document page) {
        this.page = page;
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && (furniture(e) || e.parent() != null && inFurniture.contains(e.parent()))) {
                    inFurniture.add(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.parent() != null
                        && (BLOCK.contains(e.normalName()) || holdsBlocks.contains(e))) {
                    holdsBlocks.add(e.parent());
                }
            }
        }, page);
    }

    Element find() {
        Element best = page.body();
        int bestScore = 0;
        for (Element candidate : page.body().getAllElements()) {
            if (!CANDIDATES.contains(candidate.normalName())) {
                continue;
            }
            int score = own(candidate);
            if (withinFurniture(candidate)) {
                score /= 5; // a long list of related news must not outweigh a short article
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        // A wrapper whose text is mostly one child's (title and info line around the body): the child.
        // Should the child leave out a paragraph of the article, the step below goes back up.
        for (boolean deeper = bestScore > 0; deeper; ) {
            deeper = false;
            for (Element child : best.children()) {
                if (CANDIDATES.contains(child.normalName()) && own(child) * 5 >= bestScore * 3) {
                    best = child;
                    bestScore = own(child);
                    deeper = true;
                    break;
                }
            }
        }
        // The body split over two levels (<div class=TRS_Editor><div>…</div><p>…</p>): take the level above.
        for (int i = 0; i < 2 && best.parent() != null && best != page.body(); i++) {
            Element parent = best.parent();
            Element inner = best;
            if (parent.normalName().equals("html") || parent.getAllElements().stream()
                    .noneMatch(e -> e != parent && leaf(e) && !inside(e, inner) && !withinFurniture(e) && prose(e))) {
                break;
            }
            best = parent;
        }
        return best;
    }

    /** Sentences of the page outside the article and its furniture: perhaps article text, to be named in a warning. */
    List<Element> proseOutside(Element article) {
        return page.body().getAllElements().stream()
                .filter(e -> leaf(e) && !inside(e, article) && !inside(article, e) && !withinFurniture(e) && prose(e))
                .toList();
    }

    static boolean furniture(Element e) {
        if (FURNITURE_TAGS.contains(e.normalName())) {
            return true;
        }
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        for (String word : WORDS.split(e.className() + " " + e.id())) {
            if (!word.isEmpty() && FURNITURE.matcher(word).find()) {
                return true;
            }
        }
        return false;
    }

    boolean withinFurniture(Element e) {
        return inFurniture.contains(e);
    }

    /** A sentence of at least twenty characters, and not a list of links. */
    static boolean prose(Element e) {
        String text = e.text();
        return PROSE.matcher(text).find() && han(linkText(e)) * 3 < han(text);
    }

    /** An element holding no block element: a paragraph as the reader sees it. */
    boolean leaf(Element e) {
        return (BLOCK.contains(e.normalName()) || CANDIDATES.contains(e.normalName())) && !holdsBlocks.contains(e);
    }

    private int own(Element candidate) {
        int score = 0;
        for (Node n : candidate.childNodes()) {
            if (n instanceof TextNode t) {
                score += han(t.text());
            } else if (n instanceof Element child && !child.normalName().equals("a")
                    && (INLINE.contains(child.normalName()) || leaf(child) && !furniture(child))) {
                int text = han(child.text());
                int links = han(linkText(child));
                score += links * 2 > text ? 0 : text - links;
            }
        }
        return score;
    }

    private static String linkText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Element d : e.getAllElements()) {
            if (d.normalName().equals("a")) {
                b.append(d.text());
            }
        }
        return b.toString();
    }

    private static boolean inside(Element e, Element ancestor) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Chinese characters (the BMP's ideographs): counted on every element of the page, so by range. */
    static int han(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF) {
                n++;
            }
        }
        return n;
    }
}
