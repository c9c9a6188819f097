package org.branchpress;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.branchpress.content.Addresses;
import org.branchpress.content.Document;
import org.branchpress.content.DocumentParser;
import org.branchpress.content.ReviewStatus;
import org.branchpress.content.ScreenChecks;
import org.branchpress.content.Tallies;
import org.branchpress.content.TallyReader;
import org.branchpress.markdown.LinkTargets;
import org.branchpress.lint.WritingLint;
import org.branchpress.markdown.BodyStore;
import org.branchpress.markdown.MarkdownEngine;
import org.branchpress.markdown.RenderedBody;
import org.branchpress.photo.Made;
import org.branchpress.photo.Photo;
import org.branchpress.photo.PhotoMaker;
import org.branchpress.photo.PhotoSource;
import org.branchpress.photo.PhotoTally;
import org.branchpress.problem.ContentException;
import org.branchpress.problem.Problem;
import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.publish.OutputFolder;
import org.branchpress.publish.SiteWriter;
import org.branchpress.render.Output;
import org.branchpress.render.SiteRenderer;
import org.branchpress.render.ScreenNotes;
import org.branchpress.review.ReviewScanner;
import org.branchpress.render.Theme;
import org.branchpress.settings.Roster;
import org.branchpress.settings.RosterLoader;
import org.branchpress.settings.SettingsLoader;
import org.branchpress.settings.SiteSettings;
import org.branchpress.site.Asset;
import org.branchpress.site.Federation;
import org.branchpress.site.ComplianceFindings;
import org.branchpress.site.Item;
import org.branchpress.site.ModelAssembler;
import org.branchpress.site.SiteModel;
import org.branchpress.site.Slide;
import org.branchpress.source.AssetFile;
import org.branchpress.source.ContentFolder;
import org.branchpress.source.ContentKind;
import org.branchpress.source.ReadTexts;
import org.branchpress.source.SourceFile;
import org.branchpress.source.SourceReader;

/**
 * The build, in the order it happens. Each stage takes the previous stage's value and
 * returns the next; this class is the only place that knows the order. Problems of stages
 * 1–5 are collected and reported together before anything is written.
 */
public final class Pipeline {

    /**
     * What to build from and where to.
     *
     * @param today the day the build is for: screens leave out what has expired, and a player
     *              whose clock is earlier than this trusts it instead
     * @param cached whether {@code build} may publish a stored site for unchanged inputs, and
     *               stores what it built ({@link CachedBuilds}); off for check and serve
     */
    public record Options(Path content, Optional<Path> templates, Path output, boolean drafts, LocalDate today,
                          boolean force, boolean cached, Optional<String> branch) {
        public Options(Path content, Optional<Path> templates, Path output, boolean drafts, LocalDate today) {
            this(content, templates, output, drafts, today, false, false);
        }

        public Options(Path content, Optional<Path> templates, Path output, boolean drafts, LocalDate today,
                       boolean force) {
            this(content, templates, output, drafts, today, force, false);
        }

        public Options(Path content, Optional<Path> templates, Path output, boolean drafts, LocalDate today,
                       boolean force, boolean cached) {
            this(content, templates, output, drafts, today, force, cached, Optional.empty());
        }

        /** These options for one branch of a 党总支 alone ({@code --branch ID}): a quick preview. */
        public Options onlyBranch(String id) {
            return new Options(content, templates, output, drafts, today, force, cached, Optional.of(id));
        }
    }

    /**
     * What a finished build reports: pages per kind, warnings, the build id.
     *
     * @param warnings  the check's (a screen picture too large or unreadable among them: the
     *                  model plans screen pictures, so check and build report the same)
     * @param keptAside where a foreign folder's files were moved ({@code --force})
     */
    public record Result(Counts counts, List<Problem> warnings, int files, String buildId,
                         Optional<Path> keptAside) {
    }

    /**
     * What {@code check} adds at stage 4, where each body is parsed once: the writing lint reads
     * that parse, and {@code --fix} applies the half-width punctuation it found to the file.
     * The build itself never lints.
     */
    public enum Lint {
        /** The build's stages only. */
        NONE,
        /** Lint every document that parsed, published or not. */
        REPORT,
        /** Lint, then fix rule 1's places in each file and report only what is left. */
        FIX
    }

