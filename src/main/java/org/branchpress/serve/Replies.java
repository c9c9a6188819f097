package org.branchpress.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;

/** How the preview writes an answer: the same headers on every one, and HEAD given headers only. */
final class Replies {
    private Replies() {
    }

    /** A sentence for the person who sent the request. */
    static void text(HttpExchange exchange, int status, String message) throws IOException {
        bytes(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (headers(exchange, status, type, body.length)) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Streamed, not read whole: 64 threads each holding a large PDF would not fit in the heap. */
    static void file(HttpExchange exchange, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (headers(exchange, 200, StaticFiles.type(file), Files.size(file))) {
                try (OutputStream out = exchange.getResponseBody()) {
                    in.transferTo(out);
                }
            }
        }
    }

    /** Sends the headers of an answer of this length; false when no body may follow (HEAD, or empty). */
    private static boolean headers(HttpExchange exchange, int status, String type, long length) throws IOException {
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
