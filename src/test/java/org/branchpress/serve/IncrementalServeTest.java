package org.branchpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.branchpress.LiveSite;
import org.branchpress.Pipeline;
import org.branchpress.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve as the command wires it (the live site, the watcher, the server): after an edit, once the
 * build id has changed, every file served and every file written equals a cold build of the
 * same content.
 */
@Timeout(180)
class IncrementalServeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> reports = new CopyOnWriteArrayList<>();

    private byte[] get(int port, String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            return new byte[0];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void afterAnEditTheServedAndWrittenSiteEqualsAColdBuild() throws Exception {
        Path content = dir.resolve("content");
        TestSite.copyTree(Path.of("content"), content);
        Pipeline.Options options = new Pipeline.Options(content, Optional.empty(), dir.resolve("live/site"), false,
                TODAY);
        LiveSite live = new LiveSite(options, m -> { });
        live.build(() -> { });
        try (PreviewServer server = new PreviewServer("127.0.0.1", 0, options.output(), List.of(content),
                (changed, shown) -> live.build(changed, shown) != null, reports::add)) {
            server.start();
            int port = server.port();
            String before = new String(get(port, "/build-id.js"), StandardCharsets.UTF_8);
            Path activity;
            try (Stream<Path> files = Files.list(content.resolve("activities"))) {
                activity = files.sorted().findFirst().orElseThrow();
            }
            // a title and the people present: lists, tags, people, statistics and search change too
            Files.writeString(activity, Files.readString(activity).replaceFirst("(?m)^title: ?", "title: 改过的")
                    .replaceFirst("(?m)^attendees: \\[", "guests: [新来的同志]\nattendees: [新来的同志, ")); // not on the roster
            long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (new String(get(port, "/build-id.js"), StandardCharsets.UTF_8).equals(before)) {
                assertThat(System.nanoTime()).as("the build id changed after the edit").isLessThan(end);
                Thread.sleep(20);
            }
            Path cold = dir.resolve("cold/site");
            new Pipeline(m -> { }).build(new Pipeline.Options(content, Optional.empty(), cold, false, TODAY));
            Map<String, byte[]> want = snapshot(cold);
            assertThat(snapshot(options.output())).containsExactlyInAnyOrderEntriesOf(want);
            for (Map.Entry<String, byte[]> file : want.entrySet()) {
                if (file.getKey().startsWith(".")) {
                    continue; // the marker that the folder is ours: not a page of the site
                }
                byte[] served = get(port, "/" + file.getKey());
                if (file.getKey().endsWith(".html")) { // the preview adds its reload script to pages
                    served = new String(served, StandardCharsets.UTF_8).replace(reloadScript(), "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                assertThat(served).as(file.getKey()).isEqualTo(file.getValue());
            }
            assertThat(reports).isEmpty();
        }
    }

    private static String reloadScript() throws IOException {
        Path page = Files.createTempFile("page", ".html");
        try {
            Files.writeString(page, "</body>");
            String with = new String(StaticFiles.withReloadScript(page), StandardCharsets.UTF_8);
            return with.substring(0, with.length() - "</body>".length());
        } finally {
            Files.delete(page);
        }
    }

    private static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
