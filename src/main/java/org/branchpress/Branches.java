package org.branchpress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.branchpress.markdown.BodyStore;
import org.branchpress.problem.Problems;
import org.branchpress.problem.SourcePosition;
import org.branchpress.settings.Branching;
import org.branchpress.settings.SiteSettings;
import org.branchpress.site.Federation;
import org.branchpress.site.SamePeople;
import org.branchpress.site.SiteModel;
import org.branchpress.source.ContentFolder;
import org.branchpress.source.SourceReader;

/**
 * The branches of a 党总支 (“1+7+N”): each {@code branches/<id>/} is a complete content folder,
 * checked by the same stages as the 总支's own, its problems named from the 总支's folder
 * ({@code content/branches/yishi/activities/…}) and collected with the 总支's, so one branch's
 * error stops the whole build.
 */
final class Branches {
    /** One branch through stages 1–4, and its model (stage 5) when the whole 总支 has no error. */
    record Checked(Branching.BranchRef ref, Pipeline.Rendered rendered, Pipeline pipeline) {
    }

    private Branches() {
    }

    /**
     * Every branch that site.yaml lists and that has its folder, through stages 1–4; the layout's
     * mistakes (a listed branch without its folder, a folder not listed) are errors at site.yaml.
     */
    static List<Checked> check(Pipeline pipeline, ContentFolder folder, SiteSettings settings, Pipeline.Options options,
                               Pipeline.Lint lint, BodyStore store, Problems problems) {
        Branching branching = settings.branching();
        if (!branching.federated() && folder.branches().isEmpty()) {
            return List.of(); // a single branch, as before
        }
        String site = folder.display() + "site.yaml";
        branching.temporary().ifPresent(t -> problems.error(SourcePosition.wholeFile(site), "branches/temporary-root",
                "有 branches 的 site.yaml 是党总支的设置，不能写 temporary：请把 temporary 写进临时党支部自己的 "
                        + "branches/<代号>/site.yaml。"));
        List<String> listed = branching.branches().stream().map(Branching.BranchRef::id).toList();
        for (String unlisted : folder.branches()) {
            if (!listed.contains(unlisted)) {
                problems.error(branching.listedAt(), "branches/unlisted",
                        "文件夹 " + folder.display() + SourceReader.BRANCHES + unlisted + "/ 没有列在 site.yaml 的 branches 里："
                                + "请把 " + unlisted + " 加进 branches（例如 branches: [" + String.join(", ",
                                withId(listed, unlisted)) + "]），或把这个文件夹移出 branches/。");
            }
        }
        List<Checked> checked = new ArrayList<>();
        for (Branching.BranchRef ref : branching.branches()) {
            Path dir = folder.root().resolve(SourceReader.BRANCHES + ref.id());
            String display = folder.display() + SourceReader.BRANCHES + ref.id() + "/";
            if (!Files.isDirectory(dir)) {
                problems.error(ref.at(), "branches/missing",
                        "branches 里列出了支部“" + ref.id() + "”，但没有文件夹 " + display + "：请建立这个文件夹"
                                + "（里面要有这个支部自己的 site.yaml），或从 branches 里删去 " + ref.id() + "。");
                continue;
            }
            checked.add(checkOne(pipeline, ref, dir, display, settings, options, lint, store, problems));
        }
        return List.copyOf(checked);
    }

    private static Checked checkOne(Pipeline pipeline, Branching.BranchRef ref, Path dir, String display,
                                    SiteSettings parent, Pipeline.Options options, Pipeline.Lint lint,
                                    BodyStore store, Problems problems) {
        Pipeline own = pipeline.forBranch();
        Pipeline.Rendered rendered = own.readAndRender(
                new Pipeline.Scope(dir, Optional.of(display), Optional.of(parent.review())), options, lint, store,
                lint == Pipeline.Lint.NONE ? own.photoCopies() : PhotoCopies.measured(), problems); // check: measured
        if (rendered.folder().settings().isEmpty()) {
            problems.error(SourcePosition.wholeFile(display + "site.yaml"), "branches/no-settings",
                    "支部文件夹 " + display + " 里没有 site.yaml：请写一个，至少有一行 title: 这个支部的名称（例如 title: 一室党支部）。");
        }
        rendered.settings().branching().temporary().flatMap(Branching.Temporary::parentBranch)
                .filter(p -> parent.branching().branches().stream().noneMatch(r -> r.id().equals(p)))
                .ifPresent(p -> problems.error(SourcePosition.wholeFile(display + "site.yaml"), "branches/parent-branch",
                        "temporary 的 parent_branch “" + p + "”不是本党总支的支部代号：可以写的有 "
                                + String.join("、", parent.branching().branches().stream()
                                .map(Branching.BranchRef::id).toList()) + "。"));
        SamePersonChecks.rejectInBranch(rendered, ref.id(), problems);
        if (rendered.settings().branching().federated() || !rendered.folder().branches().isEmpty()) {
            problems.error(rendered.settings().branching().listedAt(), "branches/nested",
                    "支部 " + ref.id() + " 里不能再有 branches：党总支下只有一层支部，请把这些支部列在党总支的 site.yaml 里。");
        }
        return new Checked(ref, rendered, own);
    }

