package org.branchpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve: the built site on loopback, rebuilt when content changes, pages told to reload. */
class PreviewServerTest {
    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheSiteRebuildsOnChangeAndNeverServesOutsideIt() throws Exception {
        TestSite site = new TestSite(dir).settings("")
                .file("cases/a.md", "---\ntitle: 第一版标题\ndate: 2024-01-01\n---\n正文。\n");
        assertThat(site.build().status()).isZero();
        try (PreviewServer server = new PreviewServer("127.0.0.1", 0, site.output(), List.of(site.content()),
                () -> site.build().status() == 0)) {
            server.start();
            int port = server.port();
            HttpResponse<String> page = get(port, "/cases/a/index.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(page.body()).contains("第一版标题").contains(PreviewServer.VERSION_PATH);
            assertThat(get(port, PreviewServer.VERSION_PATH).body()).isEqualTo("0");
            assertThat(get(port, "/assets/style.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");

            site.file("cases/a.md", "---\ntitle: 第二版标题\ndate: 2024-01-01\n---\n正文。\n");
            long end = System.currentTimeMillis() + 20_000;
            while (get(port, PreviewServer.VERSION_PATH).body().equals("0") && System.currentTimeMillis() < end) {
                Thread.sleep(100);
            }
            assertThat(get(port, PreviewServer.VERSION_PATH).body()).isEqualTo("1");
            assertThat(get(port, "/cases/a/index.html").body()).contains("第二版标题");

            site.file("cases/a.md", "---\ntitel: 写错了\n---\n");
            Thread.sleep(1500);
            assertThat(get(port, PreviewServer.VERSION_PATH).body()).isEqualTo("1");
            assertThat(get(port, "/cases/a/index.html").body()).contains("第二版标题");

            assertThat(get(port, "/../content/site.yaml").statusCode()).isEqualTo(404);
            assertThat(get(port, "/%2e%2e/content/site.yaml").statusCode()).isEqualTo(404);
            assertThat(get(port, "/nothing.html").body()).contains("页面不存在");
        }
    }
}
