package org.branchpress.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the preview refuses before it looks for a file. It only shows files, so it answers only
 * the two methods that read: GET and HEAD. And it answers only requests made to a name of this
 * machine: that stops DNS rebinding, where a page from elsewhere points its own name at 127.0.0.1
 * and then reads the preview as if it were its own site. Such requests still carry the page's
 * name in {@code Host:}, so a Host that names another machine is refused.
 */
final class RequestGuard {
    /** The value of {@code Allow:} on a 405, as RFC 9110 asks. */
    static final String ALLOWED_METHODS = "GET, HEAD";
    private static final Pattern PORT = Pattern.compile("(:[0-9]{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    /** Why a request gets no file: the status, and one sentence for the person who sent it. */
    record Refusal(int status, String message) {
    }

    private final InetAddress bound;
    /** Names accepted besides the bound address, lower case. */
    private final Set<String> names;

    /**
     * @param host what the officer gave as --host, accepted as a name too
     * @param bound the address the server listens on
     */
    RequestGuard(String host, InetSocketAddress bound) {
        this.bound = bound.getAddress();
        this.names = Stream.of("localhost", "127.0.0.1", host.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @param hosts the values of {@code Host:} in the request, null when there is none */
    Optional<Refusal> check(String method, List<String> hosts) {
        if (hosts == null || hosts.size() != 1) {
            return Optional.of(new Refusal(400, "请求无效：必须有且只有一个 Host 请求头。"));
        }
        if (!accepts(hosts.get(0))) {
            return Optional.of(new Refusal(403, bound.isAnyLocalAddress()
                    ? "禁止访问：请用这台电脑的 IP 地址或 localhost 打开预览。"
                    : "禁止访问：预览只能通过 localhost 或 " + literal(bound) + " 打开。"));
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Optional.of(new Refusal(405, "不支持的请求方法 " + method + "：预览只接受 GET 和 HEAD。"));
        }
        return Optional.empty();
    }

    /** Whether a {@code Host:} value (name, optionally :port) names this machine. */
    boolean accepts(String host) {
        Optional<String> name = nameOf(host);
        if (name.isEmpty()) {
            return false;
        }
        Optional<InetAddress> address = addressOf(name.get());
        if (bound.isAnyLocalAddress()) {
            // --host 0.0.0.0: the officer shows the preview to colleagues, who type this machine's
            // address. Any address literal is accepted then: rebinding needs a name the attacker
            // controls, and a page opened from an address can only reach that address. Names other
            // than localhost stay refused, because the machine's own names cannot be listed safely.
            return address.isPresent() || name.get().equals("localhost");
        }
        // The port is not compared: rebinding changes the name, and a tunnel may change the port.
        return names.contains(name.get()) || address.filter(bound::equals).isPresent();
    }

    /** The name in {@code name[:port]}, lower case; empty when the value has any other shape. */
    static Optional<String> nameOf(String host) {
        String value = host.trim().toLowerCase(Locale.ROOT);
        int end;
        if (value.startsWith("[")) {
            end = value.indexOf(']') + 1; // 0 when the bracket is never closed
        } else {
            end = value.contains(":") ? value.indexOf(':') : value.length();
        }
        String name = value.substring(0, end);
        if (name.isEmpty() || !PORT.matcher(value.substring(end)).matches()) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * The address a name spells when it is a literal ({@code 127.0.0.1}, {@code [::1]}); never
     * a lookup, so no name from a request is ever sent to DNS.
     */
    static Optional<InetAddress> addressOf(String name) {
        try {
            if (IPV6.matcher(name).matches()) {
                // in brackets the JDK parses a literal or throws; it never asks DNS (InetAddress.getAllByName)
                return Optional.of(InetAddress.getByName(name));
            }
            if (IPV4.matcher(name).matches()) {
                String[] parts = name.split("\\.");
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    bytes[i] = (byte) Integer.parseInt(parts[i]);
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
        } catch (UnknownHostException | IllegalArgumentException malformed) {
            // such as [::g] or [1::2::3]: not an address
        }
        return Optional.empty();
    }

    private static String literal(InetAddress address) {
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }
}
