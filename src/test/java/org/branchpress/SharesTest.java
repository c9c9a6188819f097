package org.branchpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** {@link Shares#map}: the order of the list whatever the threads did, and failures not lost. */
class SharesTest {

    @Test
    void everyElementIsMappedOnceInTheListsOrder() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            List<Integer> list = IntStream.range(0, n).map(i -> random.nextInt(1000)).boxed().toList();
            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            List<String> mapped = Shares.map(IntStream.range(0, n).boxed().toList(), i -> {
                assertThat(seen.add(i)).as("mapped twice: " + i).isTrue();
                if (list.get(i) % 17 == 0) {
                    Thread.onSpinWait(); // uneven costs, as real bodies have
                }
                return i + ":" + list.get(i);
            });
            assertThat(mapped).containsExactlyElementsOf(
                    IntStream.range(0, n).mapToObj(i -> i + ":" + list.get(i)).toList());
        }
    }

    @Test
    void aFailureOnAnyThreadIsThrownToTheCaller() {
        for (int bad = 0; bad < 50; bad += 7) {
            int failing = bad;
            assertThatThrownBy(() -> Shares.map(IntStream.range(0, 50).boxed().toList(), i -> {
                if (i == failing) {
                    throw new IllegalStateException("element " + i);
                }
                return i;
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("element " + failing);
        }
    }
}
