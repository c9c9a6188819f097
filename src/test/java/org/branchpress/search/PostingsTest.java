package org.branchpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PostingsTest {
    /**
     * Seeded loop: trimming a common token's list as it grows keeps exactly the best
     * MAX_POSTINGS (score down, id up) that choosing from the whole list keeps.
     */
    @Test
    void trimmingWhileFillingKeepsTheSameBestAsChoosingFromEverything() {
        for (int seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            Postings postings = new Postings();
            Map<Long, List<int[]>> all = new HashMap<>();
            int docs = 2500 + random.nextInt(3000);
            for (int doc = 0; doc < docs; doc++) {
                for (long key = 1; key <= 3; key++) {
                    if (random.nextInt(4) > 0 || key == 1) {
                        int score = 1 + random.nextInt(key == 3 ? 3 : 40);
                        postings.add(key, doc, score);
                        all.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {doc, score});
                    }
                }
            }
            Map<Long, int[]> got = new HashMap<>();
            postings.forEach(got::put);
            for (Map.Entry<Long, List<int[]>> e : all.entrySet()) {
                assertThat(got.get(e.getKey())).as("seed %d key %d", seed, e.getKey())
                        .containsExactly(naive(e.getValue()));
            }
        }
    }

    private static int[] naive(List<int[]> pairs) {
        List<int[]> best = new ArrayList<>(pairs);
        best.sort(Comparator.comparingInt((int[] p) -> -p[1]).thenComparingInt(p -> p[0]));
        best = new ArrayList<>(best.subList(0, Math.min(SearchIndex.MAX_POSTINGS, best.size())));
        best.sort(Comparator.comparingInt(p -> p[0]));
        int[] flat = new int[1 + best.size() * 2];
        flat[0] = pairs.size();
        for (int i = 0; i < best.size(); i++) {
            flat[1 + i * 2] = best.get(i)[0];
            flat[2 + i * 2] = best.get(i)[1];
        }
        return flat;
    }
}
