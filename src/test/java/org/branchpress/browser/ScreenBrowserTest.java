package org.branchpress.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;
import org.branchpress.TestSite;
import org.branchpress.browser.BrowserSession.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TV screens of the sample {@code content/} (a landscape {@code lobby}, a portrait
 * {@code elevator}) in Chromium, the way a lobby player shows them: every slide at every
 * supported resolution fits with readable text, with and without script; the rotation keeps
 * time, runs for weeks without growing, picks up new content and survives a missing
 * {@code build-id.js}; the clock trusts the build when the player's clock is wrong. A site
 * whose every text is at its character budget (ScreenRenderer) must fit as well.
 *
 * <p>Screenshots in {@code target/screenshots/}: {@code screen-<screen>-<W>x<H>-slide-<N>-<kind>.png}
 * (the pages without script), {@code screen-<screen>-<W>x<H>-js-slide-1-<kind>.png} (the rotating
 * page, with its clock), and the same for the budget site as {@code screen-budget-wide-…} and
 * {@code screen-budget-tall-…}.
 */
@Tag("browser")
class ScreenBrowserTest extends ChromiumTest {

    /** The build day of every site in this class. */
    private static final String BUILD_DAY = "2026-11-22";
    /** A player's clock after the build: 2026-11-23 09:05 in Beijing (contexts run in Asia/Shanghai). */
    /** The day of {@link #MONDAY_MORNING}: the slides walked are those shown on it. */
    private static final String PLAYER_DAY = "2026-11-23";
    private static final long MONDAY_MORNING = ZonedDateTime.parse("2026-11-23T09:05:00+08:00").toInstant().toEpochMilli();
    /** A player that lost its time: 2020-01-01 10:00 in Beijing. */
    private static final long LOST_CLOCK = ZonedDateTime.parse("2020-01-01T10:00:00+08:00").toInstant().toEpochMilli();
    private static final Viewport LAPTOP_TV = new Viewport(1366, 768, 1, false);

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void buildSampleSiteAndStartChromium() throws java.io.IOException {
        // Screenshots of an earlier run would pass for this one's.
        if (Files.isDirectory(BrowserSession.SCREENSHOTS)) {
            try (var old = Files.newDirectoryStream(BrowserSession.SCREENSHOTS, "screen-*.png")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
        }
        site = tmp.resolve("site");
        TestSite.Run run = TestSite.run("build", "--content", Path.of("content").toString(), "--output",
                site.toString(), "--templates", tmp.resolve("no-templates").toString(), "--today", BUILD_DAY);
        assertThat(run.status()).as("`branchpress build` of content/: " + run.err()).isZero();
        assertThat(site.resolve("screen/lobby/index.html")).exists();
        assertThat(site.resolve("screen/elevator/index.html")).exists();
        browser = BrowserSession.launch();
    }



    // ---------------------------------------------------------------- 1. every slide fits

    @Test
    void lobbySlidesFitAFullHdTv() {
        assertEverySlideFits(site, "lobby", "lobby", Viewport.TV_LANDSCAPE);
    }

    @Test
    void lobbySlidesFitA1366By768Tv() {
        assertEverySlideFits(site, "lobby", "lobby", LAPTOP_TV);
    }

    @Test
    void lobbySlidesFitA720pTv() {
        assertEverySlideFits(site, "lobby", "lobby", new Viewport(1280, 720, 1, false));
    }

    @Test
    void elevatorSlidesFitAPortraitTv() {
        assertEverySlideFits(site, "elevator", "elevator", Viewport.TV_PORTRAIT);
    }

    /**
     * The layout follows the panel: the lobby's landscape playlist on a panel mounted upright,
     * and the elevator's portrait one on a panel lying down, re-flow instead of clipping.
     */
    @Test
    void aPlaylistShownOnAPanelOfTheOtherOrientationReflows() {
        assertEverySlideFits(site, "lobby", "lobby-on-portrait", Viewport.TV_PORTRAIT);
        assertEverySlideFits(site, "elevator", "elevator-on-landscape", Viewport.TV_LANDSCAPE);
    }

    /**
     * The 党总支 example's screens: honors, activities and cases of several branches, each slide
     * naming its branch, and the branches compared (five a landscape slide, three a portrait one).
     */
    @Test
    void aZongzhisScreensFitBothOrientations() throws java.io.IOException {
        TestSite zongzhi = new TestSite(tmp.resolve("zongzhi"));
        TestSite.copyTree(Path.of("examples/zongzhi"), zongzhi.content());
        TestSite.Run run = zongzhi.build("--today", "2026-05-01");
        assertThat(run.status()).as(run.err()).isZero();
        assertEverySlideFits(zongzhi.output(), "lobby", "zongzhi-lobby", Viewport.TV_LANDSCAPE);
        assertEverySlideFits(zongzhi.output(), "lobby", "zongzhi-lobby", LAPTOP_TV);
        assertEverySlideFits(zongzhi.output(), "elevator", "zongzhi-elevator", Viewport.TV_PORTRAIT);
    }

    /**
     * Every text at or over its character budget (ScreenRenderer), every slide kind, a team
     * with many members, ten activity types, a 4:3 photo, an activity without one: what the
     * budgets promise must fit.
     */
    @Test
    void textsAtTheirCharacterBudgetsFitEveryResolution() {
        Path out = budgetSite(tmp.resolve("budget")).output();
        assertEverySlideFits(out, "wide", "budget-wide", Viewport.TV_LANDSCAPE);
        assertEverySlideFits(out, "wide", "budget-wide", LAPTOP_TV);
        assertEverySlideFits(out, "tall", "budget-tall", Viewport.TV_PORTRAIT);
        assertEverySlideFits(out, "wide-urgent", "budget-wide-urgent", Viewport.TV_LANDSCAPE);
        assertEverySlideFits(out, "tall-urgent", "budget-tall-urgent", Viewport.TV_PORTRAIT);
    }

    private static TestSite budgetSite(Path root) {
        String noStop = "党支部坚持把政治建设摆在首位围绕型号研制中心任务开展组织生活";
        String playlist = """
                    playlist:
                      - honors: {latest: 3}
                      - activities: {latest: 2}
                      - cases: {latest: 1}
                      - stats: {}
                      - page: {src: pages/about.md}
                      - image: {src: media/poster.png}
                """;
        TestSite budget = new TestSite(root).file("site.yaml", """
                title: 中国航天科工集团第二研究院第二总体设计部第一研究室党支部委员会
                subtitle: 打造捍卫祖国空天的红色堡垒
                base_url: http://intranet.example/branch/
                screens:
                  - id: wide
                    title: 一楼大厅
                    orientation: landscape
                    ticker: [%1$s%1$s]
                %2$s  - id: tall
                    title: 电梯厅
                    orientation: portrait
                    ticker: [%1$s]
                %2$s  - id: wide-urgent
                    title: 会议室
                    playlist:
                      - stats: {}
                  - id: tall-urgent
                    title: 走廊
                    orientation: portrait
                    playlist:
                      - stats: {}
                """.formatted(noStop, playlist));
        String citation = noStop + noStop;
        budget.file("honors/stars.md", """
                ---
                title: 2026年度“党员之星”暨优秀共产党员优秀党务工作者和先进基层党组织表彰名单
                date: 2026-10-30
                kind: 党员之星
                period: 2026年度
                issuer: 二部一室党支部
                entries:
                  - name: 欧阳建国
                    unit: 第一党小组总体设计与系统集成方向
                    photo: media/face.png
                    citation: %1$s
                  - name: 外场试验党员突击队第一分队青年组
                    members: [欧阳建国, 司马光明, 诸葛亮亮, 上官婉儿, 东方明珠]
                    citation: %1$s
                  - name: 司马光明
                    unit: 第三党小组
                    citation: %1$s
                  - name: 上官婉儿
                    unit: 第二党小组
                    citation: %1$s
                ---
                """.formatted(citation));
        // the most cards a portrait slide stacks (PortraitLayout): three without citations under a
        // one-line title, two with one-line citations under a two-line one
        budget.file("honors/names.md", """
                ---
                title: 十月之星
                date: 2026-10-29
                kind: 月度之星
                entries:
                  - {name: 欧阳建国, unit: 第一党小组总体设计}
                  - {name: 外场试验党员突击队, members: [欧阳建国, 司马光明]}
                  - {name: 司马光明, unit: 第三党小组}
                  - {name: 上官婉儿, unit: 第二党小组}
                ---
                """).file("honors/short.md", """
                ---
                title: 2026年9月“月度之星”
                date: 2026-10-28
                kind: 月度之星
                entries:
                  - {name: 欧阳建国, unit: 第一党小组, citation: 攻克关键技术难题。}
                  - {name: 司马光明, unit: 第三党小组, citation: 带头完成外场试验。}
                  - {name: 上官婉儿, unit: 第二党小组, citation: 做好党员服务工作。}
                ---
                """);
        String[] types = {"支部党员大会", "支委会", "党小组会", "党课", "主题党日", "组织生活会", "民主评议党员", "志愿服务",
            "专题学习", "其他"};
        for (int i = 0; i < types.length; i++) {
            String day = "2026-0" + (i % 9 + 1) + "-1" + (i % 9);
            budget.file("activities/a" + i + ".md",
                    "---\ntitle: 第" + i + "次活动\ndate: " + day + "\ntype: " + types[i] + "\n---\n简短纪要。\n");
        }
        budget.file("activities/latest.md", """
                        ---
                        title: %1$s%1$s
                        date: 2026-11-20
                        type: 主题党日
                        location: 中国人民革命军事博物馆北京市海淀区复兴路九号
                        attendance: {present: 28, expected: 30}
                        photos: [media/photo.png]
                        ---
                        %1$s%1$s%1$s%1$s
                        """.formatted(noStop))
                .file("activities/no-photo.md", """
                        ---
                        title: %1$s%1$s
                        date: 2026-11-19
                        type: 支委会
                        location: 中国人民革命军事博物馆北京市海淀区复兴路九号
                        attendance: {present: 5, expected: 5}
                        ---
                        %1$s%1$s%1$s%1$s
                        """.formatted(noStop))
                .file("cases/case.md", """
                        ---
                        title: %1$s%1$s
                        date: 2026-10-01
                        source: 人民网-中国共产党新闻网
                        cover: media/photo.png
                        ---
                        %2$s
                        """.formatted(noStop, noStop.repeat(8)))
                .file("pages/about.md", "---\ntitle: " + noStop + noStop + "\n---\n" + noStop.repeat(8) + "\n")
                // a notice on every screen, and an urgent one that takes over the two urgent screens
                .file("notices/usual.md", "---\ntitle: " + noStop + noStop + "\nshow_from: 2026-11-20\n"
                        + "show_until: 2026-11-30\n---\n" + noStop.repeat(8) + "\n")
                .file("notices/urgent.md", "---\ntitle: " + noStop + noStop + "\nshow_from: 2026-11-20\n"
                        + "show_until: 2026-11-30\nurgent: true\nscreens: [wide-urgent, tall-urgent]\n---\n"
                        + noStop.repeat(8) + "\n")
                .bytes("media/photo.png", png(800, 600))
                .bytes("media/face.png", png(300, 400))
                .bytes("media/poster.png", png(1600, 900));
        TestSite.Run run = budget.build("--today", BUILD_DAY);
        assertThat(run.status()).as("build of the budget site: " + run.err()).isZero();
        return budget;
    }

    /** A real PNG of the given size: a gold frame on red, so a screenshot shows where it is. */
    private static byte[] png(int width, int height) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0xd4a017));
        g.fillRect(0, 0, width, height);
        g.setColor(new java.awt.Color(0x7a0d0d));
        g.fillRect(width / 20, height / 20, width - width / 10, height - height / 10);
        g.dispose();
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A slide of the rotating page that the player shows: its place (1-based) there, its place in
     * the chain of pages without script, kind and seconds.
     */
    private record SlideInfo(int number, int chained, String kind, double seconds) {
    }

    /**
     * Walks every slide twice: the chained pages with script off ({@code index.html} for slide 1,
     * {@code slide-N.html} after it), then the rotating page with script on, stepping Playwright's
     * clock from slide to slide (so the header shows a real time, as on a player). Collects every
     * problem of every slide before failing, so one run names them all.
     */
    private void assertEverySlideFits(Path output, String screen, String label, Viewport viewport) {
        Path folder = output.resolve("screen").resolve(screen);
        String size = viewport.width() + "x" + viewport.height();
        List<String> problems = new ArrayList<>();

        Page plain = browser.newPage(viewport, false);
        plain.navigate(folder.resolve("index.html").toUri().toString());
        List<SlideInfo> slides = slidesOf(plain);
        assertThat(slides).as("slides of " + screen).isNotEmpty();
        for (SlideInfo slide : slides) {
            String where = screen + " " + size + " slide " + slide.number() + " (" + slide.kind() + ", no script)";
            if (slide.chained() > 1) {
                plain.navigate(folder.resolve("slide-" + slide.chained() + ".html").toUri().toString());
            }
            plain.waitForLoadState(LoadState.LOAD);
            assertThat(plain.locator("section.slide.on").getAttribute("class"))
                    .as("shown slide of " + plain.url()).contains("slide-" + slide.kind());
            waitUntil(plain, () -> shownImagesLoaded(plain), 5000, "pictures of " + where);
            problems.addAll(layoutProblems(plain, where));
            browser.screenshot(plain, "screen-" + label + "-" + size + "-slide-" + slide.number() + "-" + slide.kind());
            browser.assertNoProblems(where);
        }
        plain.context().close();

        Page live = browser.newPage(viewport, true);
        live.clock().install(new Clock.InstallOptions().setTime(MONDAY_MORNING));
        live.navigate(folder.resolve("index.html").toUri().toString());
        for (SlideInfo slide : slides) {
            String where = screen + " " + size + " slide " + slide.number() + " (" + slide.kind() + ", rotating page)";
            int index = slide.number() - 1;
            waitUntil(live, () -> shownIndex(live) == index, 5000, where + " to be shown");
            waitUntil(live, () -> shownImagesLoaded(live), 5000, "pictures of " + where);
            problems.addAll(layoutProblems(live, where));
            if (slide.chained() == 1) {
                browser.screenshot(live, "screen-" + label + "-" + size + "-js-slide-1-" + slide.kind());
            }
            live.clock().runFor(Math.round(slide.seconds() * 1000));
        }
        int first = slides.get(0).number() - 1;
        waitUntil(live, () -> shownIndex(live) == first, 5000, "the rotation of " + screen + " to come back to its first slide");
        assertThat(changes(live)).as("slide changes on " + screen + " after one loop").isEqualTo(slides.size() + 1);
        // The burn-in drift (every 180 s) moves the header and ticker a few pixels each time.
        Object before = live.locator(".ticker").evaluate("e => e.style.transform");
        live.clock().runFor(180_000);
        Object after = live.locator(".ticker").evaluate("e => e.style.transform");
        assertThat(String.valueOf(after)).as("the ticker after 180 s more").isNotEqualTo(String.valueOf(before))
                .matches("translate\\(-?[0-4]px, -?[0-4]px\\)");
        problems.addAll(layoutProblems(live, screen + " " + size + " after the first burn-in drift"));
        browser.assertNoProblems(screen + " " + size + " rotating page");
        live.context().close();

        assertThat(problems).as("layout problems of the " + screen + " screen at " + size).isEmpty();
    }

    /**
     * The slides the player shows on {@link #PLAYER_DAY}, as screen.js chooses them: those whose
     * days hold it, and only the urgent notices among them when there is one. A notice whose
     * window has not begun (the sample's urgent one) waits in the page, and in no chained page.
     */
    @SuppressWarnings("unchecked")
    private static List<SlideInfo> slidesOf(Page page) {
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate("""
                day => {
                  const all = Array.from(document.querySelectorAll('section.slide[data-seconds]')).map((s, i) => ({
                    number: i + 1,
                    kind: /\\bslide-([a-z]+)\\b/.exec(s.className)[1],
                    seconds: parseFloat(s.getAttribute('data-seconds')),
                    urgent: s.getAttribute('data-urgent') === 'true',
                    shows: (s.getAttribute('data-from') || day) <= day && (s.getAttribute('data-until') || day) >= day
                  })).filter(s => s.shows);
                  const urgent = all.filter(s => s.urgent);
                  return urgent.length ? urgent : all;
                }""", PLAYER_DAY);
        List<SlideInfo> slides = new ArrayList<>();
        for (Map<String, Object> m : raw) {
            slides.add(new SlideInfo(((Number) m.get("number")).intValue(), slides.size() + 1, (String) m.get("kind"),
                    ((Number) m.get("seconds")).doubleValue()));
        }
        return slides;
    }

    private static int shownIndex(Page page) {
        return ((Number) page.evaluate("""
                () => Array.from(document.querySelectorAll('section.slide[data-seconds]'))
                    .findIndex(s => /\\bon\\b/.test(s.className))""")).intValue();
    }

    private static boolean shownImagesLoaded(Page page) {
        return (Boolean) page.evaluate("""
                () => Array.from(document.querySelectorAll('section.slide.on img'))
                    .every(img => img.complete && img.naturalWidth > 0)""");
    }

    private static int changes(Page page) {
        Object value = page.evaluate("() => +document.documentElement.getAttribute('data-changes') || 0");
        return ((Number) value).intValue();
    }

    /**
     * What a person in the lobby would notice on the shown slide: a page that scrolls, a part
     * that sticks out of the slide, text cut off by its own box or by a box around it, and text
     * smaller than 3.5% of the shorter side of the screen. The header and the ticker are held to
     * the same text rules. Generated portraits and the QR code (SVG) are pictures, not text.
     */
    @SuppressWarnings("unchecked")
    private static List<String> layoutProblems(Page page, String where) {
        List<String> found = (List<String>) page.evaluate("""
                () => {
                  const out = [];
                  const de = document.documentElement;
                  const minFont = 0.035 * Math.min(innerWidth, innerHeight);
                  // lobby rules, as a fraction of the screen height: titles and names 6%, body text
                  // 4.5%, any text 3.5%; on a portrait panel for a portrait playlist too. A landscape
                  // playlist on a portrait panel re-flows at 3.5% of the width (its texts were
                  // budgeted for the wide layout).
                  const reflow = innerWidth < innerHeight && !/\\bportrait\\b/.test(de.className);
                  const need = el => {
                    if (reflow) return [minFont, '3.5% of the shorter side (a landscape playlist re-flowed)'];
                    const c = ' ' + (el.getAttribute('class') || '') + ' ';
                    if (/ (slide-title|card-name|notice-title|fallback-title) /.test(c)) return [0.06 * innerHeight, '6% of the height: titles and names'];
                    if (/ (summary|card-citation|notice-text|page-text) /.test(c)) return [0.045 * innerHeight, '4.5% of the height: body text'];
                    return [0.035 * innerHeight, '3.5% of the height'];
                  };
                  if (de.scrollWidth > de.clientWidth) out.push('page scrolls sideways: ' + de.scrollWidth + ' > ' + de.clientWidth);
                  if (de.scrollHeight > de.clientHeight) out.push('page scrolls down: ' + de.scrollHeight + ' > ' + de.clientHeight);
                  const slide = document.querySelector('section.slide.on');
                  if (!slide) return ['no slide is shown'];
                  const name = el => {
                    const c = el.getAttribute('class');
                    return '<' + el.tagName.toLowerCase() + (c ? ' class="' + c + '"' : '') + '> "'
                        + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30) + '"';
                  };
                  const box = r => '[' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(',') + ']';
                  const outside = (r, o) => r.left < o.left - 1 || r.top < o.top - 1
                      || r.right > o.right + 1 || r.bottom > o.bottom + 1;
                  const checkText = (el, stop) => {
                    if (el.closest('.sr-only')) return; // a heading for screen readers, clipped on purpose
                    const r = el.getBoundingClientRect();
                    // a ticker line wider than the screen scrolls past whole: its width is the point
                    const scrolls = (innerHeight > innerWidth ? /\\bscroll-portrait\\b/ : /\\bscroll-landscape\\b/)
                        .test(el.className);
                    if (!scrolls && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
                      out.push(name(el) + ' is cut off: content ' + el.scrollWidth + 'x' + el.scrollHeight
                          + ' in a ' + el.clientWidth + 'x' + el.clientHeight + ' box');
                    }
                    for (let a = el.parentElement; !scrolls && a && a !== stop; a = a.parentElement) {
                      const cs = getComputedStyle(a);
                      if ((cs.overflowX !== 'visible' || cs.overflowY !== 'visible') && outside(r, a.getBoundingClientRect())) {
                        out.push(name(el) + ' ' + box(r) + ' is cut off by ' + name(a) + ' ' + box(a.getBoundingClientRect()));
                        break;
                      }
                    }
                    const size = parseFloat(getComputedStyle(el).fontSize);
                    const [least, rule] = need(el);
                    if (size < least - 0.01) {
                      out.push(name(el) + ' font-size ' + size.toFixed(1) + 'px < ' + least.toFixed(1) + 'px (' + rule + ')');
                    }
                  };
                  const slideBox = slide.getBoundingClientRect();
                  for (const el of slide.querySelectorAll('*')) {
                    const svg = el.closest('svg');
                    if (svg && svg !== el) continue; // inside a portrait or the QR code
                    const r = el.getBoundingClientRect();
                    if (r.width === 0 && r.height === 0) continue; // not shown
                    if (outside(r, slideBox)) out.push(name(el) + ' ' + box(r) + ' leaves the slide ' + box(slideBox));
                    if (el.matches('p, h1, h2, li, span') && el.textContent.trim() !== '') checkText(el, slide);
                  }
                  for (const el of document.querySelectorAll('.chrome .site, .chrome .clock, .chrome .ticker-line')) {
                    const r = el.getBoundingClientRect();
                    if (r.width > 0 && el.textContent.trim() !== '') checkText(el, document.body);
                  }
                  return out;
                }""");
        return found.stream().map(p -> where + ": " + p).toList();
    }

    // ---------------------------------------------------------------- 2. rotation keeps time

    /**
     * Slides change on time, to the millisecond: Playwright's clock is paused, so the page's
     * timers fire only when the test moves time on, and each slide must stay exactly its
     * {@code data-seconds} divided by the speed, however busy the machine is.
     */
    @Test
    void rotationChangesSlidesOnTimeWithoutErrorsOrOutsideRequests() {
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        List<String> probes = new ArrayList<>();
        page.onRequest(r -> {
            if (r.url().contains("build-id.js?v=")) {
                probes.add(r.url());
            }
        });
        pauseClock(page, MONDAY_MORNING);
        page.navigate(site.resolve("screen/lobby/index.html").toUri() + "?speed=20");
        page.evaluate("() => { window.__marker = 1; }");
        List<SlideInfo> slides = slidesOf(page);
        long ran = 0;
        for (int change = 1; change <= 6; change++) {
            int changes = changes(page);
            SlideInfo shown = slides.get(shownIndex(page));
            long stays = Math.max(20, Math.round(shown.seconds() * 1000 / 20));
            page.clock().runFor(stays - 1);
            assertThat(changes(page)).as("slide %d (%s s at speed 20) still shown after %d of its %d ms",
                    shown.number(), shown.seconds(), stays - 1, stays).isEqualTo(changes);
            page.clock().runFor(1);
            assertThat(changes(page)).as("slide %d changed after exactly %d ms", shown.number(), stays)
                    .isEqualTo(changes + 1);
            assertThat(shownIndex(page)).as("slide shown after change " + change).isNotEqualTo(shown.number() - 1);
            ran += stays;
        }
        assertThat(ran).as("ms of rotation, more than one build-id poll (60 s / 20)").isGreaterThan(3000);
        waitUntil(page, () -> !probes.isEmpty(), 5000, "a build-id.js probe (every 60 s / 20)");
        assertThat(page.evaluate("() => window.__marker")).as("no reload for an unchanged build").isEqualTo(1);
        browser.assertNoProblems("lobby rotating at speed 20");
        page.context().close();
    }

    /**
     * Installs Playwright's clock at {@code time} and pauses it there, before the page is
     * opened: its timers then run only in {@code clock().runFor(…)}, and the test, not the
     * machine's load, decides how much time passes.
     */
    private static void pauseClock(Page page, long time) {
        page.clock().install(new Clock.InstallOptions().setTime(time));
        page.clock().pauseAt(time + 1000);
    }

    // ---------------------------------------------------------------- 3. without script

    @Test
    void withoutScriptTheSlidePagesChainAndComeBack() {
        TestSite small = smallSite(tmp.resolve("chain"), "主题党日“轮值制”让党小组唱主角");
        Page page = browser.newPage(Viewport.TV_LANDSCAPE, false);
        Path folder = small.output().resolve("screen/lobby");
        page.navigate(folder.resolve("index.html").toUri().toString());
        long shownAt = System.nanoTime();
        for (String next : List.of("slide-2.html", "slide-3.html", "index.html")) {
            page.waitForURL(url -> url.endsWith("/screen/lobby/" + next),
                    new Page.WaitForURLOptions().setTimeout(8000));
            long now = System.nanoTime();
            double seconds = (now - shownAt) / 1e9;
            shownAt = now;
            assertThat(seconds).as("seconds before " + next + " (slides last 3 s)").isBetween(2.5, 6.0);
            page.waitForLoadState(LoadState.LOAD);
            assertThat(page.locator("section.slide.on").count()).as("shown slide on " + next).isEqualTo(1);
        }
        browser.assertNoProblems("the chain of slide pages without script");
        page.context().close();
    }

    /** Three 3-second slides: a case (with a QR code), an activity and the statistics. */
    private static TestSite smallSite(Path root, String caseTitle) {
        TestSite small = new TestSite(root).settings("""
                        base_url: http://intranet.example/branch/
                        screens:
                          - id: lobby
                            title: 一楼大厅
                            orientation: landscape
                            seconds: 3
                            ticker: [热烈祝贺我支部荣获先进基层党组织称号]
                            playlist:
                              - cases: {latest: 1}
                              - activities: {latest: 1}
                              - stats: {}
                        """)
                .file("activities/a1.md", """
                        ---
                        title: 参观军事博物馆主题党日
                        date: 2026-11-15
                        type: 主题党日
                        location: 军事博物馆
                        attendees: [甲一, 乙二, 丙三]
                        ---
                        全体党员参观了军事博物馆，重温入党誓词。
                        """);
        return rebuild(small, caseTitle);
    }

    private static TestSite rebuild(TestSite small, String caseTitle) {
        small.file("cases/c1.md", "---\ntitle: " + caseTitle + "\ndate: 2026-10-01\nsource: 人民网\n---\n"
                + "支部推行党小组轮值承办主题党日，活动从“要我参加”变成“我要参加”。\n");
        TestSite.Run run = small.build("--today", BUILD_DAY);
        assertThat(run.status()).as("build of the small site: " + run.err()).isZero();
        return small;
    }

    // ---------------------------------------------------------------- 4. runs for weeks

    /**
     * 2,000 slide changes at speed 600: slides last 20 ms (the timer floor), the build-id probe
     * runs every 500 ms (its floor: about 80 probes) and so does the burn-in drift. A week at
     * 12 s a slide is 50,000 changes, but the page does the same things every loop, so 150 loops
     * show any growth per slide, per loop or per probe. {@code reloadHours=1000} keeps the
     * 4-hour reload (24 s at speed 600) out of the run: the page must stay the same page.
     *
     * <p>Playwright's clock is paused and moved on 500 ms (25 slides and one probe) at a time;
     * between two steps the test waits, in real time, until the probe under way has loaded and
     * removed its script tag, so every probe takes the path a player's does (load, compare,
     * remove) before its 500 ms timeout, and the pictures of the shown slide start loading. The page runs its own code exactly as on a
     * player; only the waiting between slides is skipped.
     *
     * <p>Figures are taken after garbage collection at 100, 1,000 and 2,000 changes, eight
     * samples each, 37 ms of page time apart. The DOM legitimately moves between 602 and 606
     * nodes with the pictures of the slide being shown, plus a script tag and its two listeners
     * while a probe is in flight; so the test asks that the lowest count at the end is no higher
     * than the highest at the start plus 2. Any leak per loop (150) or per probe (80) is far above that.
     */
    @Test
    void twoThousandSlideChangesDoNotGrowTheHeapOrTheDom() {
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        long started = System.nanoTime();
        pauseClock(page, MONDAY_MORNING);
        page.navigate(site.resolve("screen/lobby/index.html").toUri() + "?speed=600&reloadHours=1000");
        page.evaluate("() => { window.__marker = 'soak'; }");
        Object navigationStart = page.evaluate("() => performance.timing.navigationStart");
        CDPSession cdp = page.context().newCDPSession(page);

        rotateUntil(page, 100);
        Samples early = new Samples(changes(page), cdp, page);
        rotateUntil(page, 1000);
        Samples middle = new Samples(changes(page), cdp, page);
        rotateUntil(page, 2000);
        Samples late = new Samples(changes(page), cdp, page);
        double seconds = (System.nanoTime() - started) / 1e9;

        System.out.printf("Screen soak (lobby, speed 600, %.0f s), 8 samples after GC each (lowest..highest):%n",
                seconds);
        for (Samples s : List.of(early, middle, late)) {
            System.out.printf("  at %4d changes: JS heap %,.0f..%,.0f B (%+.1f%% from 100 changes), Nodes %.0f..%.0f; "
                            + "DOM counters: nodes %.0f..%.0f, listeners %.0f..%.0f, documents %.0f%n",
                    s.changes, s.low("JSHeapUsedSize"), s.high("JSHeapUsedSize"),
                    100 * (s.low("JSHeapUsedSize") / early.low("JSHeapUsedSize") - 1), s.low("Nodes"),
                    s.high("Nodes"), s.low("nodes"), s.high("nodes"), s.low("jsEventListeners"),
                    s.high("jsEventListeners"), s.high("documents"));
        }

        assertThat(page.evaluate("() => window.__marker")).as("the page was never reloaded").isEqualTo("soak");
        assertThat(page.evaluate("() => performance.timing.navigationStart")).isEqualTo(navigationStart);
        for (String count : List.of("Nodes", "nodes", "jsEventListeners")) {
            assertThat(late.low(count)).as("%s after 2,000 changes (at 100: %.0f..%.0f)", count, early.low(count),
                    early.high(count)).isLessThanOrEqualTo(early.high(count) + 2);
        }
        assertThat(late.high("documents")).as("documents").isEqualTo(1.0);
        double heap = early.low("JSHeapUsedSize");
        assertThat(late.low("JSHeapUsedSize")).as("JS heap after GC at 2,000 changes (at 100: %.0f B)", heap)
                .isLessThan(heap + Math.max(heap * 0.10, 1_000_000));
        // Compiled code and type feedback grow the heap in the first loops; after that it is flat.
        double warm = middle.low("JSHeapUsedSize");
        assertThat(late.low("JSHeapUsedSize")).as("JS heap after GC at 2,000 changes (at 1,000: %.0f B)", warm)
                .isLessThan(warm * 1.05);
        cdp.detach();
        page.navigate("about:blank"); // ends the rotation before its requests are counted
        List<String> problems = withoutAbortedPictures(browser.problems());
        browser.reset();
        assertThat(problems).as("problems during 2,000 slide changes").isEmpty();
        page.context().close();
    }

    /** How many build-id.js probes are under way (their script tags are still in the page). */
    private static int probesUnderWay(Page page) {
        return ((Number) page.evaluate(
                "() => document.querySelectorAll('script[src*=\"build-id.js?v=\"]').length")).intValue();
    }

    /** True when no probe is under way, or the page is being left (a reload). */
    private static boolean noProbeUnderWay(Page page) {
        try {
            return probesUnderWay(page) == 0;
        } catch (PlaywrightException reloading) {
            return true;
        }
    }

    /** Moves the paused clock on, one probe interval at a time, letting each probe finish in between. */
    private static void rotateUntil(Page page, int changes) {
        while (changes(page) < changes) {
            page.clock().runFor(500);
            waitUntil(page, () -> probesUnderWay(page) == 0, 5000, "the build-id.js probe to finish");
        }
    }

    /** Memory figures after garbage collection, sampled a few times at different moments. */
    private static final class Samples {
        final int changes;
        final List<Map<String, Double>> all = new ArrayList<>();

        Samples(int changes, CDPSession cdp, Page page) {
            this.changes = changes;
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    page.clock().runFor(37); // another moment of the 20 ms slides and 500 ms probes
                }
                all.add(BrowserSession.memoryAfterGc(cdp));
            }
        }

        double low(String name) {
            return all.stream().mapToDouble(m -> m.get(name)).min().orElseThrow();
        }

        double high(String name) {
            return all.stream().mapToDouble(m -> m.get(name)).max().orElseThrow();
        }
    }

    /**
     * At 20 ms a slide a picture is often still loading when its slide is hidden again, and
     * hiding a slide releases its pictures: that load is aborted, which is what should happen.
     */
    private static List<String> withoutAbortedPictures(List<String> problems) {
        return problems.stream().filter(p -> !(p.startsWith("failed local load: GET ") && p.contains("/screen/img/")
                && p.contains("[image]") && p.endsWith("net::ERR_ABORTED"))).toList();
    }

    // ---------------------------------------------------------------- 5. new content

    /**
     * Real time at speed 50 (3 s slides are 60 ms, a probe every 1.2 s): the reload needs the
     * probe's script to load, which no paused clock can hurry. Each wait is for counted events
     * (probes answered or failed, slide changes), never for a fixed time.
     */
    @Test
    void newBuildReloadsTheScreenAndAMissingBuildIdChangesNothing() throws Exception {
        TestSite small = smallSite(tmp.resolve("news"), "主题党日“轮值制”让党小组唱主角");
        Path buildId = small.output().resolve("build-id.js");
        String oldId = Files.readString(buildId);
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        page.onRequestFinished(r -> {
            if (r.url().contains("build-id.js?v=")) {
                answered.incrementAndGet();
            }
        });
        page.onRequestFailed(r -> {
            if (r.url().contains("build-id.js?v=")) {
                failed.incrementAndGet();
            }
        });
        page.navigate(small.output().resolve("screen/lobby/index.html").toUri() + "?speed=50");
        assertThat(page.locator(".slide-case .slide-title").textContent()).isEqualTo("主题党日“轮值制”让党小组唱主角");
        page.evaluate("() => { window.__marker = 1; }");
        // A probe of the unchanged build answers, then a whole loop (3 slides) ends after it: no reload.
        waitUntil(page, () -> answered.get() >= 1, 10_000, "a build-id.js probe to be answered");
        int afterProbe = changes(page);
        waitUntil(page, () -> changes(page) >= afterProbe + 3, 10_000, "a loop to end after the probe");
        assertThat(page.evaluate("() => window.__marker")).as("reloaded without a new build").isEqualTo(1);

        rebuild(small, "党小组轮值承办主题党日的新做法");
        assertThat(Files.readString(buildId)).as("build id after changing a title").isNotEqualTo(oldId);
        waitUntil(page, () -> marker(page) == null, 10_000, "the screen to reload the new build");
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.url()).endsWith("/screen/lobby/index.html?speed=50");
        assertThat(page.locator(".slide-case .slide-title").textContent()).isEqualTo("党小组轮值承办主题党日的新做法");
        // A probe may have found build-id.js missing while the build swapped folders.
        assertThat(withoutBuildIdLoads(browser.problems())).as("problems while reloading").isEmpty();
        browser.reset();

        // The network (or the share) is gone: the probes fail, and the screen goes on as it was.
        Files.delete(buildId);
        page.evaluate("() => { window.__marker = 2; }");
        int before = changes(page);
        failed.set(0);
        waitUntil(page, () -> failed.get() >= 3 && changes(page) > before + 20, 15_000,
                "three failed probes and 20 slide changes");
        assertThat(page.evaluate("() => window.__marker")).as("reloaded after failed probes").isEqualTo(2);
        assertThat(page.url()).endsWith("/screen/lobby/index.html?speed=50");
        assertThat(page.locator("section.slide[data-seconds]").count()).isEqualTo(3);
        List<String> problems = browser.problems();
        assertThat(problems).as("failed build-id.js probes are seen").isNotEmpty();
        assertThat(withoutBuildIdLoads(problems)).as("problems other than the missing build-id.js").isEmpty();
        browser.reset();

        // A player started while build-id.js is missing runs too.
        page.reload();
        page.evaluate("() => { window.__marker = 3; }");
        int fresh = changes(page);
        failed.set(0);
        waitUntil(page, () -> failed.get() >= 2 && changes(page) > fresh + 10, 15_000,
                "two failed probes and 10 slide changes after a start without build-id.js");
        assertThat(page.evaluate("() => window.__marker")).isEqualTo(3);
        assertThat(page.evaluate("() => typeof window.BUILD_ID")).isEqualTo("undefined");
        assertThat(withoutBuildIdLoads(browser.problems())).as("problems of a start without build-id.js").isEmpty();
        browser.reset();
        page.context().close();
    }

    /**
     * A share that hangs: the probe never hears back, and must not leave its script tag behind.
     * The clock is paused, so five polls (every 1.2 s at speed 50) and their timeouts take only
     * as long as the test needs to move time on.
     */
    @Test
    void aProbeThatNeverAnswersLeavesNoScriptTagsBehind() {
        TestSite small = smallSite(tmp.resolve("hang"), "主题党日“轮值制”让党小组唱主角");
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        AtomicInteger unanswered = new AtomicInteger();
        page.route(url -> url.contains("build-id.js?v="), route -> {
            unanswered.incrementAndGet(); // never answered
        });
        pauseClock(page, MONDAY_MORNING);
        page.navigate(small.output().resolve("screen/lobby/index.html").toUri() + "?speed=50");
        page.evaluate("() => { window.__marker = 1; }");
        int before = changes(page);
        for (int poll = 1; poll <= 5; poll++) {
            page.clock().runFor(1200);
            int polls = poll;
            waitUntil(page, () -> unanswered.get() >= polls, 5000, "probe " + poll + " to reach the hung share");
        }
        page.clock().runFor(500); // 6.5 s: probes 1 to 4 given up (after 1.2 s each), probe 5 still waiting
        assertThat(unanswered.get()).as("probes sent in 6.5 s at speed 50").isEqualTo(5);
        Object scripts = page.evaluate("() => document.getElementsByTagName('script').length");
        // build-id.js and screen.js from the page, and at most one probe still waiting.
        assertThat(((Number) scripts).intValue()).as("script tags after five unanswered probes").isLessThanOrEqualTo(3);
        assertThat(page.evaluate("() => window.__marker")).as("no reload").isEqualTo(1);
        assertThat(changes(page)).as("slides go on").isGreaterThan(before + 50);
        page.navigate("about:blank"); // drops the unanswered requests
        page.context().close(); // and delivers every event before the check
        assertThat(withoutBuildIdLoads(browser.problems())).isEmpty();
        browser.reset();
    }

    /**
     * The 4-hour fresh start counts the time the page has run, not the device clock: a player
     * whose clock falls back six years (it lost its time) must still reload after 4 hours. At
     * speed 3600 the 4 hours are 4 s, and 20 ms slides (the timer floor) add up to them. The
     * clock is paused: page time moves only when the test says, and the reload must come after
     * 4,000 ms of it, within one loop of the lobby (13 slides, 0.26 s) and one probe (0.5 s).
     */
    @Test
    void theFourHourReloadCountsRunningTimeNotTheDeviceClock() {
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        pauseClock(page, MONDAY_MORNING);
        page.navigate(site.resolve("screen/lobby/index.html").toUri() + "?speed=3600");
        page.clock().setSystemTime(LOST_CLOCK);
        page.evaluate("() => { window.__marker = 1; }");
        AtomicBoolean reloaded = new AtomicBoolean();
        page.onDOMContentLoaded(p -> reloaded.set(true));
        page.clock().runFor(3990);
        assertThat(marker(page)).as("reloaded before 4 hours (4 s at speed 3600)").isEqualTo(1);
        long ran = 3990;
        while (!reloaded.get()) {
            assertThat(ran).as("page ms without the reload after 4 hours with a clock set back")
                    .isLessThan(4000 + 260 + 500);
            page.clock().runFor(20);
            ran += 20;
            // A probe at the end of a loop: give its script the real time it needs to load.
            waitUntil(page, () -> reloaded.get() || noProbeUnderWay(page), 5000, "the probe to load");
        }
        assertThat(ran).as("page ms before the reload (4,000 + at most one loop and one probe)")
                .isGreaterThanOrEqualTo(4000);
        page.waitForLoadState(LoadState.LOAD);
        assertThat(marker(page)).as("the marker after the reload").isNull();
        assertThat(withoutAbortedPictures(browser.problems())).as("problems of 4 hours with a clock set back").isEmpty();
        browser.reset();
        page.context().close();
    }

    /** Problems other than a failed load of build-id.js (and Chromium's console line about it). */
    private static List<String> withoutBuildIdLoads(List<String> problems) {
        return problems.stream().filter(p -> !(p.contains("build-id.js")
                || p.startsWith("console error: Failed to load resource: net::ERR_FILE_NOT_FOUND"))).toList();
    }

    // ---------------------------------------------------------------- 6. clock

    @Test
    void clockShowsTheDeviceTimeOrTheBuildDayWhenTheDeviceClockIsEarlier() {
        Page page = browser.newPage(Viewport.TV_LANDSCAPE);
        page.clock().install(new Clock.InstallOptions().setTime(MONDAY_MORNING));
        page.navigate(site.resolve("screen/lobby/index.html").toUri().toString());
        String clock = page.locator("#clock").textContent();
        assertThat(clock).matches("^\\d{4}年\\d{1,2}月\\d{1,2}日 星期[一二三四五六日] \\d{2}:\\d{2}$")
                .isEqualTo("2026年11月23日 星期一 09:05");
        browser.assertNoProblems("clock on 2026-11-23");
        page.context().close();

        Page lost = browser.newPage(Viewport.TV_LANDSCAPE);
        lost.clock().install(new Clock.InstallOptions().setTime(LOST_CLOCK));
        lost.navigate(site.resolve("screen/lobby/index.html").toUri().toString());
        assertThat(lost.evaluate("() => new Date().getFullYear()")).as("the device's year").isEqualTo(2020);
        assertThat(lost.locator("#clock").textContent()).as("clock of a player that lost its time")
                .isEqualTo("2026年11月22日 星期日");
        browser.assertNoProblems("clock of a player that thinks it is 2020");
        lost.context().close();
    }

    // ---------------------------------------------------------------- helpers

    /** {@code window.__marker}, or null while the page is (re)loading. */
    private static Object marker(Page page) {
        try {
            return page.evaluate("() => window.__marker");
        } catch (PlaywrightException e) {
            return null; // the execution context was destroyed by a reload
        }
    }

    /**
     * Polls until the condition holds, failing after the deadline. Polls with Playwright's own
     * wait (real time, whatever the page's clock), which also delivers the page's events
     * (requests, loads) to the listeners the condition may count.
     */
    private static void waitUntil(Page page, BooleanSupplier condition, long timeoutMs, String what) {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("Waited " + timeoutMs + " ms for " + what);
            }
            page.waitForTimeout(20);
        }
    }
}
