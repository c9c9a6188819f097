package org.branchpress.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
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
        // maxRspTime: from there to the last byte of the answer (a large PDF to a colleague's Wi-Fi);
        // idleInterval: how long a kept-alive connection may wait for its next request.
        setUnlessGiven("sun.net.httpserver.maxReqTime", "5");
        setUnlessGiven("sun.net.httpserver.maxRspTime", "60");
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
        this(host, port, site, watched, (changed, shown) -> rebuild.getAsBoolean(), reporter);
    }

    /**
     * @param rebuild builds the site again, telling when its pages can be shown (open pages reload
     *     then, and again when it is done); false when the content has errors (the old site stays)
     */
    public PreviewServer(String host, int port, Path site, List<Path> watched, Rebuild rebuild,
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

    /** What the last build found wrong with the content (one line each); empty when it built. */
    private volatile List<String> problems = List.of();

    /**
     * Tells open pages what the last build found wrong with the content: while there is
     * something, every page is served with a banner listing it; a change reloads them.
     */
    public void problems(List<String> lines) {
        List<String> copy = List.copyOf(lines);
        if (!copy.equals(problems)) {
            problems = copy;
            version.incrementAndGet();
        }
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
            Replies.text(exchange, refusal.get().status(), refusal.get().message());
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (VERSION_PATH.equals(path)) {
            Replies.text(exchange, 200, String.valueOf(version.get()));
            return;
        }
        Optional<Path> file;
        try {
            file = path != null && path.startsWith("/") ? files.find(path) : Optional.empty();
        } catch (InvalidPathException malformed) {
            Replies.text(exchange, 400, "请求无效：地址里有文件名中不能有的字符。");
            return;
        }
        if (file.isEmpty()) {
            Replies.bytes(exchange, 404, StaticFiles.HTML, files.notFoundPage());
        } else if (StaticFiles.type(file.get()).equals(StaticFiles.HTML)) {
            Replies.bytes(exchange, 200, StaticFiles.HTML, StaticFiles.withReloadScript(file.get(), problems));
        } else {
            Replies.file(exchange, file.get());
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
            Replies.text(exchange, 500, "预览服务器内部错误，请刷新页面再试。");
        } catch (IOException | RuntimeException unanswerable) {
            // the connection is gone: nobody is left to answer
        }
    }
}