    private static List<String> withId(List<String> listed, String id) {
        List<String> all = new ArrayList<>(listed);
        all.add(id);
        return all;
    }

    /** Stage 5 of every branch, once the whole 总支 has no error: the 总支's model holds them all. */
    static Federation federation(SiteModel parent, List<Checked> branches, LocalDate today, Problems problems) {
        List<Federation.BranchSite> sites = new ArrayList<>();
        for (Checked b : branches) {
            SiteModel model = Federation.withHonorsOf(
                    b.pipeline().assembleBranch(b.rendered(), parent.settings().title(), today, problems),
                    b.ref().id(), parent);
            sites.add(Federation.branch(b.ref().id(), model, today));
        }
        warnUnknownHonorees(parent, sites, problems);
        return SamePeople.linked(parent, List.copyOf(sites));
    }

    /**
     * A 总支 honor entry with {@code branch:} names a person of that branch: one its records do
     * not know has no page to link to, most likely a typo or the wrong branch.
     */
    private static void warnUnknownHonorees(SiteModel parent, List<Federation.BranchSite> sites, Problems problems) {
        for (var roll : parent.honors()) {
            for (var entry : roll.document().entries()) {
                if (entry.branch().isEmpty()) {
                    continue;
                }
                Federation.BranchSite site = sites.stream().filter(s -> s.id().equals(entry.branch().get()))
                        .findFirst().orElseThrow();
                java.util.Set<String> known = new java.util.HashSet<>();
                site.model().people().forEach(p -> known.add(p.name()));
                for (String name : entry.team() ? entry.members() : List.of(entry.name())) {
                    if (!known.contains(name)) {
                        problems.warning(new SourcePosition(roll.document().source().display(), entry.line(), 1),
                                "branches/unknown-honoree", site.title() + "（" + site.id() + "）的活动和光荣榜里没有“"
                                        + name + "”，所以这个名字没有链接到个人页面：请核对姓名和 branch 是否写对。");
                    }
                }
            }
        }
    }

    /** {@code --branch ID}: one branch of the 总支 alone, under the 总支's review terms, for a quick preview. */
    static Pipeline.Checked alone(Pipeline pipeline, Pipeline.Options options, Pipeline.Lint lint, BodyStore store,
                                  boolean register, Problems problems) {
        String id = options.branch().orElseThrow();
        Problems settingsOnly = new Problems();
        Pipeline.Rendered root = pipeline.readAndRender(Pipeline.Scope.of(options.content()), options,
                Pipeline.Lint.NONE, BodyStore.held(), PhotoCopies.measured(), settingsOnly); // its settings only
        Optional<Branching.BranchRef> ref = root.settings().branching().branches().stream()
                .filter(r -> r.id().equals(id)).findFirst();
        Path dir = root.folder().root().resolve(SourceReader.BRANCHES + id);
        String display = root.folder().display() + SourceReader.BRANCHES + id + "/";
        if (ref.isEmpty() || !Files.isDirectory(dir)) {
            problems.error(root.settings().branching().listedAt(), "branches/no-such-branch",
                    "--branch " + id + "：" + root.folder().display() + "site.yaml 的 branches 里没有这个支部"
                            + (Files.isDirectory(dir) ? "" : "，也没有文件夹 " + display) + "；可以写的有："
                            + (root.settings().branching().branches().isEmpty() ? "（没有，这不是党总支的文件夹）"
                            : String.join("、", root.settings().branching().branches().stream()
                            .map(Branching.BranchRef::id).toList())) + "。");
            return new Pipeline.Checked(Optional.empty(), root.settings(), List.of(), problems.sorted(), List.of(),
                    List.of(), List.of());
        }
        Checked one = checkOne(pipeline, ref.get(), dir, display, root.settings(), options, lint, store, problems);
        return one.pipeline().finish(one.rendered(), List.of(), options, register, problems);
    }
}
