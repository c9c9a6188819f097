package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.branchpress.JsTools;
import org.branchpress.browser.BrowserSession.Viewport;
import org.branchpress.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core (pinned in src/test/js) finds no serious or critical violation on any kind of
 * portal page or on any kind of TV slide of the sample site. Every finding of every impact is
 * written to {@code target/axe-report.txt}, so the moderate ones can be read too.
 */
@Tag("browser")
class AccessibilityBrowserTest extends ChromiumTest {

    /** Impacts that fail the build; "minor" and "moderate" are reported only. */
    private static final List<String> FAILING = List.of("serious", "critical");

    @TempDir
    static Path tmp;
    static Path site;
    static final List<String> report = new ArrayList<>();

    /**
     * The sample content, plus one screen whose playlist is a free page: the sample's own
     * screens have every other slide kind but that one.
     */
    @BeforeAll
    static void buildSampleSiteAndStartChromium() throws IOException {
        Path content = tmp.resolve("content");
        copy(Path.of("content"), content);
        Path settings = content.resolve("site.yaml");
        String yaml = Files.readString(settings, StandardCharsets.UTF_8);
        String pageScreen = """
                  - id: meeting-room
                    title: 会议室
                    orientation: landscape
                    playlist:
                      - page: {src: pages/about.md}
                """;
        assertThat(yaml).contains("\nreview:");
        Files.writeString(settings, yaml.replace("\nreview:", "\n" + pageScreen + "review:"), StandardCharsets.UTF_8);
        site = tmp.resolve("site");
        int status = Main.run("build", "--content", content.toString(), "--output", site.toString(),
                "--templates", tmp.resolve("no-templates").toString(), "--today", "2025-06-01");
        assertThat(status).as("exit status of `branchpress build` on the sample content").isZero();
        browser = BrowserSession.launch();
    }

