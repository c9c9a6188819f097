package org.branchpress.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;

/**
 * Stage 4's engine: one flexmark parser and renderer for the whole build, shared by the
 * rendering threads (both are thread-safe once built). Per-document state travels in the
 * parsed document's data, never in a field. A body is {@linkplain #parse parsed} once; the
 * writing lint reads that tree and the page is {@linkplain #render(ParsedMarkdown, String, String,
 * SourcePosition, String) rendered} from it, which only reads it.
 */
public final class MarkdownEngine {
    /** Levels of nesting a body may have; see {@link #deeperThan}. */
    public static final int MAX_DEPTH = 64;
    static final DataKey<BodyContext> CONTEXT = new DataKey<>("BRANCHPRESS_BODY_CONTEXT", (BodyContext) null);

    private final Parser parser;
    private final Parser plainParser;
    private final boolean skipScanners;
    private final HtmlRenderer renderer;
    private final LinkTargets targets;
    private final Problems problems;
    private final Consumer<SourcePosition> parsed;

    public MarkdownEngine(LinkTargets targets, Problems problems) {
        this(targets, problems, at -> { });
    }

    /** @param parsed told the body of every parse: lets a test see that each body is parsed once */
    public MarkdownEngine(LinkTargets targets, Problems problems, Consumer<SourcePosition> parsed) {
        this(targets, problems, parsed, true);
    }

    /** @param skipScanners false: every body parses with tables and autolinks (a test compares) */
    MarkdownEngine(LinkTargets targets, Problems problems, Consumer<SourcePosition> parsed, boolean skipScanners) {
        this.skipScanners = skipScanners;
        this.targets = targets;
        this.problems = problems;
        this.parsed = parsed;
        MutableDataSet options = options(true);
        this.parser = Parser.builder(options).build();
        this.plainParser = Parser.builder(options(false)).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * The build's flexmark options; {@code scanners} adds tables and autolinks, whose passes
     * look at every line and every text node of every body (a regex per text node for
     * autolinks) for something most write-ups never contain.
     */
    private static MutableDataSet options(boolean scanners) {
        MutableDataSet options = new MutableDataSet();
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>();
        if (scanners) {
            extensions.add(TablesExtension.create());
        }
        extensions.add(FootnoteExtension.create());
        extensions.add(StrikethroughExtension.create());
        if (scanners) {
            extensions.add(AutolinkExtension.create());
        }
        extensions.addAll(List.of(InlineSyntax.create(), BodyLinks.create(), SoftBreaks.create()));
        options.set(Parser.EXTENSIONS, extensions);
        options.set(TablesExtension.CLASS_NAME, "table");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
        return options;
    }

    /**
     * Whether a body may hold a table or an autolink: a table needs a {@code |}, an autolink a
     * scheme's {@code :}, an e-mail's {@code @} or {@code www.}. A body with none of them parses
     * to the same tree without those two extensions (a test compares), only faster.
     */
    static boolean mayNeedScanners(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == ':' || c == '@' || c == '|'
                    || ((c == 'w' || c == 'W') && markdown.regionMatches(true, i, "www.", 0, 4))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses one body with the build's whole configuration (CJK-friendly emphasis, autolinks
     * trimmed at Chinese text, link destinations with spaces); nothing is reported yet.
     *
     * @param at file and first line of the body
     */
    public ParsedMarkdown parse(String markdown, SourcePosition at) {
        parsed.accept(at);
        Document doc = (!skipScanners || mayNeedScanners(markdown) ? parser : plainParser).parse(markdown);
        Optional<Node> tooDeep = deeperThan(doc, MAX_DEPTH);
        if (tooDeep.isPresent()) {
            return new ParsedMarkdown(markdown, doc, OptionalInt.of(tooDeep.get().getLineNumber()));
        }
        CjkAutolinks.fix(doc);
        return new ParsedMarkdown(markdown, doc, OptionalInt.empty());
    }

    /** Parses and renders one body: {@link #render(ParsedMarkdown, String, String, SourcePosition, String)}. */
    public RenderedBody render(String markdown, String sourceFolder, String pageAddress, SourcePosition at,
                               String summaryOverride) {
        return render(parse(markdown, at), sourceFolder, pageAddress, at, summaryOverride);
    }

    /**
     * Renders one parsed body for the page at {@code pageAddress}. Reads the tree and never
     * changes it (heading ids and link state go in the tree's data), so a lint may read it before.
     *
     * @param sourceFolder the file's folder inside content/, for relative links
     * @param at           file and first line of the body, for problems
     */
    public RenderedBody render(ParsedMarkdown body, String sourceFolder, String pageAddress, SourcePosition at,
                               String summaryOverride) {
        if (!body.walkable()) {
            problems.error(new SourcePosition(at.file(), at.line() + body.tooDeepLine().getAsInt(), 1),
                    "markdown/too-deep", "正文嵌套太深（引用“>”、列表缩进或强调套了超过 " + MAX_DEPTH
                            + " 层）：请减少嵌套的层数，一般两三层就够了。");
            return RenderedBody.empty();
        }
        Document doc = body.tree();
        BodyContext context = new BodyContext(sourceFolder, pageAddress, at, targets, problems);
        doc.set(CONTEXT, context);
        List<Heading> headings = context.assignHeadingIds(doc);
        String html = renderer.render(doc);
        if (hasRawHtml(doc)) {
            html = HtmlCleaner.clean(html);
        }
        String summary = summaryOverride != null ? summaryOverride : Summaries.cut(leadText(doc), Summaries.TARGET);
        String text = PlainText.of(doc);
        int minutes = Summaries.readingMinutes(text);
        return new RenderedBody(html, headings, summary, minutes, text, Optional.ofNullable(context.firstPicture));
    }

    /**
     * The first node nested deeper than {@code limit}. flexmark renders and collects text
     * recursively, so a blockquote 1,000 deep would overflow the stack; no real write-up
     * nests more than a few levels. Walks the tree iteratively.
     */
    private static Optional<Node> deeperThan(Document doc, int limit) {
        ArrayDeque<Node> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        nodes.push(doc);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > limit) {
                return Optional.of(node);
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return Optional.empty();
    }

    /** The text of the first paragraphs, enough for a summary. */
    private static String leadText(Document doc) {
        StringBuilder text = new StringBuilder();
        for (Node node : doc.getDescendants()) {
            if (node instanceof Paragraph p && p.getParent() == doc) {
                text.append(PlainText.of(p).replace("\n", "").strip());
                if (text.length() > Summaries.TARGET * 2) {
                    break;
                }
            }
        }
        return text.toString();
    }

    private static boolean hasRawHtml(Document doc) {
        for (Node node : doc.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                return true;
            }
        }
        return false;
    }

