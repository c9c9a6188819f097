package org.branchpress.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextFormTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] roundTrip(byte[] bytes) throws TextDecoder.Undecodable {
        return TextForm.of(bytes).encode(TextDecoder.decode(bytes));
    }

    @Test
    void aFileWithLfEndsAndNoBomIsPlain() {
        assertThat(TextForm.of(utf8("甲\n乙\n"))).isSameAs(TextForm.PLAIN);
    }

    @Test
    void bomAndMixedLineEndsComeBackByteForByte() throws Exception {
        byte[] file = concat(BOM, utf8("甲\r\n乙\r丙\n\r\r\n丁"));
        assertThat(roundTrip(file)).isEqualTo(file);
    }

    /** Seeded loop: any mix of line ends, BOM or not, decodes and encodes to the same bytes. */
    @Test
    void everyMixOfLineEndsRoundTrips() throws Exception {
        Random random = new Random(13);
        String[] pieces = {"\n", "\r", "\r\n", "党", "a", " ", "，"};
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            byte[] file = random.nextBoolean() ? concat(BOM, utf8(text.toString())) : utf8(text.toString());
            assertThat(roundTrip(file)).as(text.toString().replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(file);
        }
    }

    @Test
    void aTextWithOtherLineCountIsRefused() {
        TextForm form = TextForm.of(utf8("a\r\nb\r\n"));
        assertThatThrownBy(() -> form.encode("a\nb\nc\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> form.encode("ab\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourceFileAlwaysHasASection() {
        assertThatThrownBy(() -> new SourceFile("site.yaml", "content/site.yaml", Path.of("content/site.yaml"), "",
                null)).isInstanceOf(NullPointerException.class).hasMessage("kind");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
