package org.branchpress.serve;

import java.util.Optional;

/**
 * What the preview refuses before it looks for a file. It only shows files, so it answers only
 * the two methods that read: GET and HEAD.
 */
final class RequestGuard {
    /** The value of {@code Allow:} on a 405, as RFC 9110 asks. */
    static final String ALLOWED_METHODS = "GET, HEAD";

    /** Why a request gets no file: the status, and one sentence for the person who sent it. */
    record Refusal(int status, String message) {
    }

    Optional<Refusal> check(String method) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Optional.of(new Refusal(405, "不支持的请求方法 " + method + "：预览只接受 GET 和 HEAD。"));
        }
        return Optional.empty();
    }
}
