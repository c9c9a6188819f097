package org.branchpress.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

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
}
