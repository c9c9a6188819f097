package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import org.branchpress.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page of the sample site, opened from disk, used as a reader would. */
@Tag("browser")
class SearchBrowserTest extends ChromiumTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        assertThat(Main.run("build", "--content", "content", "--output", site.toString(), "--templates",
                tmp.resolve("none").toString(), "--today", "2026-11-22")).isZero();
        browser = BrowserSession.launch();
    }


    /** The status line says how many were found, not 正在搜索. */
    private static final String SEARCH_DONE = "() => document.querySelector('#status').textContent.indexOf('正在') < 0"
            + " && document.querySelector('#status').textContent.length > 0";

    private List<String> search(Page page, String query) {
        page.evaluate("() => { document.querySelector('#status').textContent = ''; }");
        page.fill("#q", query);
        page.waitForFunction(SEARCH_DONE);
        return page.locator("#results li h2").allInnerTexts();
    }

    @Test
    void queriesFindTheRightPagesFromFile() {
        Page page = browser.newPage(BrowserSession.Viewport.DESKTOP);
        page.navigate(site.resolve("search/index.html").toUri().toString());
        page.waitForFunction("() => document.querySelectorAll('#year option').length > 1");

        assertThat(search(page, "党课").subList(0, 3)).anySatisfy(t -> assertThat(t).contains("党课"));
        assertThat(search(page, "主题党日").get(0)).contains("主题党日");
        assertThat(search(page, "王伟").subList(0, 3)).contains("王伟");
        assertThat(search(page, "黨員之星").subList(0, 3)).anySatisfy(t -> assertThat(t).contains("“党员之星”"));
        assertThat(search(page, "军事博物馆").subList(0, 3)).anySatisfy(t -> assertThat(t).contains("主题党日"));
        assertThat(page.locator("#results mark").count()).isGreaterThan(0);
        browser.screenshot(page, "search-1280");

        page.selectOption("#kind", "p");
        page.waitForFunction(SEARCH_DONE); // the search the change starts (its results are not checked)
        assertThat(search(page, "王伟")).containsExactly("王伟");
        browser.assertNoProblems("search page");
    }

    @Test
    void addressQueryPrefillsAndEveryPageHasASearchBox() {
        Page page = browser.newPage(BrowserSession.Viewport.PHONE);
        page.navigate(site.resolve("index.html").toUri().toString());
        page.fill(".masthead-search input[name=q]", "支委会");
        page.locator(".masthead-search button").click();
        page.waitForURL("**/search/index.html?q=*");
        assertThat(page.inputValue("#q")).isEqualTo("支委会");
        page.waitForFunction("() => document.querySelectorAll('#results li').length > 0");
        assertThat(page.locator("#results li h2").first().innerText()).contains("支委会");
        browser.assertNoHorizontalScrolling(page);
        browser.screenshot(page, "search-375");
        browser.assertNoProblems("search from the home page's box");
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndLinksToTheArchive() {
        Page page = browser.newPage(BrowserSession.Viewport.DESKTOP, false);
        page.navigate(site.resolve("search/index.html").toUri().toString());
        assertThat(page.locator(".search-noscript").innerText()).contains("JavaScript");
        assertThat(page.locator(".search-noscript a").getAttribute("href")).isEqualTo("../archive/index.html");
        page.close();
    }
}