    @AfterAll
    static void writeTheReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "axe-report.txt"), report, StandardCharsets.UTF_8);
    }

    @Test
    void everyPortalPageKindHasNoSeriousOrCriticalViolation() throws IOException {
        Map<String, String> pages = new TreeMap<>();
        pages.put("01 home", "index.html");
        pages.put("02 case list", "cases/index.html");
        // A case with contents and a link inside a paragraph (link-in-text-block).
        pages.put("03 case", firstPage("cases", "class=\"toc\"[\\s\\S]*<p>[^<]*<a href"));
        pages.put("04 honor roll", firstPage("honors", "class=\"honorees\""));
        pages.put("05 series", firstPage("honors/series", ""));
        pages.put("06 activity", firstPage("activities", "class=\"photo-grid\""));
        pages.put("07 person", "people/wang-wei/index.html");
        pages.put("08 tag", firstPage("tags", ""));
        pages.put("09 archive", "archive/2025/index.html");
        pages.put("10 page", "pages/about/index.html");
        pages.put("11 stats", "stats/index.html");
        pages.put("12 search with results", "search/index.html");
        pages.put("13 404", "404.html");
        pages.put("14 screen preview", "screen/preview.html");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> e : pages.entrySet()) {
            for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.PHONE)) {
                Page page = browser.newPage(viewport);
                String address = site.resolve(e.getValue()).toUri().toString();
                if (e.getKey().contains("search")) {
                    address += "?q=%E5%85%9A%E8%AF%BE";  // 党课
                }
                page.navigate(address);
                if (e.getKey().contains("search")) {
                    page.waitForFunction("() => document.querySelectorAll('#results li').length > 0");
                }
                failures.addAll(axe(page, e.getKey().substring(3) + " at " + viewport.width() + "px"));
                browser.assertNoProblems(e.getKey());
                page.context().close();
            }
        }
        assertThat(failures).as("serious or critical axe violations (all findings in target/axe-report.txt)")
                .isEmpty();
    }

    @Test
    void everyScreenSlideKindHasNoSeriousOrCriticalViolation() {
        List<String> failures = new ArrayList<>();
        List<String> kindsSeen = new ArrayList<>();
        for (String screen : List.of("lobby", "elevator", "meeting-room")) {
            Viewport viewport = screen.equals("elevator") ? Viewport.TV_PORTRAIT : Viewport.TV_LANDSCAPE;
            failures.addAll(everySlideKind(browser, site, screen, viewport, kindsSeen));
        }
        assertThat(kindsSeen.stream().map(k -> k.substring(k.indexOf(' ') + 1)).distinct())
                .as("slide kinds checked").containsExactlyInAnyOrder("honors", "activity", "case", "stats", "targets", "image", "video",
                        "page", "notice", "fallback");
        assertThat(failures).as("serious or critical axe violations (all findings in target/axe-report.txt)")
                .isEmpty();
    }

    /**
     * Axe on the first slide of each kind of one screen of the site built in {@code site}, each
     * shown by the test itself; {@code kindsSeen} gets "screen kind" for each kind checked.
     */
    static List<String> everySlideKind(BrowserSession browser, Path site, String screen, Viewport viewport,
                                       List<String> kindsSeen) {
        List<String> failures = new ArrayList<>();
        Page page = browser.newPage(viewport);
        // screen.js would rotate the slides under axe's feet; the test shows each one itself.
        page.route("**/assets/screen.js", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/javascript").setBody("")));
        page.navigate(site.resolve("screen/" + screen + "/index.html").toUri().toString());
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) page.evaluate("""
                () => Array.from(document.querySelectorAll('section.slide'))
                    .map(s => /\\bslide-([a-z]+)\\b/.exec(s.className)[1])""");
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            if (kindsSeen.contains(screen + " " + kind)) {
                continue;
            }
            kindsSeen.add(screen + " " + kind);
            page.evaluate("""
                    i => document.querySelectorAll('section.slide').forEach((s, n) => {
                      s.classList.toggle('on', n === i);
                      s.querySelectorAll('img[data-src]').forEach(img => { if (n === i) img.src = img.getAttribute('data-src'); });
                    })""", i);
            // The slide's 0.6 s fade-in, finished: axe measures the colours as they end up.
            page.evaluate("() => document.getAnimations().forEach(a => a.finish())");
            page.waitForLoadState();
            failures.addAll(axe(page, "screen " + screen + " slide " + (i + 1) + " (" + kind + ")"));
        }
        browser.assertNoProblems("screen " + screen);
        page.context().close();
        return failures;
    }

    /**
     * Runs axe on the page as it is; reports every violation and returns the failing ones.
     * {@code preload: false}: from file:// axe cannot fetch the stylesheets again (CORS), and
     * only its orientation-lock rule needs them (the stylesheets lock no orientation).
     */
    @SuppressWarnings("unchecked")
    static List<String> axe(Page page, String where) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(JsTools.file("axe-core/axe.min.js")));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, {resultTypes: ['violations'], preload: false})).violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(n => n.target.join(' ') + ' — '
                      + (n.failureSummary || '').split('\\n').slice(1).join(' ').trim())
                }))""");
        List<String> failing = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            List<String> nodes = (List<String>) v.get("nodes");
            String line = where + ": " + v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "), "
                    + nodes.size() + " element(s): " + String.join(" | ", nodes.subList(0, Math.min(3, nodes.size())));
            report.add(line);
            if (FAILING.contains(String.valueOf(v.get("impact")))) {
                failing.add(line);
            }
        }
        if (violations.isEmpty()) {
            report.add(where + ": no violation");
        }
        return failing;
    }

    /** The first page under a section folder (sorted) whose HTML has a match of the regular expression. */
    private static String firstPage(String folder, String pattern) throws IOException {
        Pattern marker = Pattern.compile(pattern);
        try (Stream<Path> dirs = Files.list(site.resolve(folder))) {
            for (Path dir : dirs.sorted().toList()) {
                Path index = dir.resolve("index.html");
                if (Files.isDirectory(dir) && Files.exists(index) && marker.matcher(Files.readString(index)).find()) {
                    return site.relativize(index).toString().replace('\\', '/');
                }
            }
        }
        throw new AssertionError("no page under " + folder + " matches " + pattern);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
