package org.branchpress.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The offline search index, built at build time and shipped as plain scripts loaded by
 * {@code <script src>} (no fetch, no modules, no WASM: it works from {@code file://} and on old
 * browsers). Postings are split into shards by token hash, so a query loads only the shards of
 * its own tokens; document texts for the result list are in small shards of their own.
 */
public final class SearchIndex {
    /** Field weights: a match in a title counts eight times one in body text. */
    static final int TITLE = 8;
    static final int TAG = 6;
    static final int NAME = 6;
    static final int FACT = 3;
    static final int TEXT = 1;
    /** A very common token keeps only its best postings: a query on it shows the best pages anyway. */
    static final int MAX_POSTINGS = 1000;
    static final int DOCS_PER_SHARD = 40;
    static final int TARGET_SHARD_BYTES = 48 * 1024;

    private final List<SearchDocument> docs;

    /** @param docs newest first: a document's number is its rank on ties */
    public SearchIndex(List<SearchDocument> docs) {
        this.docs = docs;
    }

    /** Writes every file of the index under {@code search/}; returns the total bytes written. */
    public long write(BiConsumer<String, byte[]> out) {
        Map<String, int[]> postings = postings();
        long bytes = 0;
        int estimated = postings.values().stream().mapToInt(p -> 8 + p.length * 3).sum();
        int shards = Math.max(1, Math.min(4096, (estimated + TARGET_SHARD_BYTES - 1) / TARGET_SHARD_BYTES));
        List<Map<String, int[]>> byShard = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new TreeMap<>());
        }
        postings.forEach((token, list) -> byShard.get(Tokenizer.shard(token, shards)).put(token, list));
        for (int i = 0; i < shards; i++) {
            bytes += emit(out, "search/p-" + i + ".js", postingsScript(i, byShard.get(i)));
        }
        int docShards = (docs.size() + DOCS_PER_SHARD - 1) / DOCS_PER_SHARD;
        for (int i = 0; i < docShards; i++) {
            bytes += emit(out, "search/d-" + i + ".js", docsScript(i));
        }
        bytes += emit(out, "search/index.js", metaScript(shards));
        bytes += emit(out, "search/t2s.js", t2sScript(postings.keySet()));
        return bytes;
    }

    /** Token → [document frequency, id, score, id, score, …], ids ascending. */
    Map<String, int[]> postings() {
        List<Map<String, Integer>> perDoc = docs.parallelStream().map(SearchIndex::scores).toList();
        Map<String, List<int[]>> lists = new HashMap<>();
        for (int id = 0; id < perDoc.size(); id++) {
            for (Map.Entry<String, Integer> e : perDoc.get(id).entrySet()) {
                lists.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {id, e.getValue()});
            }
        }
        Map<String, int[]> out = new TreeMap<>();
        lists.forEach((token, list) -> {
            int df = list.size();
            List<int[]> kept = list;
            if (df > MAX_POSTINGS) {
                kept = new ArrayList<>(list);
                kept.sort(Comparator.comparingInt((int[] p) -> -p[1]).thenComparingInt(p -> p[0]));
                kept = kept.subList(0, MAX_POSTINGS);
                kept.sort(Comparator.comparingInt(p -> p[0]));
            }
            int[] flat = new int[1 + kept.size() * 2];
            flat[0] = df;
            for (int i = 0; i < kept.size(); i++) {
                flat[1 + 2 * i] = kept.get(i)[0];
                flat[2 + 2 * i] = kept.get(i)[1];
            }
            out.put(token, flat);
        });
        return out;
    }

    /** Each token of a document with its weight: field weight times occurrences, capped. */
    static Map<String, Integer> scores(SearchDocument d) {
        Map<String, Integer> score = new HashMap<>();
        add(score, d.title(), TITLE);
        d.tags().forEach(t -> add(score, t, TAG));
        d.names().forEach(n -> add(score, n, NAME));
        d.facts().forEach(f -> add(score, f, FACT));
        Map<String, Integer> body = new HashMap<>();
        for (String token : Tokenizer.forIndex(d.text())) {
            body.merge(token, 1, Integer::sum);
        }
        body.forEach((token, n) -> score.merge(token, TEXT * Math.min(n, 5), Integer::sum));
        return score;
    }

    private static void add(Map<String, Integer> score, String text, int weight) {
        for (String token : new TreeSet<>(Tokenizer.forIndex(text))) {
            score.merge(token, weight, Integer::sum);
        }
    }

    private static String postingsScript(int shard, Map<String, int[]> tokens) {
        StringBuilder b = new StringBuilder("BP_SEARCH.p(").append(shard).append(",{");
        boolean first = true;
        for (Map.Entry<String, int[]> e : tokens.entrySet()) {
            if (!first) {
                b.append(',');
            }
            first = false;
            b.append(JsonText.string(e.getKey())).append(":[");
            int[] p = e.getValue();
            // ids as gaps from the previous id: small numbers, few bytes
            b.append(p[0]);
            int last = 0;
            for (int i = 1; i < p.length; i += 2) {
                b.append(',').append(p[i] - last).append(',').append(p[i + 1]);
                last = p[i];
            }
            b.append(']');
        }
        return b.append("});\n").toString();
    }

    private String docsScript(int shard) {
        StringBuilder b = new StringBuilder("BP_SEARCH.d(").append(shard).append(",[");
        int from = shard * DOCS_PER_SHARD;
        int to = Math.min(docs.size(), from + DOCS_PER_SHARD);
        for (int i = from; i < to; i++) {
            SearchDocument d = docs.get(i);
            if (i > from) {
                b.append(',');
            }
            b.append('[').append(JsonText.string(d.title())).append(',').append(JsonText.string(d.address()))
                    .append(',').append(JsonText.string(d.date() == null ? "" : d.date())).append(',')
                    .append(JsonText.string(d.snippet())).append(']');
        }
        return b.append("]);\n").toString();
    }

    private String metaScript(int shards) {
        StringBuilder kinds = new StringBuilder();
        StringBuilder years = new StringBuilder();
        for (SearchDocument d : docs) {
            kinds.append(d.kind());
            years.append(years.length() == 0 ? "" : ",").append(d.year());
        }
        return "BP_SEARCH.meta({\"shards\":" + shards + ",\"docShard\":" + DOCS_PER_SHARD + ",\"kinds\":"
                + JsonText.string(kinds.toString()) + ",\"years\":[" + years + "]});\n";
    }

    /** Traditional → simplified pairs for the characters the index holds: queries fold the same way. */
    private static String t2sScript(Set<String> tokens) {
        Set<Character> indexed = new TreeSet<>();
        tokens.forEach(t -> {
            if (t.length() == 1) {
                indexed.add(t.charAt(0));
            }
        });
        StringBuilder pairs = new StringBuilder();
        ChineseText.t2s().forEach((from, to) -> {
            if (indexed.contains(to)) {
                pairs.append(from).append(to);
            }
        });
        return "BP_SEARCH.t2s(" + JsonText.string(pairs.toString()) + ");\n";
    }

    private static long emit(BiConsumer<String, byte[]> out, String address, String script) {
        byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
        out.accept(address, bytes);
        return bytes.length;
    }

}
