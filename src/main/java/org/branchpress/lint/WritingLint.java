package org.branchpress.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.vladsch.flexmark.parser.Parser;
import org.branchpress.content.Body;
import org.branchpress.content.Document;
import org.branchpress.problem.Problem;
import org.branchpress.problem.Problems;
import org.branchpress.settings.Language;
import org.branchpress.settings.SettingsLoader;
import org.branchpress.source.SourceFile;
import org.branchpress.source.TextDecoder;

/**
 * The writing lint of {@code check}: typography and structure of Chinese official writing in
 * the Markdown body of every content file (never its front matter). Every finding is a warning:
 * <ul>
 *   <li>{@code lint/halfwidth-punctuation} — {@link HalfwidthPunctuation}</li>
 *   <li>{@code lint/outline-sequence} — {@link OutlineSequence}</li>
 *   <li>{@code lint/mixed-script} — {@link MixedScript}</li>
 *   <li>{@code lint/image-alt} — {@link ImageAlt}</li>
 * </ul>
 * One instance may check many bodies at once: the parser is thread-safe and nothing else is kept.
 */
public final class WritingLint {
    private final Language language;
    private final Parser parser = ParsedBody.newParser();

    public WritingLint(Language language) {
        this.language = language;
    }

    /**
     * The lint for the site in {@code contentFolder}, judged against the {@code language} of its
     * site.yaml (zh-CN when it is missing or unreadable; check reports those problems itself).
     */
    public static WritingLint forSite(Path contentFolder) {
        return new WritingLint(siteLanguage(contentFolder));
    }

    /** Every finding of every document, in document order and, within one, by place. */
    public List<Problem> check(List<Document> documents) {
        return documents.parallelStream()
                .flatMap(d -> Stream.concat(title(d).stream(), check(d.source().display(), d.body()).stream()))
                .toList();
    }

    /**
     * {@code lint/halfwidth-punctuation} in the title, which lists, feeds and screens show
     * everywhere: at the title's line in the front matter.
     */
    private List<Problem> title(Document d) {
        String title = d.meta().title();
        List<Finding> findings = HalfwidthPunctuation.check(ParsedBody.parse(parser, title.replace("\\", "\\\\")));
        if (findings.isEmpty()) {
            return List.of();
        }
        String[] lines = d.source().text().split("\n", -1);
        int line = 0;
        int column = 0;
        for (int i = 0; i < lines.length && i < 200; i++) {
            if (lines[i].startsWith("title") && lines[i].contains(title)) {
                line = i + 1;
                column = lines[i].indexOf(title) + findings.get(0).offset() + 1;
                break;
            }
        }
        return List.of(new Problem(d.source().display(), line, column, org.branchpress.problem.Severity.WARNING,
                HalfwidthPunctuation.RULE, findings.get(0).message().replace("中文里", "标题里").replace("（运行 check --fix 可自动改正）", "")));
    }

    /** The findings of one body; {@code file} is the path as problems print it. */
    public List<Problem> check(String file, Body body) {
        ParsedBody parsed = ParsedBody.parse(parser, body.markdown());
        List<Finding> findings = new ArrayList<>();
        findings.addAll(HalfwidthPunctuation.check(parsed));
        findings.addAll(OutlineSequence.check(parsed));
        MixedScript.check(parsed, language).ifPresent(findings::add);
        findings.addAll(ImageAlt.check(parsed));
        LineIndex lines = new LineIndex(body.markdown(), body.firstLine());
        List<Problem> problems = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            problems.add(Problem.warning(lines.position(file, f.offset()), f.rule(), f.message()));
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    private static Language siteLanguage(Path contentFolder) {
        Path file = contentFolder.resolve("site.yaml");
        if (!Files.isRegularFile(file)) {
            return Language.ZH_CN;
        }
        try {
            String text = TextDecoder.decode(Files.readAllBytes(file));
            SourceFile source = new SourceFile("site.yaml", "site.yaml", file, text, null);
            return SettingsLoader.load(Optional.of(source), new Problems()).language();
        } catch (IOException | TextDecoder.Undecodable | RuntimeException e) {
            return Language.ZH_CN;
        }
    }
}
