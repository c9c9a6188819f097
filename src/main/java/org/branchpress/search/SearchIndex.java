package org.branchpress.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

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
    static final int DOCS_PER_SHARD = 16;
    static final int TARGET_SHARD_BYTES = 48 * 1024;
    /** Documents scored at once: their pairs are held until appended to the postings. */
    static final int CHUNK = 1024;

    private final List<SearchDocument> docs;

    /** @param docs newest first: a document's number is its rank on ties */
    public SearchIndex(List<SearchDocument> docs) {
        this(docs, List.of());
    }

    /**
     * A 党总支's index: each document also carries its group for the search page's filter by
     * branch, {@link #group} of the first of {@code folders} its address lies in.
     *
     * @param folders the branches' folders ({@code branches/yishi/}), in the filter's order
     */
    public SearchIndex(List<SearchDocument> docs, List<String> folders) {
        this.docs = docs;
        this.folders = List.copyOf(folders);
    }

    /**
     * The filter's value for the 总支's own documents ({@code -1}) and for those of branch
     * {@code i} of the folders: one character each, so the meta holds one per document.
     */
    public static char group(int branch) {
        return (char) ('B' + branch);
    }

    private final List<String> folders;

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

    /**
     * Token → [document frequency, id, score, id, score, …], ids ascending. Documents are
     * scored in chunks on both cores; each chunk's (token, score) pairs are then appended to
     * the postings in {@link Postings#PARTS} parts by token, also in parallel, so neither the
     * pairs of every document nor the full list of a very common token is ever held at once.
     */
    Map<String, int[]> postings() {
        Tokenizer.Words words = new Tokenizer.Words();
        List<Postings> parts = IntStream.range(0, Postings.PARTS).mapToObj(p -> new Postings()).toList();
        for (int from = 0; from < docs.size(); from += CHUNK) {
            int first = from;
            List<DocTokens> chunk = docs.subList(from, Math.min(docs.size(), from + CHUNK)).parallelStream()
                    .map(d -> DocTokens.of(scores(d, words))).toList();
            IntStream.range(0, Postings.PARTS).parallel().forEach(p -> {
                for (int i = 0; i < chunk.size(); i++) {
                    chunk.get(i).appendTo(parts.get(p), p, first + i);
                }
            });
        }
        Map<String, int[]> out = new HashMap<>();
        parts.forEach(part -> part.forEach((key, flat) -> out.put(Tokenizer.text(key, words), flat)));
        return out;
    }

    /** Each token of a document with its weight: field weight once per field, body occurrences capped at 5. */
    static TokenCounts scores(SearchDocument d, Tokenizer.Words words) {
        String text = d.text().get();
        TokenCounts score = new TokenCounts(text.length() + 64);
        field(score, d.title(), TITLE, words);
        d.tags().forEach(t -> field(score, t, TAG, words));
        d.names().forEach(n -> field(score, n, NAME, words));
        d.facts().forEach(f -> field(score, f, FACT, words));
        TokenCounts body = new TokenCounts(text.length());
        Tokenizer.countForIndex(text, body, words);
        body.forEach((key, n) -> score.add(key, TEXT * Math.min(n, 5)));
        return score;
    }

    private static void field(TokenCounts score, String text, int weight, Tokenizer.Words words) {
        TokenCounts once = new TokenCounts(text.length());
        Tokenizer.countForIndex(text, once, words);
        once.forEach((key, n) -> score.add(key, weight));
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

    /**
     * Kinds one character per document; years as runs of [year, count], since documents are
     * newest first and people and free pages (year 0) come last.
     */
    private String metaScript(int shards) {
        StringBuilder kinds = new StringBuilder();
        StringBuilder years = new StringBuilder();
        int run = 0;
        for (int i = 0; i < docs.size(); i++) {
            kinds.append(docs.get(i).kind());
            run++;
            if (i + 1 == docs.size() || docs.get(i + 1).year() != docs.get(i).year()) {
                years.append(years.length() == 0 ? "" : ",").append('[').append(docs.get(i).year()).append(',')
                        .append(run).append(']');
                run = 0;
            }
        }
        return "BP_SEARCH.meta({\"shards\":" + shards + ",\"docShard\":" + DOCS_PER_SHARD + ",\"kinds\":"
                + JsonText.string(kinds.toString()) + ",\"yearRuns\":[" + years + "]" + groups() + "});\n";
    }

    /** A 党总支's: {@code ,"groups":"…"}, one character per document ({@link #group}); nothing for a single site. */
    private String groups() {
        if (folders.isEmpty()) {
            return "";
        }
        StringBuilder groups = new StringBuilder();
        for (SearchDocument d : docs) {
            int branch = -1;
            for (int f = 0; f < folders.size() && branch < 0; f++) {
                branch = d.address().startsWith(folders.get(f)) ? f : -1;
            }
            groups.append(group(branch));
        }
        return ",\"groups\":" + JsonText.string(groups.toString());
    }

    /**
     * ChineseText's folding table, for the characters whose key the index holds (a query with
     * any other character finds nothing either way), and for punctuation: search.js folds a
     * query exactly as the index was folded.
     */
    private static String t2sScript(Set<String> tokens) {
        Set<Character> indexed = new TreeSet<>();
        tokens.forEach(t -> {
            if (t.length() == 1) {
                indexed.add(t.charAt(0));
            }
        });
        StringBuilder pairs = new StringBuilder();
        ChineseText.folding().forEach((from, to) -> {
            if (indexed.contains(to) || !ChineseText.isHan(to)) {
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
