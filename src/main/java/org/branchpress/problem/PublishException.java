package org.branchpress.problem;

/**
 * The site could not be written or swapped in (a full disk, a read-only folder).
 * The message is for the user, in Chinese; the previous site is untouched.
 */
public final class PublishException extends RuntimeException {
    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
