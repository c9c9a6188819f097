package org.branchpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.branchpress.problem.Problem;
import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CommonMark 0.31.2's examples (src/test/resources/commonmark/), each rendered by the real
 * engine and by plain flexmark with the same extensions. The two must give the same HTML,
 * whitespace normalised, except for the differences of {@link Difference}, which README.md
 * lists under "How it is built"; an example that differs in any other way fails.
 */
class CommonMarkSpecTest {
    /** Where the engine parts from plain flexmark on purpose; each is undone before comparing. */
    enum Difference {
        /** Every heading gets an id, for the table of contents. */
        HEADING_IDS,
        /**
         * A URL without a scheme names a file in content/: it becomes the relative address of that
         * file's page or copy, or {@code #} when refused ({@code /url} is an error: write a relative path).
         */
        SITE_LINKS,
        /** Raw HTML is cleaned with Jsoup's relaxed safelist. */
        RAW_HTML_CLEANED,
        /** A link whose scheme is not http(s), mailto, tel or ftp is dropped ({@code #}) with a warning. */
        UNSAFE_LINKS,
        /** The engine renders what the spec says where flexmark 0.64 does not. */
        FOLLOWS_SPEC
    }

    /**
     * The examples where the engine matches the spec and plain flexmark does not: destinations in
     * angle brackets (195, 489, 493, 494), the whole "multiple of 3" rule (416, 417) and symbols
     * counted as punctuation, as CommonMark 0.31 counts them (354).
     */
    private static final Set<Integer> FOLLOWS_SPEC = Set.of(195, 354, 416, 417, 489, 493, 494);

    /**
     * The only problems a spec example may cause: links to {@code /url}, links of other schemes
     * ({@code <irc://foo.bar>}), and a backslash read as a Windows folder separator
     * ({@code <a href="\*">} is {@code /*}, outside content/).
     */
    private static final Set<String> EXPECTED_RULES = Set.of("markdown/absolute-link", "markdown/unsafe-link",
            "markdown/path-outside");

    private static final Pattern EXAMPLE = Pattern.compile(
            "^`{32} example\\n([\\s\\S]*?)^\\.\\n([\\s\\S]*?)^`{32}$|^#{1,6} *(.*)$", Pattern.MULTILINE);
    private static final Map<Integer, Set<Difference>> RESULTS = new ConcurrentSkipListMap<>();
    /** Examples where the spec's own HTML differs: ours (documented differences undone), plain flexmark. */
    private static final Set<Integer> OURS_NOT_SPEC = new ConcurrentSkipListSet<>();
    private static final Set<Integer> PLAIN_NOT_SPEC = new ConcurrentSkipListSet<>();

