package org.branchpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Templates write into {@link Utf8Output}: its bytes must be exactly {@code getBytes(UTF_8)} of
 * the text, however FreeMarker cuts it into writes. A seeded loop over random text, so a failure
 * can be replayed.
 */
class Utf8OutputTest {
    /** ASCII, Latin, CJK and punctuation, an emoji's two halves, and each half alone. */
    private static final String[] PIECES = {"<p class=\"x\">", "a", "é", "党支部", "，", "。", "\uD83C\uDF89", "\uD83C",
        "\uDF89", "&amp;", "\n", "ǅ", "\u0800", "\u07FF", "\uFFFF"};

    @Test
    void bytesAreThoseOfTheWholeTextInUtf8HoweverItIsWritten() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String whole = text.toString();
            Utf8Output out = new Utf8Output(random.nextInt(8));
            for (int at = 0; at < whole.length(); ) {
                int length = Math.min(whole.length() - at, random.nextInt(6));
                switch (random.nextInt(4)) {
                    case 0 -> out.write(whole, at, length);
                    case 1 -> out.write(whole.toCharArray(), at, length);
                    case 2 -> out.write(whole.substring(at, at + length));
                    default -> {
                        length = Math.min(1, whole.length() - at);
                        out.write(whole.charAt(at));
                    }
                }
                at += length;
            }
            assertThat(out.toBytes()).as("round %d: %s", round, whole.chars()
                    .mapToObj(Integer::toHexString).toList()).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
        }
    }
}
