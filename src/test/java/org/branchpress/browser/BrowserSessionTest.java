package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import org.branchpress.browser.BrowserSession.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser checks themselves: a page that misbehaves in every way they look for must be
 * caught, and a page that behaves must pass. Without this a check that silently sees nothing
 * would let every portal, screen and statistics test pass.
 */
@Tag("browser")
class BrowserSessionTest {

    @TempDir
    static Path dir;
    static BrowserSession browser;

    @BeforeAll
    static void startChromium() {
        browser = BrowserSession.launch();
    }

    @BeforeEach
    void forgetProblemsOfEarlierTests() {
        browser.reset();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
        }
    }

    private static String page(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                + body + "</body></html>", StandardCharsets.UTF_8);
        return file.toUri().toString();
    }

    @Test
    void misbehavingPageIsCaughtAndNothingLeavesTheMachine() throws IOException {
        String url = page("bad.html", """
                <p>bad</p>
                <img src="http://192.0.2.1/outside.png" alt="outside">
                <img src="missing.png" alt="missing">
                <div style="height:3000px"></div>
                <img src="missing-lazy.png" alt="lazy" loading="lazy">
                <div style="width:900px">too wide</div>
                <script>
                  console.error('boom in console');
                  fetch('https://example.invalid/beacon').catch(() => {});
                  setTimeout(() => { throw new Error('uncaught boom'); }, 0);
                </script>""");
        Page page = browser.newPage(Viewport.PHONE);
        page.navigate(url);
        // Until the browser has told of each misdeed (the uncaught error comes from a timer).
        List<String> told = List.of("boom in console", "uncaught boom", "192.0.2.1/outside.png",
                "example.invalid/beacon", "missing.png");
        page.waitForCondition(() -> told.stream().allMatch(t -> browser.problems().stream().anyMatch(p -> p.contains(t))));

        assertThatThrownBy(() -> browser.assertImagesLoaded(page))
                .hasMessageContaining("3 image(s) did not load")
                .hasMessageContaining("missing-lazy.png");
        assertThatThrownBy(() -> browser.assertNoHorizontalScrolling(page))
                .hasMessageContaining("scrolls sideways")
                .hasMessageContaining("in a 375px window")
                .hasMessageContaining("too wide");
        assertThat(browser.problems())
                .anyMatch(p -> p.startsWith("console error: boom in console"))
                .anyMatch(p -> p.startsWith("page error:") && p.contains("uncaught boom"))
                .anyMatch(p -> p.startsWith("request outside file://: GET http://192.0.2.1/outside.png"))
                .anyMatch(p -> p.startsWith("request outside file://: GET https://example.invalid/beacon"))
                .anyMatch(p -> p.startsWith("failed local load:") && p.contains("missing.png"));
        assertThatThrownBy(() -> browser.assertNoProblems("bad page"))
                .hasMessageContaining("At bad page the browser reported");
        assertThat(browser.problems()).as("forgotten after being reported").isEmpty();
        page.context().close();
    }

    @Test
    void wellBehavedPagePassesEveryCheckAndIsPhotographed() throws IOException {
        Files.write(dir.resolve("dot.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"""
                .getBytes(StandardCharsets.UTF_8));
        String url = page("good.html", """
                <p>good</p><div style="height:2000px"></div><img src="dot.svg" alt="dot" loading="lazy">""");
        Page page = browser.newPage(Viewport.PHONE);
        page.navigate(url);
        browser.assertImagesLoaded(page);
        browser.assertNoHorizontalScrolling(page);
        browser.assertNoProblems("good page");
        Path shot = browser.screenshot(page, "browser-session-selftest");
        assertThat(shot).exists().isNotEmptyFile();
        page.context().close();
    }
}