    private static final Parser PLAIN_PARSER;
    private static final HtmlRenderer PLAIN_RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create()));
        PLAIN_PARSER = Parser.builder(options).build();
        PLAIN_RENDERER = HtmlRenderer.builder(options).build();
    }

    record Example(int number, String section, String markdown, String html) {
    }

    @TestFactory
    Stream<DynamicTest> eachExampleRendersAsPlainFlexmarkSaveForTheDocumentedDifferences() throws IOException {
        return examples().stream().map(e -> dynamicTest("example " + e.number() + " (" + e.section() + ")",
                () -> RESULTS.put(e.number(), compare(e))));
    }

    @AfterAll
    static void summary() {
        if (RESULTS.size() < 600) {
            return; // a single example was run
        }
        Map<String, Integer> counts = new TreeMap<>();
        RESULTS.values().forEach(d -> counts.merge(d.isEmpty() ? "(none)" : d.toString(), 1, Integer::sum));
        System.out.println("CommonMark 0.31.2: " + RESULTS.size() + " examples; by difference from plain flexmark: "
                + counts);
        System.out.println("Unlike the spec's HTML: plain flexmark " + PLAIN_NOT_SPEC.size() + " " + PLAIN_NOT_SPEC
                + "; ours, documented differences undone, " + OURS_NOT_SPEC.size() + " " + OURS_NOT_SPEC);
        assertThat(RESULTS.entrySet().stream().filter(r -> r.getValue().contains(Difference.FOLLOWS_SPEC))
                .map(Map.Entry::getKey).collect(Collectors.toSet()))
                .as("examples where the engine follows the spec and flexmark does not")
                .isEqualTo(FOLLOWS_SPEC);
    }

    /** The differences the example needed; fails when no documented difference explains it. */
    private static Set<Difference> compare(Example e) {
        Problems problems = new Problems();
        MarkdownEngine engine = new MarkdownEngine(ComparableHtml.anyTarget(), problems);
        String ours = engine.render(e.markdown(), "", "index.html", new SourcePosition("content/spec.md", 0, 1),
                null).html();
        Node plainTree = PLAIN_PARSER.parse(e.markdown());
        String plain = PLAIN_RENDERER.render(plainTree);
        List<String> rules = problems.sorted().stream().map(Problem::rule).distinct().toList();
        assertThat(rules).as("problems of example %d", e.number()).isSubsetOf(EXPECTED_RULES);

        Set<Difference> applicable = EnumSet.of(Difference.HEADING_IDS, Difference.SITE_LINKS, Difference.UNSAFE_LINKS);
        if (hasRawHtml(plainTree)) {
            applicable.add(Difference.RAW_HTML_CLEANED);
        }
        if (!same(ours, e.html(), applicable)) {
            OURS_NOT_SPEC.add(e.number());
        }
        if (!same(plain, e.html(), EnumSet.noneOf(Difference.class))) {
            PLAIN_NOT_SPEC.add(e.number());
        }
        Set<Difference> needed = needed(ours, plain, applicable);
        if (needed != null) {
            return needed;
        }
        needed = needed(ours, e.html(), applicable);
        assertThat(needed).as("example %d differs from plain flexmark and from the spec:%n%s%nours:%n%s%n"
                        + "plain flexmark:%n%s%nspec:%n%s", e.number(), e.markdown(), ours, plain, e.html())
                .isNotNull();
        needed.add(Difference.FOLLOWS_SPEC);
        return needed;
    }

    /**
     * The differences among {@code applicable} without which ours and theirs differ, or null when
     * they differ even with all of them undone.
     */
    private static Set<Difference> needed(String ours, String theirs, Set<Difference> applicable) {
        if (!same(ours, theirs, applicable)) {
            return null;
        }
        Set<Difference> needed = EnumSet.noneOf(Difference.class);
        for (Difference d : applicable) {
            Set<Difference> without = EnumSet.copyOf(applicable);
            without.remove(d);
            if (!same(ours, theirs, without)) {
                needed.add(d);
            }
        }
        return needed;
    }

    private static boolean same(String ours, String theirs, Set<Difference> undone) {
        Document o = ComparableHtml.parse(ours);
        Document t = ComparableHtml.parse(undone.contains(Difference.RAW_HTML_CLEANED) ? HtmlCleaner.clean(theirs) : theirs);
        if (undone.contains(Difference.HEADING_IDS)) {
            o.select("h1, h2, h3, h4, h5, h6").removeAttr("id");
        }
        if (undone.contains(Difference.UNSAFE_LINKS)) {
            ComparableHtml.dropUnsafeLinks(t);
        }
        if (undone.contains(Difference.SITE_LINKS)) {
            ComparableHtml.maskSiteLinks(o);
            ComparableHtml.maskSiteLinks(t);
        }
        return ComparableHtml.normalised(o).equals(ComparableHtml.normalised(t));
    }

    private static boolean hasRawHtml(Node doc) {
        for (Node node : doc.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                return true;
            }
        }
        return false;
    }

    /** The examples as the package's index.js extracts them, with → as a tab (spec_tests.py). */
    static List<Example> examples() throws IOException {
        String text;
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/commonmark/spec.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        text = text.substring(0, text.indexOf("<!-- END TESTS -->"));
        List<Example> examples = new ArrayList<>();
        String section = "";
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            if (m.group(3) != null) {
                section = m.group(3);
            } else {
                examples.add(new Example(examples.size() + 1, section, m.group(1).replace('→', '\t'),
                        m.group(2).replace('→', '\t')));
            }
        }
        return examples;
    }
}