    /** Per-document state for the link resolver and attribute provider. */
    static final class BodyContext {
        final String sourceFolder;
        final String pageAddress;
        final SourcePosition at;
        final LinkTargets targets;
        final Problems problems;
        final Map<Node, String> headingIds = new IdentityHashMap<>();
        /** The first picture in the body that is a site file, as the renderer resolves it. */
        String firstPicture;
        /** Each image address written in the body that is a re-encoded photo: its copies, for srcset. */
        final Map<String, org.branchpress.photo.Photo> photoBySrc = new java.util.HashMap<>();

        BodyContext(String sourceFolder, String pageAddress, SourcePosition at, LinkTargets targets,
                    Problems problems) {
            this.sourceFolder = sourceFolder;
            this.pageAddress = pageAddress;
            this.at = at;
            this.targets = targets;
            this.problems = problems;
        }

        List<Heading> assignHeadingIds(Document doc) {
            HeadingIds ids = new HeadingIds();
            List<Heading> headings = new ArrayList<>();
            for (Node node : doc.getDescendants()) {
                if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                    String text = PlainText.of(h).strip();
                    String id = ids.next(text);
                    headingIds.put(h, id);
                    headings.add(new Heading(h.getLevel(), text, id));
                }
            }
            return List.copyOf(headings);
        }

        SourcePosition positionOf(Node node) {
            return new SourcePosition(at.file(), at.line() + node.getLineNumber(), 1);
        }
    }
}