    /**
     * What a build made, as the summary line prints it: the portal's pages, the published items
     * of the kinds it names, the TV screens' files (pages and scaled pictures).
     */
    public record Counts(int pages, int cases, int honors, int activities, int people, int notices, int screenFiles,
                         PhotoTally photos) {
        public Counts(int pages, int cases, int honors, int activities, int people, int notices, int screenFiles) {
            this(pages, cases, honors, activities, people, notices, screenFiles, PhotoTally.NONE);
        }

        /** A 党总支's counts with one more branch's. */
        Counts plus(Counts o) {
            return new Counts(pages + o.pages, cases + o.cases, honors + o.honors, activities + o.activities,
                    people + o.people, notices + o.notices, screenFiles + o.screenFiles, photos.plus(o.photos));
        }
    }

    /**
     * Stage 5's value with everything check needs.
     *
     * @param model     empty when there is an error: nothing may be built from it
     * @param settings  site.yaml as read (defaults where it is missing or wrong)
     * @param documents every content file that parsed, published or not (the review register)
     * @param problems  what build reports for the same content, in the order of place
     * @param lint      the writing lint's warnings, which only check lists (after {@code --fix}:
     *                  what is left), in the order of place
     * @param fixed     files {@code --fix} changed, in path order
     * @param unfixed   files {@code --fix} could not write, each left exactly as it was
     */
    public record Checked(Optional<SiteModel> model, SiteSettings settings, List<Document> documents,
                          List<Problem> problems, List<Problem> lint, List<Fixed> fixed, List<Unfixed> unfixed) {

        /** What the screens' preview wall points out, one line per slide; none when there is an error. */
        public List<String> screenNotes() {
            List<String> notes = new ArrayList<>(model.map(ScreenNotes::of).orElse(List.of()));
            // a 党总支's: each branch's screens too, named by their branch
            model.ifPresent(m -> m.federation().branches().forEach(b -> ScreenNotes.of(b.model())
                    .forEach(n -> notes.add(b.title() + "：" + n))));
            return List.copyOf(notes);
        }
    }

    /**
     * A file {@code --fix} changed.
     *
     * @param file  the path as problems print it ({@code content/cases/a.md})
     * @param count how many marks were replaced
     */
    public record Fixed(String file, int count) {
    }

    /** A file {@code --fix} could not write, and why: it is exactly as it was. */
    public record Unfixed(String file, String reason) {
    }

    /**
     * What stages 3 and 4 keep of each file for the next run of the same pipeline: serve's
     * rebuilds parse, scan and render only the files that changed.
     */
    record Memos(ReadTexts read, FileMemo<SourceFile, Optional<Document>> parsed,
                 FileMemo<SourceFile, Boolean> reviewed, FileMemo<Document, Item<?>> rendered, PhotoCopies photos,
                 boolean keepsLast) {
        static Memos none() {
            return new Memos(ReadTexts.none(), FileMemo.none(), FileMemo.none(), FileMemo.none(), PhotoCopies.none(),
                    false);
        }

        static Memos keeping() {
            return new Memos(ReadTexts.keeping(), FileMemo.keeping(), FileMemo.keeping(), FileMemo.keeping(),
                    PhotoCopies.inMemory(), true);
        }
    }

    /**
     * What serve's first look at one saved file needs of the last check that succeeded: the
     * folder as read, the settings, the page of every file.
     */
    record LastRun(ContentFolder folder, SiteSettings settings, Optional<Roster> roster, LinkTargets targets,
                           boolean drafts) {
    }

    /**
     * A saved document read, parsed, scanned and rendered alone, ready to replace its item in the
     * last model: its page can be shown before the whole site is rebuilt.
     */
    public record FirstLook(Document document, String address, RenderedBody body) {
    }

    private final Consumer<String> progress;
    private final Consumer<String> parsedBodies;
    private final Memos memos;
    /** The last check that succeeded, when memos are kept (serve); null before. */
    private volatile LastRun last;

