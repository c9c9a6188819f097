package org.branchpress.lint;

import java.util.ArrayList;
import java.util.List;

import org.branchpress.content.Document;
import org.branchpress.markdown.ParsedMarkdown;
import org.branchpress.problem.Problem;
import org.branchpress.problem.Severity;
import org.branchpress.settings.Language;

/**
 * The writing lint of {@code check}: typography and structure of Chinese official writing in
 * the Markdown body of every content file (never its front matter). Every finding is a warning:
 * <ul>
 *   <li>{@code lint/halfwidth-punctuation} — {@link HalfwidthPunctuation}</li>
 *   <li>{@code lint/outline-sequence} — {@link OutlineSequence}</li>
 *   <li>{@code lint/mixed-script} — {@link MixedScript}</li>
 *   <li>{@code lint/image-alt} — {@link ImageAlt}</li>
 * </ul>
 * It reads the tree the build parsed (one parse per body, one Markdown configuration), so a
 * mark the page shows inside an address is never taken for text. One instance may check many
 * bodies at once: nothing is kept between them.
 */
public final class WritingLint {
    private final Language language;

    /** @param language the site's, from its settings: the script a body is judged against */
    public WritingLint(Language language) {
        this.language = language;
    }

    /** The findings of one document, whose body the build parsed into {@code body}. */
    public Linted check(Document d, ParsedMarkdown body) {
        List<Problem> title = title(d);
        if (!body.walkable()) {
            return new Linted(d.source(), title, List.of(), 0, List.of()); // the build reports the depth
        }
        ParsedBody parsed = ParsedBody.of(body);
        LineIndex lines = new LineIndex(body.markdown(), d.body().firstLine());
        String file = d.source().display();
        List<HalfwidthPunctuation.Spot> spots = HalfwidthPunctuation.spots(parsed);
        List<Problem> fixable = warnings(file, lines, HalfwidthPunctuation.check(spots));
        List<Finding> others = new ArrayList<>();
        others.addAll(OutlineSequence.check(parsed));
        MixedScript.check(parsed, language).ifPresent(others::add);
        others.addAll(ImageAlt.check(parsed));
        List<Problem> rest = new ArrayList<>(title);
        rest.addAll(warnings(file, lines, others));
        return new Linted(d.source(), rest, fixable, body.markdown().length(), spots);
    }

    private static List<Problem> warnings(String file, LineIndex lines, List<Finding> findings) {
        List<Problem> problems = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            problems.add(Problem.warning(lines.position(file, f.offset()), f.rule(), f.message()));
        }
        return problems;
    }

    /**
     * {@code lint/halfwidth-punctuation} in the title, which lists, feeds and screens show
     * everywhere: at the title's line in the front matter. {@code --fix} leaves it to the
     * officer (a title is quoted in YAML, and may be cited elsewhere as written).
     */
    private static List<Problem> title(Document d) {
        String title = d.meta().title();
        List<HalfwidthPunctuation.Spot> spots = HalfwidthPunctuation.spots(ParsedBody.ofPlainText(title));
        if (spots.isEmpty()) {
            return List.of();
        }
        Finding first = HalfwidthPunctuation.check(spots).get(0);
        String[] lines = d.source().text().split("\n", -1);
        int line = 0;
        int column = 0;
        for (int i = 0; i < lines.length && i < 200; i++) {
            if (lines[i].startsWith("title") && lines[i].contains(title)) {
                line = i + 1;
                column = lines[i].indexOf(title) + first.offset() + 1;
                break;
            }
        }
        return List.of(new Problem(d.source().display(), line, column, Severity.WARNING, HalfwidthPunctuation.RULE,
                first.message().replace("中文里", "标题里").replace("（运行 check --fix 可自动改正）", "")));
    }
}
