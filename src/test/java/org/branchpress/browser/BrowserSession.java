package org.branchpress.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ScreenshotAnimations;
import com.microsoft.playwright.options.ServiceWorkerPolicy;

/**
 * One headless Chromium for browser tests, plus the bookkeeping every such test needs:
 * console errors, uncaught page errors, failed local loads and every attempt to reach
 * anything outside the machine (which is recorded and aborted, so nothing ever leaves).
 *
 * <p>Typical use (one session per test class, problems checked after every step):
 * <pre>{@code
 * static BrowserSession browser = BrowserSession.launch();      // in @BeforeAll
 * Page page = browser.newPage(BrowserSession.Viewport.PHONE);
 * page.navigate(site.resolve("index.html").toUri().toString());
 * browser.assertImagesLoaded(page);
 * browser.assertNoProblems("home");
 * browser.screenshot(page, "portal-375-home");
 * }</pre>
 *
 * <p>Chromium is Debian's {@code /usr/bin/chromium}. Playwright is never allowed to download
 * a browser; when Chromium is missing the tests fail (they do not skip), because CI installs
 * it and a silently skipped browser test would hide a broken CI.
 */
public final class BrowserSession implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** We run as root (no sandbox) and must not let Chromium phone home (the machine refuses). */
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** Size and kind of the screen a page is opened on. */
    public record Viewport(int width, int height, double deviceScaleFactor, boolean mobile) {
        /** A phone in portrait, the narrowest screen the portal supports (WeChat browser). */
        public static final Viewport PHONE = new Viewport(375, 800, 2, true);
        public static final Viewport DESKTOP = new Viewport(1280, 900, 1, false);
        public static final Viewport TV_LANDSCAPE = new Viewport(1920, 1080, 1, false);
        public static final Viewport TV_PORTRAIT = new Viewport(1080, 1920, 1, false);
    }

    private final Playwright playwright;
    private final Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> pageErrors = new ArrayList<>();
    private final List<String> outsideRequests = new ArrayList<>();
    private final List<String> failedLocalLoads = new ArrayList<>();

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Playwright's driver and Debian's Chromium; fails the test when Chromium is missing. */
    public static BrowserSession launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("Browser tests need Chromium at " + CHROMIUM + " but it is not there (or not executable). "
                    + "Install it with `apt-get install chromium` (CI does). These tests never let Playwright "
                    + "download a browser, and they fail rather than skip so a broken CI is noticed.");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
            return new BrowserSession(playwright, browser);
        } catch (PlaywrightException e) {
            playwright.close();
            throw new AssertionError("Could not start " + CHROMIUM + ": " + e.getMessage(), e);
        }
    }

    /** A new page in its own browser context (fresh cookies and storage) with the given screen. */
    public Page newPage(Viewport viewport) {
        return newPage(viewport, true);
    }

    /**
     * Like {@link #newPage(Viewport)}, with the page's own scripts switched off when
     * {@code javaScript} is false (a TV player whose script does not run). Playwright's
     * {@code evaluate} still works there, so the same checks apply.
     */
    public Page newPage(Viewport viewport, boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(viewport.width(), viewport.height())
                .setDeviceScaleFactor(viewport.deviceScaleFactor())
                .setIsMobile(viewport.mobile())
                .setHasTouch(viewport.mobile())
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai")
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
        contexts.add(context);
        watch(context);
        return context.newPage();
    }

    private void watch(BrowserContext context) {
        context.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + where(message.location()));
            }
        });
        context.onWebError(error -> pageErrors.add(error.error()
                + (error.page() == null ? "" : " (page " + error.page().url() + ")")));
        context.onRequest(request -> {
            if (!isLocal(request.url())) {
                outsideRequests.add(describe(request));
            }
        });
        context.onRequestFailed(request -> {
            // ERR_ABORTED: the page was left (a click) while a picture was still loading; the
            // file is there. A missing file fails with ERR_FILE_NOT_FOUND and is still reported.
            if (isLocal(request.url()) && !String.valueOf(request.failure()).contains("ERR_ABORTED")) {
                failedLocalLoads.add(describe(request) + ": " + request.failure());
            }
        });
        // Everything that is not on this disk is cut off before it leaves the browser.
        context.route("**/*", route -> {
            if (isLocal(route.request().url())) {
                route.resume();
            } else {
                route.abort("blockedbyclient");
            }
        });
        // WebSockets are not covered by route(): record them and never connect to a server.
        context.routeWebSocket(url -> true, socket -> {
            outsideRequests.add("WebSocket " + socket.url());
            socket.close();
        });
    }

    /** file: is the site on disk; data: and blob: never leave the page; 127.0.0.1 is this machine. */
    static boolean isLocal(String url) {
        return url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")
                || url.startsWith("http://127.0.0.1:"); // a test's own web server on loopback
    }

    private static String describe(Request request) {
        String from = "";
        try {
            from = " (from " + request.frame().url() + ")";
        } catch (PlaywrightException ignored) {
            // a request not made by a frame (e.g. a worker)
        }
        return request.method() + " " + request.url() + " [" + request.resourceType() + "]" + from;
    }

    private static String where(String location) {
        return location == null || location.isBlank() ? "" : " (at " + location + ")";
    }

    /** All problems seen since the last {@link #reset()} or successful {@link #assertNoProblems}. */
    public List<String> problems() {
        List<String> all = new ArrayList<>();
        consoleErrors.forEach(p -> all.add("console error: " + p));
        pageErrors.forEach(p -> all.add("page error: " + p));
        outsideRequests.forEach(p -> all.add("request outside file://: " + p));
        failedLocalLoads.forEach(p -> all.add("failed local load: " + p));
        return all;
    }

    /** Forgets the problems seen so far. */
    public void reset() {
        consoleErrors.clear();
        pageErrors.clear();
        outsideRequests.clear();
        failedLocalLoads.clear();
    }

    /**
     * Fails, listing every console error, page error, outside request and failed local load seen
     * since the last check; otherwise forgets them so the next check covers only the next step.
     */
    public void assertNoProblems(String step) {
        List<String> problems = problems();
        reset();
        if (!problems.isEmpty()) {
            fail("At " + step + " the browser reported " + problems.size() + " problem(s):\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /**
     * Clicks a link and waits until the page it leads to has loaded. Use it instead of typing
     * addresses so the test follows the links a reader would.
     */
    public static void follow(Page page, Locator link) {
        String before = page.url();
        link.click();
        page.waitForURL(url -> !url.equals(before));
        page.waitForLoadState(LoadState.LOAD);
    }

    /**
     * Scrolls every {@code <img>} into view (so lazy images load), waits for it, and fails
     * listing each image that did not load ({@code naturalWidth == 0}). Scrolls back to the top.
     */
    @SuppressWarnings("unchecked")
    public void assertImagesLoaded(Page page) {
        List<String> broken = (List<String>) page.evaluate("""
                async () => {
                  const images = Array.from(document.images);
                  for (const img of images) {
                    img.scrollIntoView({block: 'center'});
                    if (!img.complete) {
                      await new Promise(done => {
                        img.addEventListener('load', done, {once: true});
                        img.addEventListener('error', done, {once: true});
                        setTimeout(done, 5000);
                      });
                    }
                  }
                  window.scrollTo(0, 0);
                  return images.filter(img => !(img.complete && img.naturalWidth > 0))
                      .map(img => (img.getAttribute('src') || '(no src)') + ' alt="' + (img.alt || '') + '"');
                }""");
        if (!broken.isEmpty()) {
            fail(broken.size() + " image(s) did not load on " + page.url() + ":\n  - "
                    + String.join("\n  - ", broken));
        }
    }

    /**
     * Fails when the page is wider than the window, naming the elements that stick out on the
     * right (those inside their own scrolling box are not named).
     *
     * <p>The window's width is the smaller of {@code innerWidth} and the root element's
     * {@code clientWidth}: with {@code isMobile} Chromium widens {@code innerWidth} to the
     * overflowing content (a 900px element in a 375px phone gives {@code innerWidth == 908}), so
     * {@code scrollWidth <= innerWidth} alone would never fail on a phone.
     */
    @SuppressWarnings("unchecked")
    public void assertNoHorizontalScrolling(Page page) {
        Map<String, Object> m = (Map<String, Object>) page.evaluate("""
                () => {
                  const innerWidth = Math.min(window.innerWidth, document.documentElement.clientWidth);
                  const scrollWidth = document.documentElement.scrollWidth;
                  const culprits = [];
                  if (scrollWidth > innerWidth) {
                    const clipped = el => {
                      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                        if (getComputedStyle(p).overflowX !== 'visible') return true;
                      }
                      return false;
                    };
                    for (const el of document.body.querySelectorAll('*')) {
                      const r = el.getBoundingClientRect();
                      if (r.width > 0 && r.right > innerWidth + 0.5 && !clipped(el)) {
                        const cls = el.getAttribute('class');
                        culprits.push('<' + el.tagName.toLowerCase() + (cls ? ' class="' + cls + '"' : '')
                            + '> right=' + Math.round(r.right) + 'px "'
                            + (el.textContent || '').trim().slice(0, 30) + '"');
                      }
                    }
                  }
                  return {innerWidth, scrollWidth, culprits: culprits.slice(0, 12)};
                }""");
        int innerWidth = ((Number) m.get("innerWidth")).intValue();
        int scrollWidth = ((Number) m.get("scrollWidth")).intValue();
        if (scrollWidth > innerWidth) {
            fail(page.url() + " scrolls sideways: document is " + scrollWidth + "px wide in a "
                    + innerWidth + "px window. Elements sticking out:\n  - "
                    + String.join("\n  - ", (List<String>) m.get("culprits")));
        }
    }

    /**
     * Collects garbage through the Chrome DevTools Protocol, then returns the page's memory
     * figures: {@code JSHeapUsedSize} and {@code Nodes} from {@code Performance.getMetrics},
     * and {@code documents}, {@code nodes} and {@code jsEventListeners} from
     * {@code Memory.getDOMCounters}. For soak tests of pages that run for weeks.
     */
    public static Map<String, Double> memoryAfterGc(CDPSession cdp) {
        cdp.send("HeapProfiler.enable");
        cdp.send("HeapProfiler.collectGarbage");
        cdp.send("Performance.enable");
        Map<String, Double> figures = new LinkedHashMap<>();
        JsonArray metrics = cdp.send("Performance.getMetrics").getAsJsonArray("metrics");
        for (JsonElement m : metrics) {
            JsonObject metric = m.getAsJsonObject();
            String name = metric.get("name").getAsString();
            if (name.equals("JSHeapUsedSize") || name.equals("Nodes")) {
                figures.put(name, metric.get("value").getAsDouble());
            }
        }
        JsonObject counters = cdp.send("Memory.getDOMCounters");
        for (String name : List.of("documents", "nodes", "jsEventListeners")) {
            figures.put(name, counters.get(name).getAsDouble());
        }
        return figures;
    }

    /**
     * Saves a full-page screenshot to {@code target/screenshots/<name>.png} and returns its path.
     * Animations are fast-forwarded to their end first (a TV slide's 0.6 s fade-in), so the
     * picture shows the page at rest without the test waiting for it.
     */
    public Path screenshot(Page page, String name) {
        Path file = screenshotPath(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
        return file;
    }

    /** {@code target/screenshots/<fileName>}, with the folder created. */
    public static Path screenshotPath(String fileName) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SCREENSHOTS.resolve(fileName);
    }

    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (PlaywrightException ignored) {
                // already closed by the test
            }
        }
        contexts.clear();
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