    public Pipeline(Consumer<String> progress) {
        this(progress, file -> { });
    }

    /** @param parsedBodies told the file of every Markdown body parsed (tests count parses) */
    Pipeline(Consumer<String> progress, Consumer<String> parsedBodies) {
        this(progress, parsedBodies, Memos.none());
    }

    /** The same stages for one branch of a 党总支: nothing kept between runs (serve rebuilds the branches whole). */
    Pipeline forBranch() {
        return new Pipeline(progress, parsedBodies, Memos.none());
    }

    Pipeline(Consumer<String> progress, Consumer<String> parsedBodies, Memos memos) {
        this.progress = progress;
        this.parsedBodies = parsedBodies;
        this.memos = memos;
    }

    /** Stages 1–5 as build runs them: read and validate everything, write nothing. */
    public Checked check(Options options) {
        return check(options, Lint.NONE);
    }

    /** Where this pipeline's unchanged photos' copies come from (kept in memory by serve). */
    PhotoCopies photoCopies() {
        return memos.photos();
    }

    /**
     * Stages 1–5, with the writing lint (and its fix) of {@code check} when asked. With a lint
     * (the {@code check} command) the photos are measured, not made: nothing is written, so no
     * copy is encoded ({@link PhotoCopies#measured}); without one (serve, print) they are made.
     */
    public Checked check(Options options, Lint lint) {
        return check(options, lint, BodyStore.held(), true, lint == Lint.NONE ? memos.photos() : PhotoCopies.measured());
    }

    /**
     * @param store    where stage 4 keeps the rendered bodies' HTML and text
     * @param register whether the result lists every document (check's review register); a
     *                 build does not, so no file's text outlives stage 4
     */
    Checked check(Options options, Lint lint, BodyStore store, boolean register) {
        return check(options, lint, store, register, memos.photos());
    }

    /** @param photos where unchanged photos' copies come from */
    Checked check(Options options, Lint lint, BodyStore store, boolean register, PhotoCopies photos) {
        Problems problems = new Problems();
        if (options.branch().isPresent()) {
            return Branches.alone(this, options, lint, store, register, problems);
        }
        Rendered rendered = readAndRender(Scope.of(options.content()), options, lint, store, photos, problems); // 1–4
        List<Branches.Checked> branches = Branches.check(this, rendered.folder(), rendered.settings(), options, lint,
                store, problems);                                                                  // 1–4 of each branch
        SamePersonChecks.check(rendered, branches, problems);              //   (members.yaml's branches:)
        return finish(rendered, branches, options, register, problems);                           // 5 (of each too)
    }

    /** Stage 5 of a checked folder (with its branches' models, for a 党总支), and what check reports. */
    Checked finish(Rendered rendered, List<Branches.Checked> branches, Options options, boolean register,
                   Problems problems) {
        List<Document> documents = new ArrayList<>(register ? rendered.documents() : List.of());
        List<Problem> writing = new ArrayList<>(rendered.writing());
        List<Fixed> fixed = new ArrayList<>(rendered.fixes().fixed());
        List<Unfixed> unfixed = new ArrayList<>(rendered.fixes().unfixed());
        for (Branches.Checked b : branches) {
            documents.addAll(register ? b.rendered().documents() : List.of());
            writing.addAll(b.rendered().writing());
            fixed.addAll(b.rendered().fixes().fixed());
            unfixed.addAll(b.rendered().fixes().unfixed());
        }
        if (problems.hasErrors()) {
            return new Checked(Optional.empty(), rendered.settings(), documents, problems.sorted(), writing, fixed,
                    unfixed);
        }
        SiteModel model = assembleModel(rendered, options.today(), problems);              // 5
        ComplianceFindings.of(model.stats()).forEach(problems::add);   // 三会一课 gaps: build and check alike
        if (!branches.isEmpty()) {
            model = model.within(Branches.federation(model, branches, options.today(), problems)); // 5 of each branch
            model = ModelAssembler.withBranchGroups(model);           // the 总支's tags and archive cover them
        }
        if (rendered.settings().branching().federated()) { // 5: the 总支's screens, which may draw from its branches
            model = ModelAssembler.withScreens(model, rendered.items(), options.today(), problems);
        }
        rendered.run().ifPresent(run -> last = run);
        return new Checked(Optional.of(model), rendered.settings(), documents, problems.sorted(), writing, fixed,
                unfixed);
    }

