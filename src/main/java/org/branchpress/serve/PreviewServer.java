package org.branchpress.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code serve}: the built site on a local address, rebuilt on every change under content/
 * and templates/, with open pages reloading themselves. Only for previewing on the officer's
 * own machine: it serves files of the output folder and nothing else.
 */
public final class PreviewServer implements AutoCloseable {
    /** What pages load to learn that a rebuild happened; never a file of the site. */
    static final String VERSION_PATH = "/__branchpress/version";
    /**
     * Threads that answer requests. The JDK server reads a request line and its headers on one of
     * them, blocking, so each half-sent request holds a thread until the timeouts below end it; a
     * browser opens six connections per page, so 64 leaves room for a few tabs beside stuck clients.
     */
    private static final int THREADS = 64;
    /** Requests that wait for a thread; beyond them the JDK closes a new connection rather than queue it. */
    private static final int WAITING = 256;

    static {
        // The JDK server has no timeout by default: a client that sends half a request keeps its
        // thread for ever, and four such clients stalled the old fixed pool of four. Its ServerConfig
        // reads these properties (in seconds) once, when the first server of the JVM is created, so
        // they are set here, before ours, and never over a value the user gave with -D.
        // maxReqTime: from the first byte to the end of the headers (a browser sends them at once);
        // maxRspTime: from there to the last byte of the answer (files come from the local disk);
        // idleInterval: how long a kept-alive connection may wait for its next request.
        setUnlessGiven("sun.net.httpserver.maxReqTime", "5");
        setUnlessGiven("sun.net.httpserver.maxRspTime", "30");
        setUnlessGiven("sun.net.httpserver.idleInterval", "10");
    }

    private final HttpServer http;
    private final ThreadPoolExecutor pool;
    private final StaticFiles files;
    private final RequestGuard guard;
    private final AtomicLong version = new AtomicLong();
    private final SiteWatcher watcher;
    private final Consumer<String> reporter;

    /**
     * @param rebuild builds the site again; false when the content has errors (the old site stays)
     * @param reporter told, in Chinese, of failures the preview goes on after: a rebuild or a
     *     request that threw; called from the server's own threads
     */
    public PreviewServer(String host, int port, Path site, List<Path> watched, BooleanSupplier rebuild,
            Consumer<String> reporter) throws IOException {
        this.files = new StaticFiles(site);
        this.reporter = reporter;
        this.watcher = new SiteWatcher(watched, rebuild, version::incrementAndGet, reporter);
        try {
            this.http = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        this.guard = new RequestGuard(host, http.getAddress());
        this.pool = pool();
        http.setExecutor(pool);
        http.createContext("/", this::handle);
    }

    public void start() {
        http.start();
        watcher.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        pool.shutdownNow();
        watcher.close();
    }

    private static void setUnlessGiven(String property, String seconds) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, seconds);
        }
    }

    /** Up to {@link #THREADS} threads, started when needed and ended after a minute without work. */
    private static ThreadPoolExecutor pool() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(WAITING), work -> {
                    Thread thread = new Thread(work, "serve-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Answers every request, whatever goes wrong: a failure becomes a 500 rather than a dropped
     * connection. Only the JVM's own breakdowns (out of memory) are left to end the thread; a
     * StackOverflowError ends one request, not the thread.
     */
    void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } catch (Throwable failure) {
            if (Failures.fatal(failure)) {
                throw failure;
            }
            answerFailure(exchange, failure);
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        Optional<RequestGuard.Refusal> refusal = guard.check(exchange.getRequestMethod(),
                exchange.getRequestHeaders().get("Host"));
        if (refusal.isPresent()) {
            if (refusal.get().status() == 405) {
                exchange.getResponseHeaders().set("Allow", RequestGuard.ALLOWED_METHODS);
            }
            text(exchange, refusal.get().status(), refusal.get().message());
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (VERSION_PATH.equals(path)) {
            text(exchange, 200, String.valueOf(version.get()));
            return;
        }
        Optional<Path> file;
        try {
            file = path != null && path.startsWith("/") ? files.find(path) : Optional.empty();
        } catch (InvalidPathException malformed) {
            text(exchange, 400, "请求无效：地址里有文件名中不能有的字符。");
            return;
        }
        if (file.isEmpty()) {
            send(exchange, 404, StaticFiles.HTML, files.notFoundPage());
        } else if (StaticFiles.type(file.get()).equals(StaticFiles.HTML)) {
            send(exchange, 200, StaticFiles.HTML, StaticFiles.withReloadScript(Files.readAllBytes(file.get())));
        } else {
            sendFile(exchange, file.get());
        }
    }

    /** A 500 when nothing was sent yet; once headers are out, all that is left is to close. */
    private void answerFailure(HttpExchange exchange, Throwable failure) {
        if (exchange.getResponseCode() != -1) {
            if (!(failure instanceof IOException)) { // an IOException here is the browser gone mid-answer
                reporter.accept("错误：预览服务器发送 " + exchange.getRequestURI() + " 时"
                        + Failures.describe(failure) + "。");
            }
            return;
        }
        reporter.accept("错误：预览服务器回答 " + exchange.getRequestURI() + " 时" + Failures.describe(failure)
                + "；浏览器收到了“内部错误”，刷新页面会再试。");
        try {
            text(exchange, 500, "预览服务器内部错误，请刷新页面再试。");
        } catch (IOException | RuntimeException unanswerable) {
            // the connection is gone: nobody is left to answer
        }
    }

    /** Streamed, not read whole: 64 threads each holding a large PDF would not fit in the heap. */
    private static void sendFile(HttpExchange exchange, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (sendHeaders(exchange, 200, StaticFiles.type(file), Files.size(file))) {
                try (OutputStream out = exchange.getResponseBody()) {
                    in.transferTo(out);
                }
            }
        }
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (sendHeaders(exchange, status, type, body.length)) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Sends the headers of an answer of this length; false when no body may follow (HEAD, or empty). */
    private static boolean sendHeaders(HttpExchange exchange, int status, String type, long length)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // The headers GET would get, with no body; the JDK sends no length for HEAD, so it is set here.
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(length));
            exchange.sendResponseHeaders(status, -1);
            return false;
        }
        // -1 is the JDK's "no body" (with Content-Length: 0); 0 would mean chunked
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        return length > 0;
    }
}
