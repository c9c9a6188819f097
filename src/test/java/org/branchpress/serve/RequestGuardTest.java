package org.branchpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which Host: values name this machine; no server is started, so no address is ever bound. */
class RequestGuardTest {
    private static RequestGuard boundTo(String host) {
        return new RequestGuard(host, new InetSocketAddress(host, 8080));
    }

    @Test
    void onLoopbackOnlyLocalhostAndTheBoundAddressAreAccepted() {
        RequestGuard guard = boundTo("127.0.0.1");
        assertThat(List.of("127.0.0.1", "127.0.0.1:8080", "localhost", "localhost:8080", "LOCALHOST:8080",
                " localhost ")).allMatch(guard::accepts);
        assertThat(List.of("evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.nip.io",
                "127.0.0.2", "[::1]", "0.0.0.0", "", ":8080", "localhost:", "localhost:80x", "localhost:8080:1",
                "[::1", "127.0.0.1:8080@evil.example", "localhost.")).noneMatch(guard::accepts);
    }

    @Test
    void onIpv6LoopbackItsLiteralIsAcceptedInAnyWriting() {
        RequestGuard guard = boundTo("::1");
        assertThat(List.of("[::1]", "[::1]:8080", "[0:0:0:0:0:0:0:1]:8080", "localhost:8080")).allMatch(guard::accepts);
        assertThat(List.of("::1", "[::2]", "[::g]", "evil.example")).noneMatch(guard::accepts);
    }

    @Test
    void onEveryInterfaceAddressesAreAcceptedButNotForeignNames() {
        RequestGuard guard = boundTo("0.0.0.0");
        assertThat(List.of("192.168.1.20:8080", "10.0.0.5", "127.0.0.1", "[fe80::1]:8080", "localhost"))
                .allMatch(guard::accepts);
        assertThat(List.of("evil.example", "192.168.1.20.evil.example", "300.1.1.1", "1.2.3", "[::g]"))
                .noneMatch(guard::accepts);
    }

    @Test
    void aRequestWithoutOneHostIsBad() {
        RequestGuard guard = boundTo("127.0.0.1");
        assertThat(guard.check("GET", null)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(400));
        assertThat(guard.check("GET", List.of("localhost", "localhost")))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(400));
        assertThat(guard.check("GET", List.of("evil.example")))
                .hasValueSatisfying(r -> assertThat(r.message()).startsWith("禁止访问"));
        assertThat(guard.check("POST", List.of("localhost")))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(405));
        assertThat(guard.check("HEAD", List.of("localhost"))).isEmpty();
    }
}