    /** Stage 5 of one branch of a 党总支: its model as its own portal shows it, under the 总支's title. */
    SiteModel assembleBranch(Rendered rendered, String parentTitle, LocalDate today, Problems problems) {
        SiteModel model = assembleModel(rendered, today, problems);
        ComplianceFindings.of(model.stats()).forEach(problems::add);
        return model.within(new Federation(Optional.of(parentTitle), List.of()));
    }

    /**
     * Where stages 1–4 read from: the content folder, or one branch of a 党总支 inside it.
     *
     * @param display   how problems name the folder ({@code content/branches/yishi/}); empty: its own name
     * @param inherited the 总支's review terms, which apply to every branch besides its own
     */
    record Scope(Path content, Optional<String> display, Optional<SiteSettings.Review> inherited) {
        static Scope of(Path content) {
            return new Scope(content, Optional.empty(), Optional.empty());
        }
    }

    /**
     * Stage 4's value with what stage 5 and check need. The folder as read and the documents
     * as parsed hold every file's text; they are locals of {@link #readAndRender} only, so once
     * it returns nothing holds a text but {@code documents}, which a build drops, and serve's
     * {@code run} (its first look reads the folder again).
     */
    record Rendered(ContentFolder folder, SiteSettings settings, Optional<Roster> roster, Tallies tallies,
                    List<Document> documents, List<Item<?>> items,
                    Map<String, AssetFile> assets, Map<String, Made> photos, Fixes fixes, List<Problem> writing,
                    Optional<LastRun> run) {
    }

    /** @param copies where unchanged photos' copies come from */
    Rendered readAndRender(Scope scope, Options options, Lint lint, BodyStore store, PhotoCopies copies,
                           Problems problems) {
        ContentFolder folder = readSources(scope, problems);                     // 2 (site.yaml is read here too)
        SiteSettings settings = scope.inherited().map(loadSettings(folder, problems)::withInherited)
                .orElseGet(() -> loadSettings(folder, problems));                // 1
        Map<String, Made> photos = makePhotos(folder, settings, copies, problems); //   (before 4: bodies name their widths)
        Optional<Roster> roster = RosterLoader.load(folder.members(), problems); // 1 (members.yaml, when there is one)
        Tallies tallies = TallyReader.read(folder.tallies(), roster, problems);   //   (tallies/YEAR.yaml)
        warnWithoutBaseUrl(folder, settings, problems);
        List<Document> documents = parseFrontMatter(folder, settings, roster, problems); // 3
        List<Document> published = selectPublished(documents, settings, options.drafts());
        reviewPublished(published, settings, problems);
        ScreenChecks.check(settings, published, folder.assets(), problems);
        List<Addressed> addresses = assignAddresses(published, problems);
        LinkTargets targets = linkTargets(addresses, folder, documents, photos);
        Bodies bodies = renderMarkdown(documents, addresses, targets, settings, lint, store, problems); // 4 (+ lint, fix)
        Fixes fixes = lint == Lint.FIX ? Fixes.of(bodies.linted()) : Fixes.NONE;
        Optional<LastRun> run = memos.keepsLast()
                ? Optional.of(new LastRun(folder, settings, roster, targets, options.drafts())) : Optional.empty();
        return new Rendered(folder, settings, roster, tallies, documents, bodies.items(), folder.assets(), photos, fixes,
                fixes.leftAfter(bodies.linted()), run);
    }

