package org.branchpress.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.branchpress.TestSite;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intranet admin's case: nginx, running as another user (www-data), serves the sample
 * site from a sub-path, and every page answers 200 — no 403 from a folder only its owner can
 * read. CI installs nginx; elsewhere the test is skipped when nginx is missing.
 */
@Tag("browser")
class WebServerTest {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    @TempDir
    Path dir;

    @Test
    void nginxAsAnotherUserServesEveryPageOfTheSampleSite() throws Exception {
        assumeTrue(Files.isExecutable(NGINX) || System.getenv("CI") != null, "nginx is not installed");
        // the test's own folder stands in for /srv: traversable by everyone, as an admin sets it up
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path www = dir.resolve("www");
        TestSite.Run build = TestSite.run("build", "--content", "content", "--output", www.toString(),
                "--templates", dir.resolve("none").toString(), "--today", "2025-06-01");
        assertThat(build.status()).as(build.err()).isZero();

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, """
                user www-data;
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        location /branch/ { alias %3$s/; error_page 404 /branch/404.html; }
                        location /branch/sub/ { alias %3$s/sub/; error_page 404 /branch/sub/404.html; }
                    }
                }
                """.formatted(dir, port, www));
        Process nginx = new ProcessBuilder(NGINX.toString(), "-c", conf.toString(), "-p", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            waitUntilUp(http, port);
            List<String> failures = new ArrayList<>();
            List<Path> pages;
            try (Stream<Path> walk = Files.walk(www)) {
                pages = walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".css")
                        || p.toString().endsWith(".js") || p.toString().endsWith(".jpg")).sorted().toList();
            }
            for (Path page : pages) {
                String path = "/branch/" + www.relativize(page).toString().replace('\\', '/');
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(new URI("http", null, "127.0.0.1", port, path,
                        null, null)).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                    failures.add(r.statusCode() + " " + path);
                }
            }
            assertThat(pages).hasSizeGreaterThan(100);
            assertThat(failures).as(Files.readString(dir.resolve("error.log"))).isEmpty();
            notFoundIsStyledWithAWorkingHomeLink(port);
            everyLinkOfTheZongzhiExampleAnswersUnderASubPath(http, port);
        } finally {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    /**
     * The sample site has base_url (absolute links); this one has not, so 404.html finds the
     * site's root itself, from an address three folders deep under the sub-path.
     */
    private void notFoundIsStyledWithAWorkingHomeLink(int port) throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other.resolve("content"));
        Files.writeString(other.resolve("content/site.yaml"), "title: 没有网址的支部\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwxr-xr-x"));
        TestSite.Run build = TestSite.run("build", "--content", other.resolve("content").toString(), "--output",
                dir.resolve("www/sub").toString(), "--templates", dir.resolve("none").toString(), "--today", "2025-06-01");
        assertThat(build.status()).as(build.err()).isZero();
        try (org.branchpress.browser.BrowserSession browser = org.branchpress.browser.BrowserSession.launch()) {
            com.microsoft.playwright.Page page = browser.newPage(org.branchpress.browser.BrowserSession.Viewport.DESKTOP);
            var response = page.navigate("http://127.0.0.1:" + port + "/branch/sub/cases/no-such/index.html");
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator(".masthead").evaluate("e => getComputedStyle(e).backgroundImage + getComputedStyle(e).backgroundColor"))
                    .as("styled").isNotEqualTo("nonergba(0, 0, 0, 0)");
            page.locator("#home").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(10_000));
            page.locator("#home").click();
            page.waitForURL("**/branch/sub/index.html");
            assertThat(page.title()).contains("没有网址的支部");
        }
    }

    /**
     * The 党总支 example served three folders deep ({@code /branch/zongzhi/}): every link and
     * picture of every page, resolved by the server's address as a browser does, answers 200,
     * the branches' portals and their links up to the 总支 included.
     */
    private void everyLinkOfTheZongzhiExampleAnswersUnderASubPath(HttpClient http, int port) throws Exception {
        Path site = dir.resolve("www/zongzhi");
        TestSite.Run build = TestSite.run("build", "--content", "examples/zongzhi", "--output", site.toString(),
                "--templates", dir.resolve("none").toString(), "--today", "2026-05-01");
        assertThat(build.status()).as(build.err()).isZero();
        URI base = new URI("http", null, "127.0.0.1", port, "/branch/zongzhi/", null, null);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        java.util.Set<URI> checked = new java.util.HashSet<>();
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            URI at = base.resolve(new URI(null, null, site.relativize(page).toString().replace('\\', '/'), null));
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(Files.readString(page), at.toString());
            for (org.jsoup.nodes.Element e : html.select("a[href], link[href], img[src], script[src]")) {
                String link = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src");
                if (link.isEmpty() || !link.startsWith(base.resolve("/").toString())) {
                    continue; // base_url's absolute links, mail and the like: not this server's
                }
                if (!link.startsWith(base.toString())) {
                    broken.add("outside the site: " + link + " (from " + at.getPath() + ")");
                    continue;
                }
                URI target = URI.create(link.replaceAll("#.*$", "").replaceAll("\\?.*$", ""));
                if (checked.add(target)) {
                    int status = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 200) {
                        broken.add(status + " " + target.getPath() + " (from " + at.getPath() + ")");
                    }
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(50);
        assertThat(checked).anyMatch(u -> u.getPath().startsWith("/branch/zongzhi/branches/yishi/"));
        assertThat(broken).isEmpty();
    }

    private static void waitUntilUp(HttpClient http, int port) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException starting) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not start on port " + port);
    }
}
