package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.branchpress.TestSite;
import org.branchpress.browser.BrowserSession.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Playlist items of the TV screens from {@code file://}, as a lobby player shows them.
 *
 * <p>A video slide: the video (the sample's five-second WebM) plays muted and the next slide
 * follows when it ends, long before its 60-second limit; a video the player cannot play gives
 * way to its poster, which shows for the slide's seconds; without script the slide is its poster.
 *
 * <p>{@code hours:}: by the player's clock (Playwright's, paused, in Beijing time), a morning
 * welcome shows at 09:05 and not at 11:00, a night slide past midnight shows at 23:30; a player
 * whose clock is wrong shows neither; without script the chain leaves them out.
 */
@Tag("browser")
class PlaylistItemsBrowserTest extends ChromiumTest {
    /** 46 characters: wider than a landscape screen's 38, so it scrolls, for (46 + 38) / 5 = 17 s (rounded up). */
    private static final String LONG_TICKER = "热烈祝贺我支部质量复查突击队、外场试验党员突击队荣获2025年度先进团队称号，向全体党员致敬";
    private static final long MONDAY_MORNING = ZonedDateTime.parse("2026-11-23T09:05:00+08:00").toInstant().toEpochMilli();

    @TempDir
    static Path tmp;
    static Path screen;
    static Path hoursScreen;

    @BeforeAll
    static void buildAndStartChromium() throws IOException {
        TestSite site = new TestSite(tmp.resolve("video")).settings("""
                        screens:
                          - id: lobby
                            title: 一楼大厅
                            orientation: landscape
                            seconds: 4
                            playlist:
                              - video: {src: media/demo.webm, poster: media/demo.jpg, seconds: 60}
                              - page: {src: pages/about.md}
                        """)
                .bytes("media/demo.webm", Files.readAllBytes(Path.of("content/media/dangri-demo.webm")))
                .bytes("media/demo.jpg", Files.readAllBytes(Path.of("content/media/dangri-demo.jpg")))
                .file("pages/about.md", "---\ntitle: 关于支部\n---\n二部一室党支部是一个团结奋进的集体。\n");
        TestSite.Run run = site.build("--today", "2026-11-22");
        assertThat(run.status()).as(run.err()).isZero();
        TestSite hours = new TestSite(tmp.resolve("hours")).settings("""
                        screens:
                          - id: lobby
                            title: 一楼大厅
                            seconds: 5
                            ticker:
                              - %s
                              - 弘扬航天精神
                            playlist:
                              - page: {src: pages/about.md}
                              - page: {src: pages/welcome.md, hours: "08:00-10:00"}
                              - page: {src: pages/night.md, hours: "22:00-06:00"}
                              - stats: {}
                        """.formatted(LONG_TICKER))
                .file("pages/about.md", "---\ntitle: 关于支部\n---\n二部一室党支部是一个团结奋进的集体。\n")
                .file("pages/welcome.md", "---\ntitle: 早上好\n---\n欢迎来到二部一室。\n")
                .file("pages/night.md", "---\ntitle: 夜间值班提示\n---\n请值班同志注意安全。\n");
        TestSite.Run hoursRun = hours.build("--today", "2026-11-22");
        assertThat(hoursRun.status()).as(hoursRun.err()).isZero();
        hoursScreen = hours.output().resolve("screen/lobby");
        screen = site.output().resolve("screen/lobby");
        browser = BrowserSession.launch();
    }



    @Test
    void theNextSlideFollowsWhenTheVideoEnds() {
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        page.navigate(screen.resolve("index.html").toUri().toString());
        page.waitForFunction("() => { const v = document.querySelector('video'); return v && v.currentTime > 0.5; }",
                null, new Page.WaitForFunctionOptions().setTimeout(20_000));
        assertThat(page.evaluate("() => document.querySelector('video').muted")).as("plays muted").isEqualTo(true);
        page.evaluate("() => document.querySelector('video').addEventListener('ended', () => { window.__ended = true; })");
        page.waitForFunction("() => document.querySelector('section.slide-page.on') !== null", null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(page.evaluate("() => window.__ended === true")).as("the video ended before the slide changed")
                .isEqualTo(true);
        assertThat(page.evaluate("() => document.querySelector('video').getAttribute('src')"))
                .as("the video's file let go once its slide is hidden").isNull();
        browser.screenshot(page, "screen-video-after-end");
        browser.assertNoProblems("video slide that ended");
        page.context().close();
    }

    @Test
    void aVideoThePlayerCannotPlayShowsItsPosterForTheSlidesSeconds() {
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        page.route("**/demo.webm", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("video/webm").setBodyBytes("这不是视频".getBytes(StandardCharsets.UTF_8))));
        page.clock().install(new Clock.InstallOptions().setTime(MONDAY_MORNING));
        page.clock().pauseAt(MONDAY_MORNING + 1000);
        page.navigate(screen.resolve("index.html").toUri().toString());
        page.waitForFunction("() => /\\bvideo-failed\\b/.test(document.querySelector('section.slide-video').className)",
                null, new Page.WaitForFunctionOptions().setTimeout(20_000));
        page.waitForFunction("() => { const i = document.querySelector('.video-fallback img'); return i.complete && i.naturalWidth > 0; }");
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('video')).display")).isEqualTo("none");
        browser.screenshot(page, "screen-video-poster");
        int changes = changes(page);
        page.clock().runFor(59_999);
        assertThat(changes(page)).as("the poster still shown just before the slide's 60 s").isEqualTo(changes);
        page.clock().runFor(1);
        assertThat(changes(page)).as("the next slide after the slide's 60 s").isEqualTo(changes + 1);
        assertThat(page.evaluate("() => document.querySelector('section.slide-page.on') !== null")).isEqualTo(true);
        browser.assertNoProblems("video slide that could not play");
        page.context().close();
    }

    @Test
    void withoutScriptTheVideoSlideIsItsPosterAndChainsOn() {
        Page page = browser.newPage(Viewport.TV_LANDSCAPE, false);
        page.navigate(screen.resolve("index.html").toUri().toString());
        page.waitForFunction("() => { const i = document.querySelector('section.slide-video.on img.poster-img');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(page.evaluate("() => document.querySelector('video') === null || !document.querySelector('video').src"))
                .as("nothing plays without script").isEqualTo(true);
        assertThat(page.locator("noscript").innerHTML()).contains("content=\"60; url=slide-2.html\"");
        browser.assertNoProblems("video slide without script");
        page.context().close();
    }

    @Test
    void slidesWithHoursShowOnlyThen() {
        assertThat(titlesShownAt("2026-11-23T09:05:00+08:00")).containsExactly("关于支部", "早上好", "2026年", "关于支部");
        assertThat(titlesShownAt("2026-11-23T11:00:00+08:00")).containsExactly("关于支部", "2026年", "关于支部", "2026年");
        assertThat(titlesShownAt("2026-11-23T23:30:00+08:00")).containsExactly("关于支部", "夜间值班提示", "2026年", "关于支部");
        // a player that lost its time (before the build day) cannot know the hour
        assertThat(titlesShownAt("2020-01-01T09:05:00+08:00")).containsExactly("关于支部", "2026年", "关于支部", "2026年");
    }

    @Test
    void withoutScriptTheChainLeavesSlidesWithHoursOut() throws Exception {
        try (var pages = Files.list(hoursScreen)) {
            assertThat(pages.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("preview-")).sorted())
                    .as("the chain (the preview wall's still pages apart)").containsExactly("index.html", "slide-2.html");
        }
        assertThat(Files.readString(hoursScreen.resolve("slide-2.html"))).contains("slide-stats").doesNotContain("早上好");
        assertThat(Files.readString(hoursScreen.resolve("index.html"))).contains("data-hours=\"08:00-10:00\"")
                .contains("data-hours=\"22:00-06:00\"");
        Page page = browser.newPage(Viewport.TV_LANDSCAPE, false);
        page.navigate(hoursScreen.resolve("index.html").toUri().toString());
        assertThat(page.locator("section.slide.on h2").textContent()).isEqualTo("关于支部");
        browser.assertNoProblems("chain without script");
        page.context().close();
    }

    /** The title of each of the first four slides the rotation shows from {@code time} on. */
    private static List<String> titlesShownAt(String time) {
        long at = ZonedDateTime.parse(time).toInstant().toEpochMilli();
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        page.clock().install(new Clock.InstallOptions().setTime(at));
        page.clock().pauseAt(at + 1000);
        page.navigate(hoursScreen.resolve("index.html").toUri().toString());
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String title = page.locator("section.slide.on h2").first().textContent();
            titles.add(title.startsWith("2026年") || title.startsWith("2020年") ? "2026年" : title);
            page.clock().runFor(5000);
        }
        browser.assertNoProblems("rotation at " + time);
        page.context().close();
        return titles;
    }
    @Test
    void aTickerLineWiderThanTheScreenScrollsPastWholeAndTheNextWaits() {
        assertThat(LONG_TICKER.codePointCount(0, LONG_TICKER.length())).isEqualTo(46);
        long at = MONDAY_MORNING;
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        page.clock().install(new Clock.InstallOptions().setTime(at));
        page.clock().pauseAt(at + 1000);
        page.navigate(hoursScreen.resolve("index.html").toUri().toString());
        assertThat(page.locator(".ticker-line.on").textContent()).as("the whole line, not shortened").isEqualTo(LONG_TICKER);
        assertThat(page.locator(".ticker-line.on").getAttribute("data-scroll-landscape")).isEqualTo("17");
        assertThat(page.evaluate("() => document.querySelector('.scroll-landscape.on .ticker-text').getAnimations()"
                + ".map(a => a.effect.getTiming().duration)")).asString().isEqualTo("[17000]");
        page.clock().runFor(5000);
        assertThat(changes(page)).as("the slide changed").isEqualTo(2);
        assertThat(page.locator(".ticker-line.on").textContent()).as("the ticker waits for the line").isEqualTo(LONG_TICKER);
        page.clock().runFor(15_000);
        assertThat(page.locator(".ticker-line.on").textContent()).as("after 20 s, the next line").isEqualTo("弘扬航天精神");
        browser.assertNoProblems("scrolling ticker");
        page.context().close();
    }

    private static int changes(Page page) {
        return ((Number) page.evaluate("() => +document.documentElement.getAttribute('data-changes') || 0")).intValue();
    }
}
