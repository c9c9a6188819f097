package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.branchpress.TestSite;
import org.branchpress.site.StatisticsTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics page opened from disk: the chart is drawn (no script needed) and nothing errs. */
@Tag("browser")
class StatsBrowserTest extends ChromiumTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void buildAndLaunch() {
        site = StatisticsTest.twoYears(new TestSite(dir), "");
        assertThat(site.build("--today", "2026-05-20").status()).isZero();
        browser = BrowserSession.launch();
    }


    @Test
    void statisticsPageFromFileShowsTheChartWithoutErrors() {
        for (BrowserSession.Viewport viewport : new BrowserSession.Viewport[] {BrowserSession.Viewport.DESKTOP,
                BrowserSession.Viewport.PHONE}) {
            Page page = browser.newPage(viewport);
            page.navigate(site.output().resolve("stats/index.html").toUri().toString());
            page.waitForLoadState();
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) page.evaluate("() => { const r = document.querySelector("
                    + "'#y2025 svg.chart-svg').getBoundingClientRect(); return {w: r.width, h: r.height,"
                    + " bars: document.querySelectorAll('#y2025 svg.chart-svg rect').length}; }");
            assertThat(((Number) box.get("w")).doubleValue()).isGreaterThan(200);
            assertThat(((Number) box.get("h")).doubleValue()).isGreaterThan(80);
            assertThat(((Number) box.get("bars")).intValue()).isGreaterThan(30);
            browser.assertNoProblems("stats page at " + viewport.width() + " px");
            browser.assertNoHorizontalScrolling(page);
            browser.screenshot(page, "stats-" + viewport.width());
            page.close();
        }
    }
}
