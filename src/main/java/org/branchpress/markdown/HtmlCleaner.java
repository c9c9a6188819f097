package org.branchpress.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans bodies that contain raw HTML: Jsoup's relaxed safelist (no script, no event
 * attributes, only http(s)/mailto or relative links), plus the ids and classes that our
 * own Markdown output carries (heading ids, footnotes, tables).
 */
final class HtmlCleaner {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("del", "s", "hr", "figure", "figcaption", "mark", "small")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("sup", "id", "class").addAttributes("li", "id", "class")
            .addAttributes("a", "id", "class").addAttributes("div", "class").addAttributes("table", "class")
            .addAttributes("img", "srcset", "sizes").addAttributes("ol", "class").addAttributes("td", "class").addAttributes("th", "class")
            .addProtocols("a", "href", "#", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .removeProtocols("img", "src", "data")
            .preserveRelativeLinks(true);

    private HtmlCleaner() {
    }

    static String clean(String html) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "http://branchpress.invalid/", SAFELIST, out);
    }
}
