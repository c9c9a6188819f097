package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import org.branchpress.TestSite;
import org.branchpress.browser.BrowserSession.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pictures of the handbook and the README: the sample {@code content/}'s home, statistics
 * and a person's page (赵磊: a photo, honors, activities) at a 1366-pixel office screen and a
 * 375-pixel phone, whole pages, in {@code target/screenshots/docs-<page>-<width>.png}. Each must
 * open from disk without an error and without scrolling sideways. {@code docs/} holds copies
 * taken with this test ({@code cp target/screenshots/docs-*.png docs/}).
 */
@Tag("browser")
class DocsScreenshotsTest extends ChromiumTest {
    @TempDir
    static Path tmp;
    static TestSite site;

    /** A laptop or office monitor: the width the officer most likely looks at the portal in. */
    static final Viewport OFFICE = new Viewport(1366, 768, 1, false);

    @BeforeAll
    static void buildTheSampleAndLaunch() throws Exception {
        site = new TestSite(tmp);
        TestSite.copyTree(Path.of("content"), site.content());
        TestSite.Run run = site.build();
        assertThat(run.status()).as(run.err()).isZero();
        browser = BrowserSession.launch();
    }

    @Test
    void homeStatisticsAndAPersonAtAnOfficeScreenAndAPhone() {
        for (Viewport viewport : List.of(OFFICE, Viewport.PHONE)) {
            for (String[] shot : new String[][] {{"home", "index.html"}, {"stats", "stats/index.html"},
                    {"person", "people/zhao-lei/index.html"}}) {
                Page page = browser.newPage(viewport);
                page.navigate(site.output().resolve(shot[1]).toUri().toString());
                page.waitForLoadState();
                browser.assertNoProblems(shot[0] + " at " + viewport.width() + " px");
                browser.assertNoHorizontalScrolling(page);
                Path file = browser.screenshot(page, "docs-" + shot[0] + "-" + viewport.width());
                assertThat(file).isNotEmptyFile();
                page.context().close();
            }
        }
    }
}
