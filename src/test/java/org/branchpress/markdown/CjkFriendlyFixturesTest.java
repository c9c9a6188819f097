package org.branchpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * markdown-it-cjk-friendly's own fixtures (src/test/resources/cjk-friendly/): each paragraph
 * renders as markdown-it with the plugin renders it, whitespace normalised, links to files
 * aside (the engine makes those relative).
 */
class CjkFriendlyFixturesTest {
    private static final List<String> FIXTURES = List.of("strong", "korean", "pseudo-emoji", "non-bmp",
            "underscore-cjk-punct");

    @TestFactory
    Stream<DynamicTest> eachParagraphRendersAsMarkdownItCjkFriendlyRendersIt() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String fixture : FIXTURES) {
            List<String> cases = Arrays.stream(read(fixture + ".md").split("\n\\s*\n"))
                    .filter(c -> !c.isBlank()).toList();
            List<String> expected = read(fixture + ".html").lines().filter(l -> !l.isBlank()).toList();
            assertThat(cases).as(fixture).hasSameSizeAs(expected);
            for (int i = 0; i < cases.size(); i++) {
                String markdown = cases.get(i);
                String html = expected.get(i);
                tests.add(dynamicTest(fixture + " " + (i + 1) + ": " + markdown, () -> {
                    Problems problems = new Problems();
                    String ours = new MarkdownEngine(ComparableHtml.anyTarget(), problems)
                            .render(markdown, "", "index.html", new SourcePosition("content/a.md", 0, 1), null).html();
                    assertThat(comparable(ours)).isEqualTo(comparable(html));
                    assertThat(problems.sorted()).isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    private static String comparable(String html) {
        Document d = ComparableHtml.parse(html);
        ComparableHtml.maskSiteLinks(d);
        return ComparableHtml.normalised(d);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CjkFriendlyFixturesTest.class.getResourceAsStream("/cjk-friendly/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