    /**
     * The whole build: check, then render templates and publish the new site atomically. With
     * {@link Options#cached()}, content whose every input is unchanged since a build the cache
     * remembers is published from the cache instead ({@link CachedBuilds}).
     */
    public Result build(Options options) {
        OutputFolder output = claimOutput(options);                            // 0: never the user's files
        Optional<CachedBuilds> cache = options.cached() ? Optional.of(CachedBuilds.of(options)) : Optional.empty();
        Optional<Result> replayed = cache.flatMap(c -> c.replay(output, progress));
        if (replayed.isPresent()) {
            return replayed.get();
        }
        try (SiteWriter writer = SiteWriter.open(output, progress);            //    (locked, recovered)
             BodyStore bodies = BodyStore.spilled(writer.scratchFile("bodies"))) {
            cache.ifPresent(c -> c.record(writer));
            Checked checked = check(options, Lint.NONE, bodies, false,
                    cache.map(CachedBuilds::photos).orElse(memos.photos()));
            SiteModel model = checked.model().orElseThrow(() -> new ContentException(checked.problems()));
            Theme theme = new Theme(options.templates());
            Counts counts = renderTemplates(theme, model, writer::write);  // 6 (+7: links are relative)
            copyStatic(theme, model, writer::write, writer::copy);
            for (Federation.BranchSite branch : model.federation().branches()) { // each branch's own portal
                String folder = branch.folder();
                counts = counts.plus(renderTemplates(theme, branch.model(),
                        (address, bytes) -> writer.write(folder + address, bytes)));
                copyStatic(theme, branch.model(), (address, bytes) -> writer.write(folder + address, bytes),
                        (address, file) -> writer.copy(folder + address, file));
            }
            String buildId = writeBuildId(writer, model);
            progress.accept("发布网站…");
            Optional<Path> keptAside = writer.publish();            // 8
            Result result = new Result(counts, checked.problems(), writer.fileCount(), buildId, keptAside);
            cache.ifPresent(c -> c.save(result, writer));
            return result;
        }
    }

    /**
     * {@code print}: stages 1–5 as build runs them, then the print templates and the PDF renderer
     * instead of the site. An error in the content stops it as it stops a build; the files are
     * written whole or not at all, into a folder that is not the user's ({@link OutputFolder}).
     *
     * @param font the font file given with {@code --font}, else one found on the machine
     * @return the files written, and the warnings of printing (a picture the brochure cannot draw)
     */
    public Printed print(Options options, PrintJob job, Optional<Path> font) {
        List<Path> own = new ArrayList<>(List.of(options.content()));
        options.templates().ifPresent(own::add);
        Path folder = OutputFolder.claimForPrint(options.output(), own, options.force());   // 0
        org.branchpress.print.CjkFont cjk = org.branchpress.print.CjkFont.find(font);       //   before any work
        Checked checked = check(options);                                                     // 1–5
        SiteModel model = checked.model().orElseThrow(() -> new ContentException(checked.problems()));
        progress.accept("排版印刷品…");
        Printing printing = new Printing(model, new org.branchpress.render.Prints(new Theme(options.templates()), model,
                options.today()), new org.branchpress.print.PdfMaker(cjk), options.content());
        Map<String, byte[]> files = printing.make(job);                                      // 6 (print format)
        return new Printed(Printing.write(folder, files), printing.warnings());             // 8
    }

    /** What {@link #print} wrote, and what it warns about: the files are written all the same. */
    public record Printed(List<Path> files, List<Problem> warnings) {
    }

    /**
     * The output folder, or a refusal when it is, holds or lies in the content or templates
     * folder, is a file, or holds files of the user's (see {@link OutputFolder}).
     */
    public static OutputFolder claimOutput(Options options) {
        List<Path> own = new ArrayList<>();
        own.add(options.content());
        options.templates().ifPresent(own::add);
        return OutputFolder.claim(options.output(), own, options.force());
    }

