package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.branchpress.browser.BrowserSession.follow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.branchpress.browser.BrowserSession.Viewport;
import org.branchpress.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal built from the sample {@code content/}, opened from disk ({@code file://}) in
 * Chromium the way a reader uses it: start at home and click through. At every stop: no
 * console or page error, nothing requested from outside the machine, every image loaded.
 */
@Tag("browser")
class PortalBrowserTest extends ChromiumTest {

    /** {@code title} in content/site.yaml. */
    private static final String SITE_NAME = "二部一室党支部";
    /** The build day: the home page's 三会一课 overview and the statistics count up to it. */
    private static final String BUILD_DAY = "2026-11-22";

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildSampleSiteAndStartChromium() {
        site = tmp.resolve("site");
        int status = Main.run("build", "--content", Path.of("content").toString(),
                "--output", site.toString(), "--templates", tmp.resolve("no-templates").toString(),
                "--today", BUILD_DAY);
        assertThat(status).as("exit status of `branchpress build` on content/").isZero();
        assertThat(site.resolve("index.html")).exists();
        browser = BrowserSession.launch();
    }



    /** What to do at each stop of the walk, besides the checks every stop gets. */
    private interface Stop {
        void at(String kind, Page page);
    }

    @Test
    void homeLeadsToCaseHonorActivityAndPersonWithoutErrors() {
        Page page = browser.newPage(Viewport.DESKTOP);
        List<String> visited = new ArrayList<>();
        Set<String> photographed = new HashSet<>();
        walkThroughPortal(page, (kind, p) -> {
            visited.add(kind);
            if (Set.of("home", "case", "honor").contains(kind) && photographed.add(kind)) {
                browser.screenshot(p, "portal-1280-" + kind);
            }
        });
        assertThat(visited).containsExactly(
                "home", "case", "home", "honor", "home", "activity", "person", "list", "tags", "tag", "404", "home");
        page.context().close();
    }

    @Test
    void everyPageKindFitsA375PixelPhoneWithoutSidewaysScrolling() {
        Page page = browser.newPage(Viewport.PHONE);
        List<String> overflowing = new ArrayList<>();
        Set<String> photographed = new HashSet<>();
        walkThroughPortal(page, (kind, p) -> {
            assertThat(p.evaluate("document.documentElement.clientWidth"))
                    .as("layout viewport width on " + kind + " (meta viewport honoured)").isEqualTo(375);
            if (photographed.add(kind)) {
                browser.screenshot(p, "portal-375-" + kind);
            }
            try {
                browser.assertNoHorizontalScrolling(p);
            } catch (AssertionError e) {
                overflowing.add(kind + ": " + e.getMessage());
            }
        });
        // Collected so one run names every page that overflows, not only the first.
        assertThat(overflowing).as("pages that scroll sideways at 375px").isEmpty();
        page.context().close();
    }

    @Test
    void honorRollPrintsAsAnA4PosterWithoutNavigation() throws Exception {
        Page page = browser.newPage(Viewport.DESKTOP);
        page.navigate(site.resolve("index.html").toUri().toString());
        follow(page, page.locator(".home-honors .card-title a").first());
        browser.assertImagesLoaded(page);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.evaluate("matchMedia('print').matches")).isEqualTo(true);
        assertThat(page.locator("nav.nav").isVisible()).as("menu bar on paper").isFalse();
        assertThat(page.locator("footer.footer").isVisible()).as("footer on paper").isFalse();
        assertThat(page.locator(".honoree").count()).isPositive();
        assertThat(page.locator(".honoree").first().isVisible()).isTrue();
        // Columns as laid out (a wrapping flex row, which old engines lay out too): distinct left edges.
        Object columns = page.evaluate(
                "new Set(Array.from(document.querySelectorAll('.honoree')).map(h => Math.round(h.getBoundingClientRect().left))).size");
        assertThat(((Number) columns).intValue()).as("honoree columns on A4").isEqualTo(2);

        Path pdf = BrowserSession.screenshotPath("honor-roll-a4.pdf");
        page.pdf(new Page.PdfOptions().setPath(pdf).setFormat("A4").setPrintBackground(true));
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(bytes.length).as("size of " + pdf).isGreaterThan(1000);
        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        browser.assertNoProblems("honor roll printed to PDF");

        // The theme promises "an honor roll prints as an A4 poster": a short roll is one sheet.
        int honorees = page.locator(".honoree").count();
        if (honorees <= 4) {
            assertThat(pdfPageCount(bytes))
                    .as("A4 pages for the %d-person roll %s (see %s)", honorees, page.url(), pdf)
                    .isEqualTo(1);
        }
        page.context().close();
    }

    @Test
    void attendeeNamesOnAnActivityPageDoNotBreakAcrossLinesOnAPhone() {
        Page page = browser.newPage(Viewport.PHONE);
        page.navigate(site.resolve("index.html").toUri().toString());
        follow(page, page.locator(".home-activities .card:has(.card-cover img) .card-title a").first());
        assertThat(page.locator("main a.person").count()).as("attendee links on " + page.url()).isPositive();
        // An inline link that wraps has one client rect per line: 孙|丽 is two.
        Object split = page.evaluate("""
                () => Array.from(document.querySelectorAll('main a[href*="people/"]'))
                    .filter(a => a.getClientRects().length > 1)
                    .map(a => a.textContent.trim())""");
        assertThat((List<?>) split).as("person names split over two lines at 375px on " + page.url()).isEmpty();
        browser.assertNoProblems("activity page " + page.url());
        page.context().close();
    }

    /** Pages in a PDF written by Chromium: the page tree's {@code /Count} (written uncompressed). */
    static int pdfPageCount(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int pages = -1;
        while (m.find()) {
            pages = Math.max(pages, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        assertThat(pages).as("page count found in the PDF").isPositive();
        return pages;
    }

    /**
     * Home → case → (brand) home → honor roll → (brand) home → activity → person → (menu) case
     * list → (menu) tags → tag → 404 (opened by address: nothing links to it) → (button) home.
     * Every step but the 404 is a click on a link a reader would click.
     */
    private void walkThroughPortal(Page page, Stop stop) {
        page.navigate(site.resolve("index.html").toUri().toString());
        checkHome(page);
        arrive("home", page, stop);

        follow(page, page.locator(".home-cases .card-title a").first());
        checkCase(page);
        arrive("case", page, stop);

        follow(page, page.locator("a.brand"));
        checkHome(page);
        arrive("home", page, stop);

        follow(page, page.locator(".home-honors .card-title a").first());
        checkHonorRoll(page);
        arrive("honor", page, stop);

        follow(page, page.locator("a.brand"));
        checkHome(page);
        arrive("home", page, stop);

        // The most recent activity with photos (it also lists who attended).
        follow(page, page.locator(".home-activities .card:has(.card-cover img) .card-title a").first());
        checkActivity(page);
        arrive("activity", page, stop);

        Locator attendee = page.locator("dl.facts a.person").first();
        String name = attendee.innerText().trim();
        follow(page, attendee);
        assertThat(page.locator("h1").innerText().trim()).as("heading of the person page").isEqualTo(name);
        arrive("person", page, stop);

        follow(page, menuLink(page, "典型案例"));
        assertThat(page.locator("h1").innerText()).contains("典型案例");
        assertThat(page.locator("ul.cards > li.card").count()).as("cases listed").isPositive();
        arrive("list", page, stop);

        follow(page, menuLink(page, "标签"));
        Locator tags = page.locator("main .index-list a");
        assertThat(tags.count()).as("tags listed").isPositive();
        arrive("tags", page, stop);

        // The longest tag name: the hardest heading to fit on a phone.
        String longest = tags.allInnerTexts().stream().map(String::trim)
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        follow(page, page.locator("main .index-list").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(longest).setExact(true)));
        assertThat(page.locator("h1").innerText()).contains(longest);
        assertThat(page.locator("ul.cards > li.card").count()).as("items tagged " + longest).isPositive();
        arrive("tag", page, stop);

        page.navigate(site.resolve("404.html").toUri().toString());
        assertThat(page.locator("h1").innerText()).contains("页面不存在");
        arrive("404", page, stop);

        // the sample site has base_url: a server shows 404.html at any address, so its links are absolute
        assertThat(page.locator("main a.button").getAttribute("href")).isEqualTo("http://intranet.example/branch/index.html");
        page.navigate(site.resolve("index.html").toUri().toString());
        checkHome(page);
        arrive("home", page, stop);
    }

    private void arrive(String kind, Page page, Stop stop) {
        browser.assertImagesLoaded(page);
        browser.assertNoProblems(kind + " page " + page.url());
        stop.at(kind, page);
    }

    private static Locator menuLink(Page page, String label) {
        return page.locator("nav.nav").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    private static void checkHome(Page page) {
        assertThat(page.url()).endsWith("/index.html");
        assertThat(page.title()).contains(SITE_NAME);
        assertThat(page.locator(".brand-title").isVisible()).as("site name in the masthead").isTrue();
        assertThat(page.locator(".brand-title").innerText()).isEqualTo(SITE_NAME);
        assertThat(page.locator("h1").isVisible()).isTrue();
        assertThat(page.locator("h1").innerText()).contains(SITE_NAME);
    }

    @SuppressWarnings("unchecked")
    private static void checkCase(Page page) {
        assertThat(page.url()).contains("/cases/");
        Locator toc = page.locator("nav.toc");
        assertThat(toc.isVisible()).as("table of contents nav.toc on " + page.url()).isTrue();
        List<Map<String, Object>> links = (List<Map<String, Object>>) page.evaluate("""
                () => Array.from(document.querySelectorAll('nav.toc a')).map(a => {
                  let id = null;
                  try { id = decodeURIComponent(a.hash.slice(1)); } catch (e) { }
                  const target = id ? document.getElementById(id) : null;
                  return {
                    href: a.getAttribute('href'),
                    text: a.textContent.trim(),
                    sameDocument: a.getAttribute('href').startsWith('#'),
                    heading: !!target && /^H[1-6]$/.test(target.tagName) && !!target.closest('.prose'),
                    headingText: target ? target.textContent.trim() : null
                  };
                })""");
        assertThat(links).as("links in the table of contents").isNotEmpty();
        for (Map<String, Object> link : links) {
            assertThat(link.get("sameDocument")).as("TOC link %s stays on the page", link.get("href")).isEqualTo(true);
            assertThat(link.get("heading")).as("TOC link %s points at a heading id in the article", link.get("href"))
                    .isEqualTo(true);
            assertThat(link.get("headingText")).as("heading that TOC link %s points at", link.get("href"))
                    .isEqualTo(link.get("text"));
        }
        // Clicking the last entry brings its heading into view.
        Locator last = toc.locator("a").last();
        String hash = (String) last.evaluate("a => a.hash");
        last.click();
        page.waitForURL(url -> url.endsWith(hash));
        page.waitForFunction("""
                () => {
                  const h = document.getElementById(decodeURIComponent(location.hash.slice(1)));
                  const r = h.getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= window.innerHeight;
                }""");
    }

    private static void checkHonorRoll(Page page) {
        assertThat(page.url()).contains("/honors/");
        Locator honorees = page.locator(".honoree");
        assertThat(honorees.count()).as(".honoree cards on " + page.url()).isPositive();
        assertThat(page.locator(".honoree .honoree-photo img").count()).as("photos of honorees").isPositive();
        Locator portraits = page.locator(".honoree .honoree-photo svg.portrait");
        assertThat(portraits.count()).as("generated portraits of honorees without a photo").isPositive();
        for (int i = 0; i < honorees.count(); i++) {
            Locator honoree = honorees.nth(i);
            assertThat(honoree.locator(".honoree-name").innerText()).isNotBlank();
            Locator picture = honoree.locator(".honoree-photo img, .honoree-photo svg.portrait");
            assertThat(picture.count()).as("picture of honoree " + i).isEqualTo(1);
            var box = picture.boundingBox();
            assertThat(box).as("picture of honoree " + i + " is laid out").isNotNull();
            assertThat(box.width).as("picture width of honoree " + i).isGreaterThan(40);
            assertThat(box.height).as("picture height of honoree " + i).isGreaterThan(40);
        }
        for (int i = 0; i < portraits.count(); i++) {
            Locator portrait = portraits.nth(i);
            String name = portrait.evaluate("s => s.closest('.honoree').querySelector('.honoree-name').textContent.trim()")
                    .toString();
            assertThat(portrait.getAttribute("aria-label")).as("accessible name of a generated portrait").isEqualTo(name);
        }
    }

    private static void checkActivity(Page page) {
        assertThat(page.url()).contains("/activities/");
        Locator facts = page.locator("dl.facts");
        assertThat(facts.isVisible()).as("facts list dl.facts on " + page.url()).isTrue();
        Object rate = page.evaluate("""
                () => {
                  const dt = Array.from(document.querySelectorAll('dl.facts dt'))
                      .find(d => d.textContent.trim() === '出席率');
                  return dt && dt.nextElementSibling ? dt.nextElementSibling.textContent.trim() : null;
                }""");
        assertThat(rate).as("出席率 in the facts list of " + page.url()).isNotNull();
        assertThat(rate.toString()).matches("\\d{1,3}(\\.\\d+)?%");
        assertThat(facts.getByText("出席率", new Locator.GetByTextOptions().setExact(true)).isVisible()).isTrue();
        assertThat(page.locator("dl.facts a.person").count()).as("attendees linked to their pages").isPositive();
    }
}
