package org.branchpress.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * What a template writes, encoded to UTF-8 as it comes: the bytes of the file, with no text
 * copy in between. A {@link java.io.StringWriter} locked its buffer for each of FreeMarker's
 * many small writes, then the page was copied into a String and encoded again: a fifth of the
 * templates' time. Not thread-safe: one per rendering.
 *
 * <p>The bytes are those of {@code String.getBytes(UTF_8)} of the same text: a lone surrogate
 * (never in our pages, but a template can write one) becomes {@code '?'}.
 */
final class Utf8Output extends Writer {
    private byte[] bytes;
    private final char[] chars = new char[2048];
    private int size;
    /** A high surrogate written last, waiting for its low half (-1: none). */
    private int pendingHigh = -1;

    Utf8Output(int expected) {
        bytes = new byte[Math.max(16, expected)];
    }

    @Override
    public void write(int c) {
        room(4);
        put((char) c);
    }

    /**
     * Copies the text into a char array first: C1 (which the launcher runs) checks the index
     * and the string's coder at every {@code charAt}, and a page is a million of them.
     */
    @Override
    public void write(String s, int offset, int length) {
        int end = offset + length;
        while (offset < end) {
            int n = Math.min(end - offset, chars.length);
            s.getChars(offset, offset + n, chars, 0);
            write(chars, 0, n);
            offset += n;
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(3 * length + 4);
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && pendingHigh < 0) {
                bytes[size++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    /** One char, room for 4 bytes made by the caller (a pair's 4 bytes, or a lone half's '?' and 3). */
    private void put(char c) {
        if (pendingHigh >= 0) {
            char high = (char) pendingHigh;
            pendingHigh = -1;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            bytes[size++] = '?';
            room(3);
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }

    /** The file: everything written, a high surrogate left alone at the end as '?'. */
    byte[] toBytes() {
        if (pendingHigh >= 0) {
            pendingHigh = -1;
            room(1);
            bytes[size++] = '?';
        }
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