    /**
     * Every picture of content/ re-encoded without its metadata, upright, at the widths pages use
     * (both cores, one file at a time: a phone photo takes far longer than an icon), or left out
     * with a warning; unchanged photos come from {@code copies}. Each photo with a location is
     * warned about, since the officer should know the camera records it.
     */
    private Map<String, Made> makePhotos(ContentFolder folder, SiteSettings settings, PhotoCopies copies,
                                         Problems problems) {
        List<Map.Entry<String, AssetFile>> files = folder.assets().entrySet().stream()
                .filter(e -> PhotoMaker.isPicture(e.getKey())).toList();
        if (!files.isEmpty()) {
            progress.accept("处理 " + files.size() + " 张图片…");
        }
        PhotoMaker maker = new PhotoMaker(settings.images().keepOriginal());
        List<Made> made = Shares.map(files, e -> copies.make(maker,
                new PhotoSource(Addresses.asset(e.getKey()), e.getValue().path(), e.getValue().display())));
        Set<String> taken = new HashSet<>();
        folder.assets().keySet().forEach(rel -> taken.add(Addresses.asset(rel)));
        Map<String, Made> byPath = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byPath.put(files.get(i).getKey(), made.get(i) instanceof Made.Published p ? p.without(taken) : made.get(i));
        }
        PhotoTally.warn(made, problems);
        return byPath;
    }

    private ContentFolder readSources(Scope scope, Problems problems) {
        progress.accept("读取内容…");
        return scope.display().map(d -> SourceReader.read(scope.content(), d, problems, memos.read()))
                .orElseGet(() -> SourceReader.read(scope.content(), problems, memos.read()));
    }

    private SiteSettings loadSettings(ContentFolder folder, Problems problems) {
        return SettingsLoader.load(folder.settings(), settingsDisplay(folder), problems);
    }

    /** How problems name site.yaml, there or not: as SourceReader names every other file. */
    private static String settingsDisplay(ContentFolder folder) {
        return folder.settings().map(f -> f.display()).orElse(folder.display() + "site.yaml");
    }

    /** The sitemap protocol takes only absolute addresses: without base_url there is none. */
    private static void warnWithoutBaseUrl(ContentFolder folder, SiteSettings settings, Problems problems) {
        if (settings.baseUrl().isEmpty()) {
            problems.warning(SourcePosition.wholeFile(settingsDisplay(folder)), "settings/no-base-url",
                    "没有设置 base_url（网站在内网上的完整地址），所以没有生成 sitemap.xml，订阅（feed.xml）里的链接也是相对地址："
                            + "请在 site.yaml 里加一行，例如 base_url: http://intranet.example/branch/");
        }
    }

    private List<Document> parseFrontMatter(ContentFolder folder, SiteSettings settings, Optional<Roster> roster,
                                            Problems problems) {
        progress.accept("解析 " + folder.documents().size() + " 个文件…");
        return memos.parsed().apply(List.of(settings, folder.assets(), roster), folder.documents(), SourceFile::display,
                (files, to) -> {
                    DocumentParser parser = new DocumentParser(settings, folder.assets(), roster, to);
                    return files.parallelStream().map(parser::parse).toList();
                }, problems).stream().flatMap(Optional::stream).toList();
    }

    /** Drafts only with --drafts; with review.required only approved items. */
    private static List<Document> selectPublished(List<Document> documents, SiteSettings settings, boolean drafts) {
        return documents.stream()
                .filter(d -> drafts || !d.meta().draft())
                .filter(d -> drafts || !settings.review().required()
                        || d.meta().status().filter(s -> s == ReviewStatus.APPROVED).isPresent())
                .toList();
    }

    /** 涉密不上网: blocked terms, markings and ID numbers in anything about to be published. */
    private void reviewPublished(List<Document> published, SiteSettings settings, Problems problems) {
        progress.accept("保密审查…");
        memos.reviewed().apply(settings.review(), published.stream().map(Document::source).toList(),
                SourceFile::display, (files, to) -> {
                    ReviewScanner scanner = new ReviewScanner(settings.review(), to);
                    files.parallelStream().forEach(scanner::scan);
                    return files.stream().map(f -> true).toList();
                }, problems);
    }

    /** A document and the address of its page. */
    private record Addressed(Document document, String address) {
    }

    /** Page addresses from slugs; a slug used twice in a section is an error at both files. */
    private static List<Addressed> assignAddresses(List<Document> documents, Problems problems) {
        List<Addressed> addresses = new ArrayList<>();
        Map<String, Document> taken = new HashMap<>();
        for (Document d : documents) {
            String address = Addresses.page(d.kind(), d.meta().slug());
            Document other = taken.putIfAbsent(address, d);
            if (other != null) {
                problems.error(SourcePosition.wholeFile(d.source().display()), "content/duplicate-slug",
                        "这个文件和 " + other.source().display() + " 的网址相同（" + d.meta().slug()
                                + "）：请在其中一个文件的 front matter 里写一个不同的 slug。");
            } else if (d.kind() == ContentKind.HONOR && d.meta().slug().equals("series")) {
                problems.error(SourcePosition.wholeFile(d.source().display()), "content/reserved-slug",
                        "slug “series” 已被奖项页面使用：请换一个 slug。");
            } else {
                addresses.add(new Addressed(d, address));
            }
        }
        return addresses;
    }

    /** Content files whose own errors kept them from becoming a document. */
    private static Set<String> unreadable(ContentFolder folder, List<Document> documents) {
        Set<String> files = new HashSet<>();
        folder.documents().forEach(f -> files.add(f.relative()));
        documents.forEach(d -> files.remove(d.source().relative()));
        return files;
    }

    /**
     * Parses each body once, lints that tree (check), then renders it (published documents):
     * the lint reads exactly the tree the page is made from, before rendering reads it.
     */
    private Bodies renderMarkdown(List<Document> documents, List<Addressed> addresses, LinkTargets targets,
                                  SiteSettings settings, Lint lint, BodyStore store, Problems problems) {
        progress.accept("渲染 " + addresses.size() + " 篇正文…");
        Map<String, String> bySource = targets.pageBySource();
        if (lint == Lint.NONE) { // every body has a page: one item each, kept for the next run
            List<Item<?>> items = memos.rendered().apply(targets, addresses.stream().map(Addressed::document).toList(),
                    d -> d.source().display(), (todo, to) -> Bodies.of(engine(targets, to), Optional.empty(), todo,
                            bySource, store, to).items(), problems);
            return new Bodies(items, List.of());
        }
        return Bodies.of(engine(targets, problems), Optional.of(new WritingLint(settings.language())), documents,
                bySource, store, problems);
    }

    /** Where links between content files lead: each published file's page, each asset, the files that did not parse. */
    private static LinkTargets linkTargets(List<Addressed> addresses, ContentFolder folder, List<Document> documents,
                                           Map<String, Made> photos) {
        Map<String, String> bySource = new HashMap<>();
        Set<String> offPortal = new HashSet<>();
        addresses.forEach(a -> {
            bySource.put(a.document().source().relative(), a.address());
            if (a.document() instanceof org.branchpress.content.Notice n && !n.portal()) {
                offPortal.add(n.source().relative());
            }
        });
        Map<String, Photo> published = new HashMap<>();
        Set<String> leftOut = new HashSet<>();
        photos.forEach((rel, made) -> {
            if (made instanceof Made.Published p) {
                published.put(rel, p.photo());
            } else if (made instanceof Made.LeftOut) {
                leftOut.add(rel);
            }
        });
        return new LinkTargets(bySource, folder.assets().keySet(), unreadable(folder, documents), offPortal, published,
                leftOut);
    }

    /**
     * serve's first look at one saved file: the file read, parsed, scanned and rendered alone,
     * as the full stages would, against the last check's settings and links. Empty when it is
     * anything but an edit of a published page that keeps its address and has no error (a new,
     * renamed or removed file, a draft, site.yaml, any error): the full rebuild then runs alone
     * and reports what it finds. Never a page that the full stages would refuse.
     */
    public Optional<FirstLook> firstLook(Path file) {
        LastRun run = last;
        if (run == null) {
            return Optional.empty();
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (java.io.IOException gone) {
            return Optional.empty();
        }
        if (!real.startsWith(run.folder().root())) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        Optional<SourceFile> source = SourceReader.readOne(run.folder().root(), real, problems);
        Optional<String> address = source.flatMap(s -> run.targets().page(s.relative()));
        if (address.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        Optional<Document> parsed = new DocumentParser(run.settings(), run.folder().assets(), run.roster(), problems).parse(source.get());
        if (parsed.isEmpty() || problems.hasErrors()
                || selectPublished(List.of(parsed.get()), run.settings(), run.drafts()).isEmpty()
                || !Addresses.page(parsed.get().kind(), parsed.get().meta().slug()).equals(address.get())) {
            return Optional.empty();
        }
        new ReviewScanner(run.settings().review(), problems).scan(source.get());
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        Document d = parsed.get();
        SourcePosition at = new SourcePosition(d.source().display(), d.body().firstLine(), 1);
        MarkdownEngine engine = new MarkdownEngine(run.targets(), problems, where -> { });
        RenderedBody body;
        try {
            body = engine.render(engine.parse(d.body().markdown(), at), d.source().folder(), address.get(), at,
                    d.meta().summary().orElse(null));
        } catch (StackOverflowError tooComplex) {
            return Optional.empty(); // the full stages say so, at the file
        }
        return problems.hasErrors() ? Optional.empty() : Optional.of(new FirstLook(d.released(), address.get(), body));
    }

    private MarkdownEngine engine(LinkTargets targets, Problems problems) {
        return new MarkdownEngine(targets, problems, at -> parsedBodies.accept(at.file()));
    }

    /** Stage 5, screens included: their pictures are decided (and warned about) here, not when rendering. */
    private SiteModel assembleModel(Rendered rendered, LocalDate today, Problems problems) {
        progress.accept("整理栏目、人员和标签…");
        Map<String, Asset> assets = new LinkedHashMap<>();
        rendered.assets().forEach((rel, file) -> assets.put(rel, Optional.ofNullable(rendered.photos().get(rel))
                .map(made -> new Asset(Addresses.asset(rel), file.path(), file.display(), made))
                .orElseGet(() -> new Asset(Addresses.asset(rel), file.path(), file.display()))));
        return ModelAssembler.assemble(rendered.settings(), rendered.roster(), rendered.tallies(),
                new ArrayList<>(rendered.items()), assets, today, problems);
    }

    private Counts renderTemplates(Theme theme, SiteModel model, java.util.function.BiConsumer<String, byte[]> out) {
        progress.accept("生成页面…");
        return counts(new SiteRenderer(theme, model).renderAll(out), model);
    }

    /** What the summary line prints, from the files rendered per format. */
    static Counts counts(Map<Output, Integer> files, SiteModel model) {
        return new Counts(files.getOrDefault(Output.PORTAL, 0), model.cases().size(), model.honors().size(),
                model.activities().size(), model.people().size(), published(model),
                files.getOrDefault(Output.SCREENS, 0),
                PhotoTally.of(model.assets().values().stream().map(Asset::made).toList()));
    }

    /** The notices the build publishes: on the portal ({@code portal: true}) or on a screen. */
    private static int published(SiteModel model) {
        Set<String> notices = new HashSet<>();
        model.notices().forEach(n -> notices.add(n.address()));
        model.screens().plans().forEach(plan -> plan.slides().forEach(s -> {
            if (s.content() instanceof Slide.NoticeNews n) {
                notices.add(n.notice().address());
            }
        }));
        return notices.size();
    }

    private static void copyStatic(Theme theme, SiteModel model, java.util.function.BiConsumer<String, byte[]> write,
                                   java.util.function.BiConsumer<String, Path> copy) {
        theme.assets().forEach(write);
        model.assets().values().parallelStream().forEach(a -> {
            if (a.made() instanceof Made.Published p) {
                p.files().forEach(write);
            } else if (a.made() instanceof Made.Copied) {
                copy.accept(a.address(), a.source());
            } // left out: warned about, since publishing it would publish what it hides
        });
    }

    /** {@code window.BUILD_ID = "…";} from the digest of every other file: content, not clock. */
    private static String writeBuildId(SiteWriter writer, SiteModel model) {
        String id = writer.contentId();
        writer.write(BUILD_ID, buildIdFile(id));
        // each branch's screens and pages look for the build id at their own portal's root
        model.federation().branches().forEach(b -> writer.write(b.folder() + BUILD_ID, buildIdFile(id)));
        return id;
    }

    /** The file that tells pages and screens which build they are of. */
    static final String BUILD_ID = "build-id.js";

    static byte[] buildIdFile(String id) {
        return ("window.BUILD_ID = \"" + id + "\";\n").getBytes(StandardCharsets.UTF_8);
    }
}
