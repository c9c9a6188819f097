package org.branchpress.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The header of a saved page: its title, the info line under it (date, source, author) and a
 * kicker or subtitle printed with the title (人民网's 引题).
 *
 * <p>The title is the heading that the page's {@code <title>} starts with — the site's own
 * {@code <h1>} logo (山西省人民政府网站, 新闻中心) never is — else the article's meta title, else
 * {@code <title>} without its trailing {@code -站名} / {@code _栏目_站名}: a hyphen inside the title
 * ({@code 1-10月…}) stays. The date is the visible one; {@code <meta name=PubDate>} only when none is shown.
 */
record PageFacts(Optional<String> title, Element heading, List<Element> kickers, Optional<Element> infoLine, Optional<InfoLine> info,
                 Optional<LocalDate> metaDate) {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:--|[-_|｜—–·])\\s*");
    /** Last words of a site's or a column's name, for a {@code <title>} suffix no heading explains. */
    private static final Pattern SITE = Pattern.compile(".*(网|網|网站|網站|政府|频道|頻道|中心|日报|日報|在线|在線|门户|門戶|官网|官網"
            + "|首页|首頁|新闻|新聞|平台|平臺|党建|黨建|动态|動態|要闻|要聞)$|^[A-Za-z0-9.]+$");
    private static final Pattern TITLE_CLASS = Pattern.compile("title|tit|bt|headline|biaoti|heading", Pattern.CASE_INSENSITIVE);
    private static final Pattern KICKER_CLASS = Pattern.compile("pre|sub|yt|fbt|yinti|fubiaoti|subtitle", Pattern.CASE_INSENSITIVE);
    /** What an info line cannot do without: a year and month, or a label of source or author. */
    private static final Pattern FACT = Pattern.compile("\\d{4}\\s*[年/.-]\\s*\\d|来源|來源|出处|出處|稿源|作者|作 +者|记者|記者|撰稿|撰文");
    private static final Set<String> TITLE_TAGS = Set.of("h1", "h2", "h3", "h4");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> INFO_TAGS = Set.of("div", "p", "span", "td", "em", "li", "section", "font", "small", "time",
            "h4", "h5", "h6", "i", "strong", "b", "header");

    static PageFacts of(Document page, Element article, HtmlArticle layout) {
        String pageTitle = clean(page.title());
        Set<String> sites = siteNames(page);
        Element heading = null;
        for (Element e : page.body().select("h1, h2, h3, h4, [class], [id]")) {
            if (!TITLE_TAGS.contains(e.normalName()) && !TITLE_CLASS.matcher(e.className() + " " + e.id()).find()) {
                continue;
            }
            String text = clean(e.text());
            if (!text.isEmpty() && text.length() <= 100 && !sites.contains(text) && !layout.withinFurniture(e)
                    && (pageTitle.equals(text) || pageTitle.startsWith(text) && SEPARATOR.matcher(pageTitle.substring(
                    text.length())).lookingAt()) && (heading == null || text.length() > clean(heading.text()).length())) {
                heading = e;
            }
        }
        if (heading == null && (pageTitle.isEmpty() || sites.contains(withoutSite(pageTitle, sites)))
                && meta(page, "ArticleTitle", "og:title").isEmpty()) {
            heading = lastHeadingBefore(page, article, sites, layout);
        }
        String title = heading != null ? clean(heading.text()) : meta(page, "ArticleTitle", "og:title")
                .filter(t -> !sites.contains(t)).orElseGet(() -> withoutSite(pageTitle, sites));
        // A title of only "-" or "|" is none: the first short line of the article will be taken.
        Optional<String> known = title.codePoints().anyMatch(Character::isLetterOrDigit) ? Optional.of(title) : Optional.empty();
        List<Element> kickers = new ArrayList<>();
        if (heading != null) {
            for (Element sibling : List.of(orNone(heading.previousElementSibling()), orNone(heading.nextElementSibling()))) {
                String text = clean(sibling.text());
                if (!text.isEmpty() && text.length() <= 80 && !text.equals(title) && (HEADINGS.contains(sibling.normalName())
                        || KICKER_CLASS.matcher(sibling.className()).find()) && InfoLine.parse(text).isEmpty()) {
                    kickers.add(sibling);
                }
            }
        }
        Optional<Element> line = infoLine(page, heading, layout);
        Optional<LocalDate> metaDate = meta(page, "PubDate", "publishdate", "pubdate", "firstpublishedtime",
                "article:published_time", "datePublished").flatMap(d -> {
                    Matcher m = Outline.DATE.matcher(d);
                    return m.find() ? Outline.day(m) : Optional.empty();
                });
        return new PageFacts(known, heading, kickers, line, line.flatMap(e -> InfoLine.parse(e.text())), metaDate);
    }

    /** A page without a usable {@code <title>}: its last heading above the article, or the article's first. */
    private static Element lastHeadingBefore(Document page, Element article, Set<String> sites, HtmlArticle layout) {
        Element before = null;
        boolean reached = false;
        for (Element e : page.body().getAllElements()) { // in document order: the article before what it holds
            reached |= e == article;
            if (reached && before != null) {
                return before;
            }
            if (!TITLE_TAGS.contains(e.normalName()) || e.normalName().equals("h4") || layout.withinFurniture(e)) {
                continue;
            }
            String text = clean(e.text());
            if (!text.isEmpty() && text.length() <= 100 && !sites.contains(text)) {
                if (!reached) {
                    before = e;
                } else if (isInside(e, article)) {
                    return e;
                }
            }
        }
        return before;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The first short element after the title that reads as an info line; one with a date first. */
    private static Optional<Element> infoLine(Document page, Element heading, HtmlArticle layout) {
        List<Element> lines = new ArrayList<>();
        List<Boolean> dated = new ArrayList<>();
        int from = 0;
        for (Element e : page.body().getAllElements()) { // in document order
            if (e == heading) {
                from = lines.size();
            } else if (INFO_TAGS.contains(e.normalName()) && !layout.withinFurniture(e)) {
                String text = e.text();
                Optional<InfoLine> info = text.length() <= 200 && FACT.matcher(text).find() ? InfoLine.parse(text) : Optional.empty();
                if (info.isPresent()) {
                    lines.add(e);
                    dated.add(info.get().date().isPresent());
                }
            }
        }
        for (boolean needDate : new boolean[] {true, false}) {
            for (int pass = 0; pass < 2; pass++) { // after the heading, then anywhere
                for (int i = pass == 0 ? from : 0; i < lines.size(); i++) {
                    if (!needDate || dated.get(i)) {
                        return Optional.of(lines.get(i));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** {@code 1-10月全省经济运行情况-山西省人民政府网站} → {@code 1-10月全省经济运行情况}: only the end goes. */
    static String withoutSite(String pageTitle, Set<String> sites) {
        String title = pageTitle;
        while (true) {
            Matcher m = SEPARATOR.matcher(title);
            int cut = -1;
            int after = -1;
            while (m.find()) {
                cut = m.start();
                after = m.end();
            }
            if (cut <= 0) {
                return title;
            }
            String last = title.substring(after).strip();
            if (!last.isEmpty() && !sites.contains(last) && (last.length() > 20 || !SITE.matcher(last).matches())) {
                return title;
            }
            title = title.substring(0, cut).strip();
        }
    }

    /** The site's and column's names as the page states them, and its logo heading. */
    private static Set<String> siteNames(Document page) {
        Set<String> names = new LinkedHashSet<>();
        meta(page, "SiteName", "og:site_name", "application-name").ifPresent(names::add);
        meta(page, "ColumnName").ifPresent(names::add);
        for (Element e : page.body().select("[class*=logo] , [id*=logo], [class*=site-name], [class*=sitename]")) {
            names.add(clean(e.text()));
        }
        names.remove("");
        return names;
    }

    /** The first of the named {@code <meta>} tags that has a value; names compared as HTML does, ignoring case. */
    private static Optional<String> meta(Document page, String... names) {
        List<Element> metas = page.getElementsByTag("meta"); // one walk of the page, not one per name
        for (String name : names) {
            for (Element m : metas) {
                boolean named = name.equalsIgnoreCase(m.attr("name")) || name.equalsIgnoreCase(m.attr("property"))
                        || name.equalsIgnoreCase(m.attr("itemprop"));
                if (named && !clean(m.attr("content")).isEmpty()) {
                    return Optional.of(clean(m.attr("content")));
                }
            }
        }
        return Optional.empty();
    }

    private static Element orNone(Element e) {
        return e == null ? new Element("span") : e;
    }

    static String clean(String text) {
        return text.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " ").strip();
    }
}
