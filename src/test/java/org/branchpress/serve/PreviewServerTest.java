package org.branchpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** serve: the built site on loopback, rebuilt when content changes, pages told to reload. */
@Timeout(60)
class PreviewServerTest {
    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> reports = new CopyOnWriteArrayList<>();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The version pages poll; empty when the server did not answer. */
    private String version(int port) {
        try {
            return get(port, PreviewServer.VERSION_PATH).body();
        } catch (Exception e) {
            return "";
        }
    }

    /** Polls every 50 ms until the condition holds; false when it still does not after 20 s. */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @Test
    void servesTheSiteRebuildsOnChangeAndNeverServesOutsideIt() throws Exception {
        TestSite site = new TestSite(dir).settings("")
                .file("cases/a.md", "---\ntitle: 第一版标题\ndate: 2024-01-01\n---\n正文。\n");
        assertThat(site.build().status()).isZero();
        AtomicInteger builds = new AtomicInteger();
        BooleanSupplier rebuild = () -> {
            boolean built = site.build().status() == 0;
            builds.incrementAndGet();
            return built;
        };
        try (PreviewServer server = new PreviewServer("127.0.0.1", 0, site.output(), List.of(site.content()), rebuild,
                reports::add)) {
            server.start();
            int port = server.port();
            HttpResponse<String> page = get(port, "/cases/a/index.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(page.body()).contains("第一版标题").contains(PreviewServer.VERSION_PATH);
            assertThat(get(port, PreviewServer.VERSION_PATH).body()).isEqualTo("0");
            assertThat(get(port, "/assets/style.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");

            site.file("cases/a.md", "---\ntitle: 第二版标题\ndate: 2024-01-01\n---\n正文。\n");
            assertThat(eventually(() -> version(port).equals("1"))).as("rebuilt after the edit").isTrue();
            assertThat(builds.get()).isEqualTo(1);
            assertThat(get(port, "/cases/a/index.html").body()).contains("第二版标题");

            site.file("cases/a.md", "---\ntitel: 写错了\n---\n");
            assertThat(eventually(() -> builds.get() == 2)).as("tried to rebuild after the bad edit").isTrue();
            assertThat(get(port, "/cases/a/index.html").body()).contains("第二版标题");

            // A known last event: the watcher rebuilds one burst at a time, so once the rebuild of
            // this edit is counted, every rebuild the earlier edits caused has been counted too.
            // Then exactly three rebuilds, and version 2: the failed one told no page to reload.
            site.file("cases/a.md", "---\ntitle: 第三版标题\ndate: 2024-01-01\n---\n正文。\n");
            assertThat(eventually(() -> builds.get() >= 3 && !version(port).equals("1")))
                    .as("rebuilt after the edit that follows the bad one").isTrue();
            assertThat(get(port, PreviewServer.VERSION_PATH).body()).as("version after two good builds").isEqualTo("2");
            assertThat(builds.get()).as("rebuilds for three edits").isEqualTo(3);
            assertThat(get(port, "/cases/a/index.html").body()).contains("第三版标题");

            assertThat(get(port, "/../content/site.yaml").statusCode()).isEqualTo(404);
            assertThat(get(port, "/%2e%2e/content/site.yaml").statusCode()).isEqualTo(404);
            assertThat(get(port, "/nothing.html").body()).contains("页面不存在");
        }
    }

    /**
     * While the content has errors every page carries a banner naming them (escaped, at most 20,
     * the rest counted), open pages reload when the errors appear and when they go, and a page
     * without errors has no banner.
     */
    @Test
    void errorsOfTheLastBuildAreShownOnEveryPageUntilItBuildsAgain() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body class=\"home\"><p>首页</p></body></html>");
        try (PreviewServer server = new PreviewServer("127.0.0.1", 0, site, List.of(), () -> true, reports::add)) {
            server.start();
            int port = server.port();
            assertThat(get(port, "/index.html").body()).doesNotContain("branchpress-problems");
            String before = version(port);

            server.problems(List.of("content/cases/a.md:3:8: error: date 的值“2024-13-01”不是一个真实的日期。",
                    "content/cases/b.md:1:1: error: 标题里有 <script> 这样的字"));
            assertThat(version(port)).as("open pages reload to show the errors").isNotEqualTo(before);
            String page = get(port, "/index.html").body();
            assertThat(page).startsWith("<!DOCTYPE html><html><body class=\"home\"><div id=\"branchpress-problems\" role=\"alert\"")
                    .contains("内容有错误，网站没有更新")
                    .contains("<li>content/cases/a.md:3:8: error: date 的值“2024-13-01”不是一个真实的日期。</li>")
                    .contains("<li>content/cases/b.md:1:1: error: 标题里有 &lt;script&gt; 这样的字</li>")
                    .contains("<p>首页</p>");
            String shown = version(port);
            server.problems(List.of("content/cases/a.md:3:8: error: date 的值“2024-13-01”不是一个真实的日期。",
                    "content/cases/b.md:1:1: error: 标题里有 <script> 这样的字"));
            assertThat(version(port)).as("the same errors again: nothing to reload").isEqualTo(shown);

            List<String> many = new java.util.ArrayList<>();
            for (int i = 1; i <= 25; i++) {
                many.add("content/cases/c.md:" + i + ":1: error: 第 " + i + " 处");
            }
            server.problems(many);
            assertThat(get(port, "/index.html").body()).contains("第 20 处</li>").doesNotContain("第 21 处")
                    .contains("另有 5 处，见运行 serve 的窗口。");

            server.problems(List.of());
            assertThat(get(port, "/index.html").body()).doesNotContain("branchpress-problems");
        }
    }

    @Test
    void aRebuildThatThrowsIsReportedAndTheNextEditIsStillRebuilt() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(site.resolve("index.html"), "<p>首页</p>");
        AtomicInteger calls = new AtomicInteger();
        BooleanSupplier rebuild = () -> switch (calls.incrementAndGet()) {
            case 1 -> throw new IllegalStateException("模拟的故障");
            case 2 -> throw new StackOverflowError();
            default -> true;
        };
        try (PreviewServer server = new PreviewServer("127.0.0.1", 0, site, List.of(content), rebuild, reports::add)) {
            server.start();
            Files.writeString(content.resolve("a.md"), "第一次");
            assertThat(eventually(() -> reports.size() == 1)).as("the first failure reported").isTrue();
            assertThat(reports.get(0)).startsWith("错误：重新生成网站时").contains("模拟的故障")
                    .doesNotContain("IllegalStateException");

            Files.writeString(content.resolve("a.md"), "第二次");
            assertThat(eventually(() -> reports.size() == 2)).as("the second failure reported").isTrue();
            assertThat(reports.get(1)).contains("嵌套太深").doesNotContain("StackOverflowError");

            Files.writeString(content.resolve("a.md"), "第三次");
            assertThat(eventually(() -> version(server.port()).equals("1")))
                    .as("rebuilt after two failed rebuilds, and the pages told").isTrue();

            // A known last event, as above: once its rebuild is counted, nothing earlier is pending.
            Files.writeString(content.resolve("a.md"), "第四次");
            assertThat(eventually(() -> version(server.port()).equals("2"))).as("rebuilt after the fourth edit").isTrue();
            assertThat(calls.get()).as("rebuilds for four edits").isEqualTo(4);
            assertThat(reports).as("reports: the two failures only").hasSize(2);
        }
    }
}
