package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import org.branchpress.TestSite;
import org.branchpress.browser.BrowserSession.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notices on a lobby screen from {@code file://}, by the player's day (Playwright's paused clock,
 * Beijing time): an urgent notice takes over the screen inside its window, so only urgent
 * notices rotate, and not outside it; a player whose clock is wrong goes by the build day; the
 * chain without script, built on a day inside the window, is the urgent notices alone.
 */
@Tag("browser")
class NoticeBrowserTest extends ChromiumTest {
    static final String SETTINGS = """
            screens:
              - id: lobby
                title: 一楼大厅
                seconds: 5
                playlist:
                  - page: {src: pages/about.md}
                  - stats: {}
              - id: elevator
                title: 电梯厅
                seconds: 5
                playlist:
                  - page: {src: pages/about.md}
            """;

    @TempDir
    static Path tmp;
    /** Built on 2026-11-22, before the urgent windows. */
    static Path early;
    /** Built on 2026-11-26, inside both urgent windows. */
    static Path during;

    @BeforeAll
    static void buildAndStartChromium() {
        early = build("early", "2026-11-22");
        during = build("during", "2026-11-26");
        browser = BrowserSession.launch();
    }

    private static Path build(String name, String today) {
        TestSite site = new TestSite(tmp.resolve(name)).settings(SETTINGS)
                .file("pages/about.md", "---\ntitle: 关于支部\n---\n二部一室党支部是一个团结奋进的集体。\n")
                .file("notices/dangfei.md", "---\ntitle: 交纳党费\nshow_from: 2026-11-20\nshow_until: 2026-12-31\n---\n"
                        + "请于月底前交纳党费。\n")
                .file("notices/gaiqi.md", "---\ntitle: 大会改期\nshow_from: 2026-11-25\nshow_until: 2026-11-27\n"
                        + "screens: [lobby]\nurgent: true\n---\n支部党员大会改为11月27日下午3点。\n")
                .file("notices/dafeng.md", "---\ntitle: 大风预警\nshow_from: 2026-11-26\nshow_until: 2026-11-28\n"
                        + "screens: [lobby]\nurgent: true\n---\n今天有大风，请关好门窗。\n");
        TestSite.Run run = site.build("--today", today);
        assertThat(run.status()).as(run.err()).isZero();
        return site.output().resolve("screen");
    }



    @Test
    void beforeTheWindowTheNoticesJoinTheRotation() {
        assertThat(titlesShownAt(early, "lobby", "2026-11-23T09:05:00+08:00"))
                .containsExactly("关于支部", "2026年", "交纳党费", "关于支部", "2026年");
    }

    @Test
    void insideItsWindowAnUrgentNoticeTakesOverItsScreen() {
        assertThat(titlesShownAt(early, "lobby", "2026-11-25T09:05:00+08:00"))
                .containsExactly("大会改期", "大会改期", "大会改期", "大会改期", "大会改期");
        assertThat(titlesShownAt(early, "lobby", "2026-11-26T09:05:00+08:00"))
                .containsExactly("大会改期", "大风预警", "大会改期", "大风预警", "大会改期");
        assertThat(titlesShownAt(early, "lobby", "2026-11-28T09:05:00+08:00"))
                .containsExactly("大风预警", "大风预警", "大风预警", "大风预警", "大风预警");
    }

    @Test
    void theTakeOverEndsWithTheWindowAndSparesTheScreensItDoesNotName() {
        assertThat(titlesShownAt(early, "lobby", "2026-11-29T09:05:00+08:00"))
                .containsExactly("关于支部", "2026年", "交纳党费", "关于支部", "2026年");
        assertThat(titlesShownAt(early, "elevator", "2026-11-26T09:05:00+08:00"))
                .containsExactly("关于支部", "交纳党费", "关于支部", "交纳党费", "关于支部");
    }

    @Test
    void aPlayerWhoseClockIsWrongGoesByTheBuildDay() {
        assertThat(titlesShownAt(early, "lobby", "2020-01-01T09:05:00+08:00"))
                .containsExactly("关于支部", "2026年", "交纳党费", "关于支部", "2026年");
        assertThat(titlesShownAt(during, "lobby", "2020-01-01T09:05:00+08:00"))
                .containsExactly("大会改期", "大风预警", "大会改期", "大风预警", "大会改期");
    }

    @Test
    void withoutScriptTheChainOfADayInsideTheWindowIsTheUrgentNoticesOnly() throws IOException {
        try (Stream<Path> pages = Files.list(during.resolve("lobby"))) {
            assertThat(pages.map(p -> p.getFileName().toString()).filter(f -> !f.startsWith("preview-")).sorted())
                    .containsExactly("index.html", "slide-2.html");
        }
        Page page = browser.newPage(Viewport.TV_LANDSCAPE, false);
        page.navigate(during.resolve("lobby/index.html").toUri().toString());
        assertThat(page.locator("section.slide.on h2").textContent()).isEqualTo("大会改期");
        assertThat(page.locator("section.slide.on .notice-band").textContent()).isEqualTo("紧急通知");
        assertThat(page.locator("noscript").innerHTML()).contains("content=\"5; url=slide-2.html\"");
        browser.screenshot(page, "screen-notice-urgent-no-script");
        page.navigate(during.resolve("lobby/slide-2.html").toUri().toString());
        assertThat(page.locator("section.slide.on h2").textContent()).isEqualTo("大风预警");
        assertThat(page.locator("noscript").innerHTML()).contains("url=index.html");
        browser.assertNoProblems("urgent chain without script");
        page.context().close();
    }

    @Test
    void withoutScriptTheChainOfADayBeforeTheWindowLeavesTheUrgentNoticesOut() throws IOException {
        List<String> shown = new ArrayList<>();
        Page page = browser.newPage(Viewport.TV_LANDSCAPE, false);
        try (Stream<Path> pages = Files.list(early.resolve("lobby"))) {
            for (String file : pages.map(p -> p.getFileName().toString())
                    .filter(f -> f.equals("index.html") || f.startsWith("slide-")).sorted().toList()) {
                page.navigate(early.resolve("lobby/" + file).toUri().toString());
                shown.add(page.locator("section.slide.on h2").first().textContent());
            }
        }
        assertThat(shown).hasSize(3).contains("关于支部", "交纳党费").doesNotContain("大会改期", "大风预警");
        browser.assertNoProblems("chain before the urgent window");
        page.context().close();
    }

    /** The title of each of the first five slides the rotation shows from {@code time} on. */
    private static List<String> titlesShownAt(Path screens, String screen, String time) {
        long at = ZonedDateTime.parse(time).toInstant().toEpochMilli();
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        page.clock().install(new Clock.InstallOptions().setTime(at));
        page.clock().pauseAt(at + 1000);
        page.navigate(screens.resolve(screen + "/index.html").toUri().toString());
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String title = page.locator("section.slide.on h2").first().textContent();
            titles.add(title.matches("20\\d\\d年.*") ? "2026年" : title);
            if (i == 0 && (title.equals("大会改期") || title.equals("大风预警"))) {
                browser.screenshot(page, "screen-notice-" + screen + "-" + time.substring(0, 10) + "-" + i);
            }
            page.clock().runFor(5000);
        }
        browser.assertNoProblems(screen + " rotation at " + time);
        page.context().close();
        return titles;
    }
}
