package org.branchpress.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a content file: UTF-8 with or without BOM, any line ends. A file that is not
 * UTF-8 is refused with advice rather than shown as mojibake; one that decodes as GB18030
 * is named as such, since that is what Notepad and older WPS save.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** Thrown with a Chinese message; the caller attaches file and position. */
    public static final class Undecodable extends Exception {
        private final int line;

        Undecodable(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static String decode(byte[] bytes) throws Undecodable {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new Undecodable(utf16OrBinary(bytes), lineAt(bytes, i));
            }
        }
        try {
            String text = strict(StandardCharsets.UTF_8, bytes, start);
            return normaliseLineEnds(text);
        } catch (CharacterCodingException e) {
            int line = lineAt(bytes, firstBadUtf8(bytes, start));
            if (looksLikeGb18030(bytes)) {
                throw new Undecodable("文件是 GBK/GB18030 编码（记事本或旧版 WPS 的默认保存方式），不是 UTF-8："
                        + "请用记事本打开，选择“另存为”，把“编码”改成 UTF-8 后保存。", line);
            }
            throw new Undecodable("文件不是 UTF-8 编码的文字：请在编辑器里把它另存为 UTF-8 编码。", line);
        }
    }

    private static String utf16OrBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return "文件是 UTF-16（Unicode）编码：请另存为 UTF-8 编码。";
        }
        return "文件里有空字节（NUL），看起来不是文字文件：Markdown 文件只能是文字；图片等请放进 media/ 文件夹。";
    }

    private static boolean looksLikeGb18030(byte[] bytes) {
        try {
            strict(GB18030, bytes, 0);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    }

    /** Index of the first byte that breaks UTF-8, for the line number in the message. */
    private static int firstBadUtf8(byte[] b, int start) {
        int i = start;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
            if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0)) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return Math.max(0, b.length - 1);
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
