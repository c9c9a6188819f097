package org.branchpress.markdown;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML as two renderers can be compared: whitespace normalised, attributes by name. */
final class ComparableHtml {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern SAFE_SCHEME = Pattern.compile("^(https?|mailto|tel|ftp):", Pattern.CASE_INSENSITIVE);

    private ComparableHtml() {
    }

    static Document parse(String html) {
        return Jsoup.parseBodyFragment(html);
    }

    /**
     * Every URL without a scheme (and a bare {@code #}, what the engine puts for a refused one)
     * becomes one placeholder: the engine rewrites those to the relative address of a file in
     * content/, which no other renderer knows.
     */
    static void maskSiteLinks(Document d) {
        for (String attribute : List.of("href", "src")) {
            for (Element el : d.select("[" + attribute + "]")) {
                String url = el.attr(attribute);
                if (!SCHEME.matcher(url).find() && !url.startsWith("//") && (!url.startsWith("#") || url.equals("#"))) {
                    el.attr(attribute, "(a file in content/)");
                }
            }
        }
    }

    /** What the engine does to a link of any scheme but http(s), mailto, tel and ftp: {@code #}. */
    static void dropUnsafeLinks(Document d) {
        for (Element a : d.select("a[href]")) {
            String url = a.attr("href");
            if (SCHEME.matcher(url).find() && !SAFE_SCHEME.matcher(url).find()) {
                a.attr("href", "#");
            }
        }
    }

    /** Pretty-printed (whitespace normalised) body, each element's attributes in order of name. */
    static String normalised(Document d) {
        for (Element el : d.getAllElements()) {
            List<Attribute> attributes = new ArrayList<>(el.attributes().asList());
            attributes.sort((a, b) -> a.getKey().compareTo(b.getKey()));
            attributes.forEach(a -> el.removeAttr(a.getKey()));
            attributes.forEach(a -> el.attr(a.getKey(), a.getValue()));
        }
        d.outputSettings().prettyPrint(true);
        return d.body().html();
    }

    /** Link targets where every path is a file in content/ and every .md file a page. */
    static LinkTargets anyTarget() {
        return new LinkTargets(new EveryPage(), new Everything(), Set.of());
    }

    private static final class Everything extends AbstractSet<String> {
        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public Iterator<String> iterator() {
            return Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    }

    private static final class EveryPage extends AbstractMap<String, String> {
        @Override
        public String get(Object key) {
            return key + ".html";
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Set.of();
        }
    }
}
