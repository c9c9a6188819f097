package org.branchpress.source;

import java.nio.charset.StandardCharsets;

/**
 * What decoding a text file drops and writing it back must restore: the UTF-8 byte-order
 * mark and every CR LF or lone CR line end. {@link SourceFile#text()} has LF ends only, so
 * that lines and columns count alike on every system; {@code check --fix} writes the fixed
 * text back through this form, and a file saved by Notepad keeps its BOM and CR LF.
 *
 * @param bom      the file began with EF BB BF
 * @param lineEnds empty when every line end is LF (nothing to restore); otherwise one code per
 *                 line end, in order: {@code n} for LF, {@code r} for CR, {@code b} for CR LF
 */
public record TextForm(boolean bom, String lineEnds) {
    /** A file with LF line ends and no byte-order mark: the text is the file. */
    public static final TextForm PLAIN = new TextForm(false, "");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The form of a file's bytes that decode as UTF-8 (CR and LF are never inside a character). */
    public static TextForm of(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int firstCr = indexOf(bytes, (byte) '\r');
        if (firstCr < 0) {
            return bom ? new TextForm(true, "") : PLAIN;
        }
        StringBuilder ends = new StringBuilder();
        for (int i = bom ? 3 : 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                boolean crlf = i + 1 < bytes.length && bytes[i + 1] == '\n';
                ends.append(crlf ? 'b' : 'r');
                i += crlf ? 1 : 0;
            } else if (bytes[i] == '\n') {
                ends.append('n');
            }
        }
        return new TextForm(bom, ends.toString());
    }

    /**
     * The bytes of a file in this form holding {@code text} (LF line ends): the same BOM and
     * line ends as the file read. The text must have as many line ends as the file had.
     */
    public byte[] encode(String text) {
        String raw = lineEnds.isEmpty() ? text : restoreLineEnds(text);
        byte[] encoded = raw.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return encoded;
        }
        byte[] out = new byte[encoded.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(encoded, 0, out, 3, encoded.length);
        return out;
    }

    private String restoreLineEnds(String text) {
        StringBuilder raw = new StringBuilder(text.length() + lineEnds.length());
        int end = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n') {
                raw.append(c);
                continue;
            }
            if (end == lineEnds.length()) {
                throw new IllegalArgumentException("the text has more line ends than the file had ("
                        + lineEnds.length() + ")");
            }
            switch (lineEnds.charAt(end++)) {
                case 'r' -> raw.append('\r');
                case 'b' -> raw.append("\r\n");
                default -> raw.append('\n');
            }
        }
        if (end != lineEnds.length()) {
            throw new IllegalArgumentException("the text has " + end + " line ends, the file had "
                    + lineEnds.length());
        }
        return raw.toString();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
