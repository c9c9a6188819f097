package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.branchpress.TestSite;
import org.branchpress.browser.BrowserSession.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 党总支 example from disk: its home, its comparison of the branches and a branch's portal
 * pass axe; the search page's filter by branch keeps only that branch's results.
 */
@Tag("browser")
class ZongzhiBrowserTest extends ChromiumTest {
    @TempDir
    static Path tmp;
    static TestSite site;

    @BeforeAll
    static void buildTheExampleAndStartChromium() throws Exception {
        site = new TestSite(tmp);
        TestSite.copyTree(Path.of("examples/zongzhi"), site.content());
        TestSite.Run run = site.build("--today", "2026-05-01");
        assertThat(run.status()).as(run.err()).isZero();
        browser = BrowserSession.launch();
    }

    @Test
    void theZongzhisPagesHaveNoSeriousOrCriticalViolation() {
        List<String> failures = new ArrayList<>();
        for (String address : List.of("index.html", "stats/branches/index.html", "branches/lin-shi/index.html",
                "honors/index.html")) {
            for (Viewport viewport : List.of(Viewport.DESKTOP, Viewport.PHONE)) {
                Page page = browser.newPage(viewport);
                page.navigate(site.output().resolve(address).toUri().toString());
                failures.addAll(AccessibilityBrowserTest.axe(page, "zongzhi " + address + " at " + viewport.width() + "px"));
                browser.assertNoProblems(address);
                page.context().close();
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The 总支's screens: slides drawn from its branches and the branches compared, in both orientations. */
    @Test
    void theZongzhisScreenSlidesHaveNoSeriousOrCriticalViolation() {
        List<String> kinds = new ArrayList<>();
        List<String> failures = new ArrayList<>(AccessibilityBrowserTest.everySlideKind(browser, site.output(), "lobby",
                Viewport.TV_LANDSCAPE, kinds));
        failures.addAll(AccessibilityBrowserTest.everySlideKind(browser, site.output(), "elevator", Viewport.TV_PORTRAIT,
                kinds));
        assertThat(kinds).contains("lobby honors", "lobby activity", "lobby case", "lobby branches", "elevator honors",
                "elevator branches");
        assertThat(failures).isEmpty();
    }

    @Test
    void theFilterByBranchKeepsThatBranchsResults() {
        Page page = browser.newPage(Viewport.DESKTOP);
        page.navigate(site.output().resolve("search/index.html").toUri() + "?q=%E6%94%AF%E5%A7%94%E4%BC%9A"); // 支委会
        page.waitForFunction("() => document.querySelectorAll('#results li').length > 0");
        String visible = "() => Array.from(document.querySelectorAll('#results li')).filter(li => li.style.display !== 'none')"
                + ".map(li => li.querySelector('a').getAttribute('href'))";
        @SuppressWarnings("unchecked")
        List<String> all = (List<String>) page.evaluate(visible);
        assertThat(all).anyMatch(h -> h.startsWith("../branches/yishi/")).anyMatch(h -> h.startsWith("../branches/ershi/"))
                .anyMatch(h -> h.startsWith("../activities/"));
        page.selectOption("#branch", new com.microsoft.playwright.options.SelectOption().setLabel("二室党支部"));
        @SuppressWarnings("unchecked")
        List<String> ershi = (List<String>) page.evaluate(visible);
        assertThat(ershi).isNotEmpty().allMatch(h -> h.startsWith("../branches/ershi/"));
        page.selectOption("#branch", new com.microsoft.playwright.options.SelectOption().setLabel("党总支本级"));
        @SuppressWarnings("unchecked")
        List<String> own = (List<String>) page.evaluate(visible);
        assertThat(own).isNotEmpty().noneMatch(h -> h.startsWith("../branches/"));
        browser.assertNoProblems("search");
        page.context().close();
    }
}
