package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.branchpress.browser.BrowserSession.Viewport;
import org.branchpress.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout promises of the portal that Chromium 156 cannot show by itself failing: it supports
 * flex gap, so instead the test checks that no gap is used and that the margins do the spacing
 * (engines before Chromium 84 and old WebKit ignore gap, and date, source and place ran
 * together there); and the search page keeps its footer still when the results arrive.
 */
@Tag("browser")
class PortalLayoutBrowserTest extends ChromiumTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildSampleSiteAndStartChromium() {
        site = tmp.resolve("site");
        int status = Main.run("build", "--content", "content", "--output", site.toString(),
                "--templates", tmp.resolve("no-templates").toString(), "--today", "2025-06-01");
        assertThat(status).as("exit status of `branchpress build` on content/").isZero();
        browser = BrowserSession.launch();
    }


    /** Pages with meta rows of every kind: cards, a case, an honor roll (centred), search results. */
    private static final List<String> PAGES = List.of("index.html", "cases/index.html",
            "cases/2022-07-11-zhong-guo-hang-tian-ke-gong-er-yuan-er-bu-yi-shi-dang-zhi-bu/index.html",
            "honors/2026-nian-10-yue-yue-du-zhi-xing/index.html", "search/index.html?q=%E6%94%AF%E5%A7%94%E4%BC%9A");

    @Test
    @SuppressWarnings("unchecked")
    void metaItemsAreSeparatedByMarginsAndNoLayoutUsesGap() {
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.PHONE)) {
            Page page = browser.newPage(viewport);
            for (String address : PAGES) {
                page.navigate(site.toUri() + address);
                if (address.startsWith("search")) {
                    page.waitForFunction("() => document.querySelectorAll('#results li').length > 0");
                }
                Map<String, Object> m = (Map<String, Object>) page.evaluate("""
                        () => {
                          const problems = [];
                          const describe = el => '<' + el.tagName.toLowerCase()
                              + (el.className ? ' class="' + el.className + '"' : '') + '>';
                          // Gap anywhere: old engines would lose that spacing. (Chromium's own
                          // style of <option> in a <select> has one; that is not the theme's.)
                          for (const el of document.querySelectorAll('body *:not(option):not(optgroup)')) {
                            const s = getComputedStyle(el);
                            for (const g of [s.columnGap, s.rowGap]) {
                              if (g !== 'normal' && g !== '0px') problems.push(describe(el) + ' has gap ' + g);
                            }
                          }
                          // Neighbours on one line of a meta row: at least 8px between their boxes.
                          let pairs = 0;
                          for (const meta of document.querySelectorAll('.meta')) {
                            const items = Array.from(meta.children).filter(e => e.getClientRects().length > 0);
                            for (let i = 1; i < items.length; i++) {
                              const a = items[i - 1].getBoundingClientRect(), b = items[i].getBoundingClientRect();
                              if (b.top >= a.bottom || a.top >= b.bottom) continue;  // b wrapped to the next line
                              pairs++;
                              if (b.left - a.right < 8) problems.push('only ' + (b.left - a.right).toFixed(1)
                                  + 'px between "' + items[i - 1].textContent + '" and "' + items[i].textContent + '"');
                            }
                          }
                          return {problems, pairs};
                        }""");
                String where = address + " at " + viewport.width() + "px: ";
                ((List<String>) m.get("problems")).forEach(p -> problems.add(where + p));
                assertThat(((Number) m.get("pairs")).intValue()).as("meta neighbours measured on " + where).isPositive();
            }
            browser.assertNoProblems("meta rows at " + viewport.width() + "px");
            page.context().close();
        }
        assertThat(problems).as("gap used, or meta items closer than 8px").isEmpty();
    }

    @Test
    void searchResultsArriveWithoutShiftingTheLayout() {
        for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.PHONE)) {
            Page page = browser.newPage(viewport);
            page.navigate(site.resolve("search/index.html").toUri() + "?q=%E5%85%9A%E8%AF%BE");  // 党课
            page.waitForFunction("() => document.querySelectorAll('#results li').length > 0");
            double shift = ((Number) page.evaluate("""
                    () => new Promise(done => {
                      let sum = 0;
                      new PerformanceObserver(list => list.getEntries().forEach(e => {
                        if (!e.hadRecentInput) sum += e.value;
                      })).observe({type: 'layout-shift', buffered: true});
                      setTimeout(() => done(sum), 500);
                    })""")).doubleValue();
            assertThat(shift).as("cumulative layout shift of the search page at " + viewport.width() + "px")
                    .isLessThan(0.1);
            browser.assertNoProblems("search at " + viewport.width() + "px");
            page.context().close();
        }
    }
}
