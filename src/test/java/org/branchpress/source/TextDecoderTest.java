package org.branchpress.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void bomAndCrlfAreNormal() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\ntitle: 标题\r\n---\r\n正文\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        assertThat(TextDecoder.decode(all)).isEqualTo("---\ntitle: 标题\n---\n正文\n");
    }

    @Test
    void gbkFileIsRefusedWithAdviceAndLine() {
        byte[] gbk = "title: 标题\n正文内容\n".getBytes(Charset.forName("GBK"));
        assertThatThrownBy(() -> TextDecoder.decode(gbk))
                .isInstanceOf(TextDecoder.Undecodable.class)
                .hasMessageContaining("GBK")
                .hasMessageContaining("UTF-8")
                .satisfies(e -> assertThat(((TextDecoder.Undecodable) e).line()).isEqualTo(1));
    }

    @Test
    void nulByteMeansNotText() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'a', 0, 'b'}))
                .hasMessageContaining("NUL");
    }

    /** Text pieces: ASCII, CJK, an emoji, a real U+FFFD, line ends. */
    private static final String[] PIECES = {"title: ", "党支部", "a", "\uD83C\uDF89", "\uFFFD", "\r\n", "\n", "é", "。"};

    /** What a strict decoder says of these bytes: the text, or null when they are not UTF-8. */
    private static String strictly(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void decodesExactlyWhatAStrictDecoderDecodesAndRefusesWhatItRefuses() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0 && random.nextBoolean()) { // a broken byte: often no longer UTF-8
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x7F));
            }
            String expected = strictly(bytes);
            String got;
            try {
                got = TextDecoder.decode(bytes);
            } catch (TextDecoder.Undecodable e) {
                got = null;
            }
            assertThat(got).as("round %d: %s", round, java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
        }
    }
}
