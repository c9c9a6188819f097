package org.branchpress.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte for byte on a socket to 127.0.0.1, for what {@code HttpClient} will not
 * send (a foreign {@code Host:}, {@code TRACE}, a NUL in the path) and to see exactly what comes back.
 */
record RawHttp(int port) {
    /** The text of a request that asks the server to close the connection after answering. */
    String request(String method, String path, String host) {
        return method + " " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                + "Connection: close\r\n\r\n";
    }

    /** Sends the request and reads the whole answer; at most five seconds of silence. */
    Response send(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new Response(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    Response send(String method, String path) throws IOException {
        return send(request(method, path, "127.0.0.1:" + port));
    }

    /** An answer as it came; empty when the server dropped the connection without a word. */
    record Response(String text) {
        int status() {
            return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
        }

        /** The first value of a header, whatever the case of its name; empty when absent. */
        String header(String name) {
            for (String line : head().split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }

        String head() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        String body() {
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }
}
