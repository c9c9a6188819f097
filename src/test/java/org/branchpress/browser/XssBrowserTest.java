package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.branchpress.TestSite;
import org.branchpress.site.LinkCheck;
import org.branchpress.site.XssTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page built from the XSS fixture, loaded in Chromium: no dialog, no payload run. */
@Tag("browser")
class XssBrowserTest extends ChromiumTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void buildAndLaunch() throws Exception {
        TestSite.copyTree(XssTest.FIXTURE, dir.resolve("content"));
        site = new TestSite(dir);
        assertThat(site.build().status()).isZero();
        browser = BrowserSession.launch();
    }


    @Test
    void noPageOfTheXssFixtureRunsAPayload() {
        Page page = browser.newPage(BrowserSession.Viewport.DESKTOP);
        List<String> dialogs = new ArrayList<>();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        List<Path> pages = LinkCheck.htmlFiles(site.output());
        assertThat(pages).hasSizeGreaterThan(10);
        for (Path p : pages) {
            page.navigate(p.toUri().toString());
            page.waitForLoadState();
            // hover and focus everything, so that mouse and focus handlers would fire if present
            page.evaluate("() => { for (const el of document.querySelectorAll('*')) {"
                    + " ['mouseover','focus','click','toggle','load'].forEach(t => el.dispatchEvent(new Event(t))); } }");
            Object xss = page.evaluate("() => window.__xss === undefined ? null : String(window.__xss)");
            assertThat(xss).as("payload ran on " + p).isNull();
        }
        assertThat(dialogs).isEmpty();
        assertThat(browser.problems()).filteredOn(m -> m.contains("outside") || m.contains("http"))
                .isEmpty();
    }
}
