package org.branchpress.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve answers reading requests for files of site/ from this machine, and nothing else. */
class PreviewServerRequestTest {
    private static final String INDEX = "<html><body>首页</body></html>";

    @TempDir
    Path dir;

    private PreviewServer server;
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private RawHttp http;

    @BeforeEach
    void start() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), INDEX);
        Files.writeString(site.resolve("style.css"), "body{color:red}");
        Files.writeString(site.resolve("404.html"), "<p>页面不存在</p>");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "机密");
        Files.createSymbolicLink(site.resolve("secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("elsewhere"), outside);
        Files.createSymbolicLink(site.resolve("home.html"), site.resolve("index.html"));
        server = new PreviewServer("127.0.0.1", 0, site, List.of(), () -> true, reports::add);
        server.start();
        http = new RawHttp(server.port());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        for (String method : List.of("POST", "DELETE", "TRACE", "PUT", "OPTIONS", "FOO")) {
            RawHttp.Response response = http.send(method, "/index.html");
            assertThat(response.status()).as(method).isEqualTo(405);
            assertThat(response.header("Allow")).as(method).isEqualTo("GET, HEAD");
            assertThat(response.body()).as(method).doesNotContain("首页");
        }
        assertThat(http.send("GET", "/index.html").status()).isEqualTo(200);
    }

    @Test
    void headSendsTheHeadersOfGetWithoutTheBody() throws Exception {
        RawHttp.Response get = http.send("GET", "/style.css");
        RawHttp.Response head = http.send("HEAD", "/style.css");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualTo("text/css; charset=utf-8");
        assertThat(head.header("Content-Length")).isEqualTo(get.header("Content-Length")).isEqualTo("15");
        assertThat(head.text()).endsWith("\r\n\r\n");
        assertThat(http.send("HEAD", "/nothing.html").status()).isEqualTo(404);
    }

    @Test
    void onlyNamesOfThisMachineAreAcceptedAsHost() throws Exception {
        int port = server.port();
        for (String host : List.of("127.0.0.1:" + port, "127.0.0.1", "localhost:" + port, "localhost",
                "LocalHost:" + port)) {
            assertThat(http.send(http.request("GET", "/index.html", host)).status()).as(host).isEqualTo(200);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "localhost.evil.example:" + port,
                "127.0.0.1.evil.example", "127.0.0.1:" + port + "@evil.example", "localhost:", "localhost:x")) {
            RawHttp.Response response = http.send(http.request("GET", "/index.html", host));
            assertThat(response.status()).as(host).isEqualTo(403);
            assertThat(response.body()).as(host).contains("禁止访问").doesNotContain("首页");
        }
        assertThat(http.send(http.request("GET", "/index.html", null)).status()).isEqualTo(400);
    }

    @Test
    void linksThatLeaveTheSiteAreNotFollowed() throws Exception {
        assertThat(Files.readString(dir.resolve("site/secret.txt"))).isEqualTo("机密");
        for (String path : List.of("/secret.txt", "/elsewhere/secret.txt", "/elsewhere/", "/elsewhere")) {
            RawHttp.Response response = http.send("GET", path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("机密").contains("页面不存在");
        }
        RawHttp.Response inside = http.send("GET", "/home.html");
        assertThat(inside.status()).isEqualTo(200);
        assertThat(inside.body()).contains("首页");
    }

    @Test
    void malformedPathsAreAnsweredNotDropped() throws Exception {
        for (String path : List.of("/%00", "/index.html%00", "/%00/index.html", "/a%00b/../index.html",
                "http://127.0.0.1/%00")) {
            RawHttp.Response response = http.send("GET", path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("请求无效");
        }
        // not even a URI: the JDK answers these itself, before any handler, in its own words
        for (String path : List.of("/%zz", "/%", "/a%2", "*")) {
            assertThat(http.send("GET", path).status()).as(path).isIn(400, 404);
        }
        String tooLongName = "%E9%95%BF".repeat(400); // 长, 1200 bytes
        assertThat(http.send("GET", "/" + tooLongName + ".html").status()).isEqualTo(404);
        assertThat(http.send("GET", "/" + "a/".repeat(3000)).status()).isEqualTo(404);
        assertThat(http.send("GET", "/index.html").body()).contains("首页");
    }

    @Test
    void aFailureInsideTheHandlerIsAnsweredWith500() throws Exception {
        for (Throwable failure : List.of(new IllegalStateException("测试"), new StackOverflowError())) {
            BrokenExchange exchange = new BrokenExchange(failure);
            server.handle(exchange);
            assertThat(exchange.getResponseCode()).as(failure.toString()).isEqualTo(500);
            assertThat(exchange.body()).as(failure.toString()).contains("内部错误").doesNotContain("Exception");
            assertThat(exchange.closed).isTrue();
        }
        assertThat(reports).hasSize(2).allMatch(r -> r.startsWith("错误：预览服务器回答 /index.html 时"))
                .noneMatch(r -> r.contains("Exception") || r.contains("Error"));
        BrokenExchange outOfMemory = new BrokenExchange(new OutOfMemoryError("测试"));
        assertThatThrownBy(() -> server.handle(outOfMemory)).isInstanceOf(OutOfMemoryError.class);
        assertThat(outOfMemory.closed).isTrue();
    }

    @Test
    void encodedDotsAndBackslashesStayInsideTheSite() throws Exception {
        for (String path : List.of("/../outside/secret.txt", "/%2e%2e/outside/secret.txt",
                "/elsewhere/%2e%2e/outside/secret.txt", "/..%2foutside%2fsecret.txt", "/..%5coutside%5csecret.txt")) {
            RawHttp.Response response = http.send("GET", path);
            assertThat(response.status()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("机密");
        }
    }

    @Test
    void aFileIsServedWithItsTypeAndTheReloadScript() throws Exception {
        RawHttp.Response page = http.send("GET", "/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(page.body()).contains("首页").contains(PreviewServer.VERSION_PATH);
        assertThat(page.header("Content-Length"))
                .isEqualTo(String.valueOf(page.body().getBytes(StandardCharsets.UTF_8).length));
    }
}
