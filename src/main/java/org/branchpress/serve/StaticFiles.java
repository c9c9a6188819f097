package org.branchpress.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files of site/ that the preview may send. A request path names a file only when the file's
 * real path, with every link followed, is inside the real site folder: a link in site/ (copied
 * from static/, say) that leads to a home folder or to /etc is treated as if it were not there.
 */
final class StaticFiles {
    private static final String RELOAD_SCRIPT = "<script>(function(){var v=null;setInterval(function(){"
            + "var x=new XMLHttpRequest();x.onload=function(){if(v!==null&&x.responseText!==v){location.reload();}"
            + "v=x.responseText;};x.open('GET','" + PreviewServer.VERSION_PATH
            + "?'+new Date().getTime());x.send();},1000);})();</script>";
    static final String HTML = "text/html; charset=utf-8";
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", HTML),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"));

    private final Path root;

    StaticFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The file a request path names ({@code index.html} for a folder), by its real path; empty when
     * there is none inside the site.
     *
     * @param path the decoded path of the request, starting with {@code /}
     * @throws InvalidPathException when the path holds what no file name can, such as a NUL
     */
    Optional<Path> find(String path) {
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        try {
            // The real root too: site/ may itself be a link, and it is swapped by every rebuild.
            Path real = file.toRealPath();
            return real.startsWith(root.toRealPath()) && Files.isRegularFile(real) ? Optional.of(real)
                    : Optional.empty();
        } catch (IOException missing) {
            // nothing there, a link to nothing, or a loop of links
            return Optional.empty();
        }
    }

    /** The site's own 404.html when it has one (inside the site, like every file), else a word. */
    byte[] notFoundPage() throws IOException {
        Optional<Path> page = find("/404.html");
        return page.isPresent() ? Files.readAllBytes(page.get()) : "404：页面不存在".getBytes(StandardCharsets.UTF_8);
    }

    static String type(Path file) {
        String name = file.getFileName().toString();
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                "application/octet-stream");
    }

    /** A page with the script that reloads it after a rebuild, before {@code </body>} when it has one. */
    static byte[] withReloadScript(Path page) throws IOException {
        return withReloadScript(page, List.of());
    }

    /**
     * A page with the script that reloads it after a rebuild and, while the content has errors,
     * a banner at the top listing them: the officer edits in one window and looks at the browser
     * in another, and the page that did not change says why.
     */
    static byte[] withReloadScript(Path page, List<String> problems) throws IOException {
        // UTF-8, as the build writes every page; a stray bad byte becomes U+FFFD rather than a failure
        String html = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        html = end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end);
        if (!problems.isEmpty()) {
            int body = html.indexOf("<body");
            int open = body < 0 ? -1 : html.indexOf('>', body);
            String banner = banner(problems);
            html = open < 0 ? banner + html : html.substring(0, open + 1) + banner + html.substring(open + 1);
        }
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The most problems the banner lists; the terminal has them all. */
    static final int BANNER_LINES = 20;

    private static String banner(List<String> problems) {
        StringBuilder b = new StringBuilder("<div id=\"branchpress-problems\" role=\"alert\" style=\"position:fixed;"
                + "top:0;left:0;right:0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:12px 18px;"
                + "background:#fff4f4;color:#7a0d0d;border-bottom:4px solid #b71c1c;font:16px/1.6 sans-serif;"
                + "text-align:left\"><p style=\"margin:0 0 6px 0;font-weight:bold\">内容有错误，网站没有更新"
                + "（下面还是上次生成的页面）。改好并保存后，这个页面会自动刷新：</p><ul style=\"margin:0;"
                + "padding-left:1.2em\">");
        problems.stream().limit(BANNER_LINES).forEach(line -> b.append("<li>").append(escape(line)).append("</li>"));
        if (problems.size() > BANNER_LINES) {
            b.append("<li>…… 另有 ").append(problems.size() - BANNER_LINES).append(" 处，见运行 serve 的窗口。</li>");
        }
        return b.append("</ul></div>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
