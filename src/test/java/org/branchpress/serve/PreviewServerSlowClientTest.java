package org.branchpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Clients that start a request and never finish it neither stall the preview nor stay for ever. */
@Timeout(30)
class PreviewServerSlowClientTest {
    /** A request line and the start of a header, and then nothing: what a stuck or hostile client sends. */
    private static final byte[] HALF_A_REQUEST = "GET /index.html HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private PreviewServer server;
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final List<Socket> slow = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html><body>首页</body></html>");
        server = new PreviewServer("127.0.0.1", 0, site, List.of(), () -> true, reports::add);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (Socket socket : slow) {
            socket.close();
        }
        server.close();
    }

    private Socket halfARequest() throws IOException {
        Socket socket = new Socket();
        slow.add(socket);
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
        socket.getOutputStream().write(HALF_A_REQUEST);
        socket.getOutputStream().flush();
        return socket;
    }

    @Test
    void twentySlowClientsDoNotDelayAPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/index.html"))
                .timeout(Duration.ofSeconds(3)).build();
        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("a first page, before any slow client, with the client warmed up").isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            halfARequest();
        }
        long started = System.nanoTime();
        HttpResponse<String> page = client.send(request, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("首页");
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aClientThatNeverFinishesItsRequestIsDisconnected() throws Exception {
        Socket socket = halfARequest();
        socket.setSoTimeout(15_000);
        long started = System.nanoTime();
        InputStream in = socket.getInputStream();
        boolean closed;
        try {
            closed = in.read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            closed = false;
        } catch (SocketException reset) {
            closed = true;
        }
        assertThat(closed).as("the server closed the connection").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }
}
