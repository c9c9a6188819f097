package org.branchpress.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Walks every HTML file of a built site and lists local links that do not resolve to a file. */
public final class LinkCheck {
    private LinkCheck() {
    }

    /** Each problem as "page: attribute=value (why)". Empty when every link resolves. */
    public static List<String> brokenLinks(Path site) {
        List<String> broken = new ArrayList<>();
        for (Path page : htmlFiles(site)) {
            Document doc = parse(page);
            for (Element el : doc.select("[href], [src]")) {
                String attr = el.hasAttr("href") ? "href" : "src";
                String url = el.attr(attr);
                String why = check(site, page, url, el.tagName());
                if (why != null) {
                    broken.add(site.relativize(page) + ": " + attr + "=" + url + " (" + why + ")");
                }
            }
        }
        return broken;
    }

    private static String check(Path site, Path page, String url, String tag) {
        if (url.startsWith("#") || url.startsWith("mailto:") || url.startsWith("tel:") || url.startsWith("data:")) {
            return null;
        }
        if (url.startsWith("/")) {
            return "root-absolute";
        }
        if (url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
            // external links are allowed only in article text written by the officer, and in
            // 404.html, which a server shows at any depth: its links are base_url's, absolute
            boolean notFound = site.relativize(page).toString().equals("404.html");
            return tag.equals("a") || notFound ? null : "external asset";
        }
        String path = url.replaceAll("[#?].*$", "");
        if (path.isEmpty()) {
            return null;
        }
        if (path.endsWith("/")) {
            return "points at a folder, not a file";
        }
        Path target = page.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))
                .normalize();
        if (!target.startsWith(site)) {
            return "leaves the site";
        }
        return Files.isRegularFile(target) ? null : "missing file";
    }

    public static List<Path> htmlFiles(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
